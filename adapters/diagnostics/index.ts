import type { Adapter, NativeResponse } from '../../src/core/adapter';
import { BusinessRuleError, TransientError, type AppError } from '../../src/core/errors';
import { defineOperation, defineReadOnly } from '../../src/core/operation';
import { schemaId } from '../../src/core/schema-id';
import type { AdapterDeps } from '../shared/adapter-deps';
import { nativeErrorText } from '../shared/native-errors';

/** How long a failure counter of one message is kept: longer than any retry schedule. */
const COUNTER_TTL_SECONDS = 7 * 86400;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A built-in backend with no real counterpart: `diag.echo` answers what it was sent, after a delay,
 * failing transiently or permanently on request. It makes the asynchronous path (slow jobs, retries,
 * dead letters, worker crashes, callbacks) reproducible for integrators and for our own tests and
 * benchmark, without depending on a real backend's data.
 */
export function createDiagnosticsAdapter(_deps: AdapterDeps): Adapter {
  return {
    manifest: {
      service: 'diag',
      name: 'Diagnostics (built in)',
      description:
        'An echo backend whose delay and failures the caller chooses; for testing asynchronous delivery, retries, dead letters and callbacks.',
      operations: [
        {
          operation: 'echo',
          summary: 'Answers the echo value, after delayMs, failing failTimes times first or always (fail: permanent)',
          requestSchema: schemaId('diag/echo.request.json'),
          responseSchema: schemaId('diag/echo.response.json'),
          example: { echo: { hello: 'xin chào' }, delayMs: 0 },
          // It reads nothing, and writes only its own message's failure counter when asked to fail. A
          // slow echo (delayMs) takes the stored path all the same, so its record shows `processing`
          // while it runs: slow messages are what it is for.
          readOnly: defineReadOnly('diag.echo', (body) => !body.failTimes && !body.delayMs),
        },
      ],
      native: [],
      delivery: { attempts: 5, backoffMs: 200 },
      renderError: (error: AppError): NativeResponse => ({
        status: error.status,
        body: { error: error.slug, message: nativeErrorText(error), ...(error instanceof BusinessRuleError ? { code: error.code } : {}) },
      }),
    },
    handlers: {
      echo: defineOperation('diag.echo', {
        handle: async ({ body }, context) => {
          if (body.delayMs) await sleep(body.delayMs);
          if (body.fail === 'permanent') throw new BusinessRuleError('DIAG_REFUSED', 'diag.echo was asked to refuse the message (fail: permanent)');
          let failedBefore: number | undefined;
          if (body.failTimes) {
            // Counted in Redis, so a retry in another worker process sees the earlier failures.
            const key = `failures:${context.principal.agency}/${context.messageId}`;
            const run = await context.state.increment(key);
            if (run === 1) await context.state.set(key, 1, { ttlSeconds: COUNTER_TTL_SECONDS });
            if (run <= body.failTimes) {
              throw new TransientError(`diag.echo was asked to fail ${body.failTimes} time(s); this was failure ${run}`, { code: 'DIAG_TRANSIENT' });
            }
            failedBefore = body.failTimes;
          }
          return {
            ...(body.echo !== undefined ? { echo: body.echo } : {}),
            ...(failedBefore !== undefined ? { failedBefore } : {}),
            processedAt: context.clock.now().toISOString(),
          };
        },
      }).handle,
    },
  };
}
