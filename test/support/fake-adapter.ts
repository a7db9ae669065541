import type { Adapter } from '../../src/core/adapter';
import { BusinessRuleError } from '../../src/core/errors';
import type { JsonSchema } from '../../src/core/schema-registry';

const id = (name: string): string => `https://lgsp-sim.local/schemas/demo/${name}.json`;

/** Schemas of the demo backend: a ten-digit enterprise code to look up, a dossier to file. */
export const DEMO_SCHEMAS: JsonSchema[] = [
  {
    $id: id('traCuu.request'),
    type: 'object',
    required: ['msdn'],
    additionalProperties: false,
    properties: { msdn: { type: 'string', pattern: '^\\d{10}$' } },
  },
  {
    $id: id('nopHoSo.request'),
    type: 'object',
    required: ['msdn', 'tenHoSo'],
    additionalProperties: false,
    properties: { msdn: { type: 'string', pattern: '^\\d{10}$' }, tenHoSo: { type: 'string', minLength: 1 } },
  },
];

/** How long after filing the demo backend issues a dossier (simulation time). */
export const DEMO_ISSUE_AFTER_MS = 60 * 60_000;

/**
 * A small backend for unit tests of the core, independent of the real ones. `demo.traCuu` looks
 * an enterprise up in state (404 business error when unknown); `demo.nopHoSo` files a dossier and
 * schedules its issue an hour later; the `issue` timer marks it issued. `calls` counts handler runs;
 * while `gate.held` is set, `traCuu` waits for it (a slow lookup).
 */
export function demoAdapter(): Adapter & { calls: { traCuu: number; nopHoSo: number }; gate: { held?: Promise<void> } } {
  const calls = { traCuu: 0, nopHoSo: 0 };
  const gate: { held?: Promise<void> } = {};
  return {
    calls,
    gate,
    manifest: {
      service: 'demo',
      name: 'Demo backend',
      description: 'Looks enterprises up and files dossiers.',
      operations: [
        {
          operation: 'traCuu',
          summary: 'Look an enterprise up',
          requestSchema: id('traCuu.request'),
          example: { msdn: '0100109106' },
          // A rule the schema cannot say.
          check: (body) =>
            (body as { msdn: string }).msdn.startsWith('00') ? [{ path: 'body.msdn', message: 'body.msdn must not start with 00' }] : [],
          // It only reads, so the synchronous path may run it ahead of its record.
          readOnly: true,
        },
        { operation: 'nopHoSo', summary: 'File a dossier', requestSchema: id('nopHoSo.request'), example: { msdn: '0100109106', tenHoSo: 'x' } },
      ],
      native: [],
      renderError: (error) => ({ status: error.status, body: { error: error.message } }),
    },
    handlers: {
      traCuu: async ({ body }, context) => {
        calls.traCuu++;
        await gate.held;
        const { msdn } = body as { msdn: string };
        const enterprise = await context.state.get<{ name: string }>(`enterprise:${msdn}`);
        if (!enterprise) throw new BusinessRuleError('NOT_FOUND', `No enterprise ${msdn}`, { status: 404 });
        // Echoes what the executor told it about the call, so tests can see it.
        return {
          msdn,
          name: enterprise.name,
          askedBy: context.principal.agency,
          channel: context.channel,
          messageId: context.messageId,
          replyTo: context.callbackUrl ?? null,
        };
      },
      nopHoSo: async ({ body }, context) => {
        calls.nopHoSo++;
        const { msdn, tenHoSo } = body as { msdn: string; tenHoSo: string };
        const soHoSo = context.ids.uuid();
        await context.state.set(`dossier:${soHoSo}`, { msdn, tenHoSo, status: 'received' });
        await context.scheduler.schedule({
          id: `issue:${soHoSo}`,
          service: 'demo',
          kind: 'issue',
          dueAt: context.clock.now().getTime() + DEMO_ISSUE_AFTER_MS,
          payload: { soHoSo },
        });
        return { soHoSo, status: 'received' };
      },
    },
    timers: {
      issue: async (task, context) => {
        const { soHoSo } = task.payload as { soHoSo: string };
        const dossier = await context.state.get<Record<string, unknown>>(`dossier:${soHoSo}`);
        await context.state.set(`dossier:${soHoSo}`, { ...dossier, status: 'issued', issuedAt: context.clock.now().toISOString() });
      },
    },
  };
}
