import type { HandlerContext, NativeRequest } from './adapter';
import type { Message } from './message';
import { defineCheck, defineHandlers, defineOperation } from './operation';

const context = {} as HandlerContext;
const echo = (body: unknown): Message => ({ header: { messageId: 'm-1', messageType: 'diag.echo', from: '000.00.00.H30' }, body });

describe('typed operations', () => {
  it('defineHandlers hands each handler its body and returns what it answers', async () => {
    const handlers = defineHandlers('diag', { echo: async ({ body }) => ({ echo: body.echo, processedAt: `delay ${body.delayMs ?? 0}` }) });
    await expect(handlers.echo(echo({ echo: { a: 1 }, delayMs: 5 }), context)).resolves.toEqual({ echo: { a: 1 }, processedAt: 'delay 5' });
  });

  it('defineOperation renders the handler’s result with its typed renderer, and refuses to render without one', async () => {
    const request = {} as NativeRequest;
    const rendered = defineOperation('diag.echo', {
      handle: async () => ({ processedAt: 'now' }),
      render: (result) => ({ status: 200, body: { at: result.processedAt } }),
    });
    const result = await rendered.handle(echo({}), context);
    expect(rendered.render(result, request)).toEqual({ status: 200, body: { at: 'now' } });
    const bare = defineOperation('diag.echo', { handle: async () => ({ processedAt: 'now' }) });
    expect(() => bare.render({}, request)).toThrow('diag.echo has no native renderer');
  });

  it('defineCheck hands the rule its body, typed by the request schema', () => {
    const check = defineCheck('diag.echo', (body) =>
      body.delayMs !== undefined && body.delayMs > 10 ? [{ path: 'body.delayMs', message: 'too long' }] : [],
    );
    expect(check({ delayMs: 11 })).toEqual([{ path: 'body.delayMs', message: 'too long' }]);
    expect(check({ delayMs: 1 })).toEqual([]);
  });
});

/**
 * Not run: compiled. `npm run typecheck` fails if any of these stops being an error, so a handler
 * that drifts from its schemas cannot compile.
 */
export function driftIsRefusedByTheCompiler(): void {
  defineHandlers('diag', {
    // @ts-expect-error the answer lacks processedAt, which diag/echo.response.json requires
    echo: async () => ({ echo: {} }),
  });
  defineHandlers('diag', {
    // @ts-expect-error diag has no operation `nope` (no schemas/diag/nope.request.json)
    nope: async () => ({ processedAt: 'now' }),
  });
  defineHandlers('diag', {
    // @ts-expect-error delayMs is a number in diag/echo.request.json
    echo: async ({ body }) => ({ processedAt: body.delayMs?.toUpperCase() ?? '' }),
  });
  // @ts-expect-error a check reads its operation's request: diag.echo has no member `maSo`
  defineCheck('diag.echo', (body) => (body.maSo ? [] : []));
}
