/**
 * Jest setup (jest.config.js `setupFilesAfterEnv`): a test that received a response the OpenAPI
 * document does not describe fails, with the request, the status and the first schema error. The
 * check itself is installed by startTestApp (test/support/openapi-responses.ts).
 */
import { takeUndescribed } from './undescribed-responses';

function failOnUndescribed(): void {
  const found = takeUndescribed();
  if (found.length === 0) return;
  const more = found.length > 1 ? `\n(and ${found.length - 1} more: ${found.slice(1, 4).join(' | ')})` : '';
  throw new Error(`A response the OpenAPI document does not describe: ${found[0]}${more}`);
}

afterEach(failOnUndescribed);
afterAll(failOnUndescribed);
