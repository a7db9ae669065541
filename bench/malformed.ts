/**
 * The malformed-body load of `npm run bench`: what a hostile or broken client sends, each kind in
 * turn — a body as large as the limit allows and cut off before its end, one nested thousands of
 * levels deep, one truncated mid-value, one whose syntax breaks on an unquoted name. Every request
 * must be refused with 4xx; the gateway's memory must come back under the budget after it.
 */
import autocannon from 'autocannon';

export interface MalformedLoad {
  sent: number;
  /** Answers by status code. */
  statuses: Record<string, number>;
  errors: number;
}

/** The bodies, built once (the bench client would otherwise spend its own memory on them). */
export function malformedBodies(limitBytes: number): { kind: string; body: string }[] {
  const head = '{"header":{"messageId":"m","messageType":"diag.echo","from":"000.00.00.H30"},"body":{"echo":"';
  const depth = 20_000;
  return [
    // Just under the limit, so it is read whole and then fails to parse (no closing quote or braces).
    { kind: 'large', body: head + 'x'.repeat(limitBytes - head.length - 16) },
    { kind: 'deep', body: `${head}", "n": ${'['.repeat(depth)}${']'.repeat(depth)}}}` },
    { kind: 'truncated', body: `${head}xin chào", "n": {"a": [1, 2, {"b": ` },
    { kind: 'syntax', body: `${head}", "hoTen": Nguyen Van An, "soCCCD": 044095001234}}` },
  ];
}

/** Sends `amount` malformed bodies over `connections` connections, rotating through the kinds. */
export async function malformedLoad(
  url: string,
  headers: Record<string, string>,
  bodies: readonly { body: string }[],
  amount: number,
  connections: number,
): Promise<MalformedLoad> {
  let next = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    amount,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length].body }) }],
  });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]));
  return { sent: Object.values(statuses).reduce((a, b) => a + b, 0), statuses, errors: result.errors + result.timeouts };
}
