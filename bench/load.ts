/** The HTTP load both bench scripts send: diag.echo messages with fresh ids, over autocannon. */
import autocannon from 'autocannon';

let counter = 0;
/** A diag.echo message with a fresh id, the same shape for the simulator and the bare server. */
export function body(): string {
  counter += 1;
  return JSON.stringify({
    header: { messageId: `b-${process.pid}-${counter}`, messageType: 'diag.echo', from: '000.00.00.H30' },
    body: { echo: { n: counter, text: 'xin chào' } },
  });
}

export interface Load {
  rps: number;
  p99: number;
  ok: number;
  errors: number;
}

/** POSTs fresh messages to `url` over `connections` connections for `duration` seconds; counts the answers with `expectStatus`. */
export async function load(url: string, headers: Record<string, string>, expectStatus: number, duration: number, connections: number): Promise<Load> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
  });
  const statusCount = result.statusCodeStats ?? {};
  const ok = statusCount[String(expectStatus)]?.count ?? 0;
  return {
    rps: ok / duration,
    p99: result.latency.p99,
    ok,
    errors: result.errors + result.timeouts + (result.non2xx - (expectStatus >= 300 ? ok : 0)),
  };
}

/** Sends one fresh message to `url` and fails unless it is answered `expectStatus`. */
export async function sendOne(url: string, headers: Record<string, string>, expectStatus: number): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body() });
  if (res.status !== expectStatus) throw new Error(`expected ${expectStatus}, got ${res.status} ${await res.text()}`);
}

/** An access token of the seeded development client. */
export async function devToken(gatewayUrl: string): Promise<string> {
  const res = await fetch(`${gatewayUrl}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=dev-client&client_secret=dev-secret',
  });
  return ((await res.json()) as { access_token: string }).access_token;
}
