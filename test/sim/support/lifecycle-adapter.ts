import type { Adapter } from '../../../src/core/adapter';
import { BusinessRuleError } from '../../../src/core/errors';
import { schemaId } from '../../../src/schemas/load-schemas';

/** How long after receipt the test adapter's dossier is issued. */
export const ISSUE_AFTER_MS = 60 * 60_000;

/**
 * A small backend for clock tests, independent of the real ones: `simtest.nopHoSo` receives a
 * dossier and schedules its issue an hour later (simulation time); the timer marks it issued and
 * POSTs a status-change callback to the caller's callbackUrl.
 */
export function lifecycleAdapter(): Adapter {
  return {
    manifest: {
      service: 'simtest',
      name: 'Lifecycle test backend',
      description: 'Receives a dossier and issues it an hour later.',
      operations: [
        {
          operation: 'nopHoSo',
          summary: 'File a dossier',
          requestSchema: schemaId('dkdn/chiTietDoanhNghiep.request.json'),
          example: { msdn: '0199990011' },
        },
      ],
      native: [],
      renderError: (error) => ({ status: error.status, body: { error: error.message } }),
    },
    handlers: {
      nopHoSo: async (message, context) => {
        const { msdn } = message.body as { msdn: string };
        if (await context.state.get(`dossier:${msdn}`)) throw new BusinessRuleError('DUPLICATE', `Dossier ${msdn} exists`, { status: 409 });
        const receivedAt = context.clock.now().toISOString();
        await context.state.set(`dossier:${msdn}`, { status: 'received', receivedAt });
        await context.scheduler.schedule({
          id: `issue:${msdn}`,
          service: 'simtest',
          kind: 'issue',
          dueAt: context.clock.now().getTime() + ISSUE_AFTER_MS,
          payload: { msdn, callbackUrl: context.callbackUrl ?? null, messageId: context.messageId },
        });
        return { soHoSo: context.ids.uuid(), status: 'received', receivedAt };
      },
    },
    timers: {
      issue: async (task, context) => {
        const { msdn, callbackUrl, messageId } = task.payload as { msdn: string; callbackUrl: string | null; messageId: string };
        const issuedAt = context.clock.now().toISOString();
        await context.state.set(`dossier:${msdn}`, { status: 'issued', issuedAt });
        if (callbackUrl) {
          await context.callbacks.send({
            id: `${messageId}:issued`,
            service: 'simtest',
            url: callbackUrl,
            signing: 'none',
            kind: 'status-change',
            body: { msdn, status: 'issued', issuedAt },
          });
        }
      },
    },
  };
}
