import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { runVerifyReceiver } from '../../src/cli/verify-run';
import { verifyCallbackSignature } from '../../src/core/signature';
import { signIpn } from '../../src/contract/ipn-signature';

type Handler = (req: IncomingMessage, raw: string, res: ServerResponse) => void;

/** A real receiver on port 0, behaving as `handle` says. */
async function receiver(handle: Handler): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => handle(req, raw, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const SECRET = 'agency-secret';
const PARTNER = { partner: 'dev-partner', secret: 'dev-paygov-secret' };

/** A well-behaved agency: checks the signature and its age, answers duplicates as successes. */
function wellBehaved(options: { idempotent?: boolean; checksSignature?: boolean } = {}): Handler {
  const seen = new Set<string>();
  return (req, raw, res) => {
    const header = String(req.headers['x-lgsp-signature'] ?? '');
    if (options.checksSignature !== false && !verifyCallbackSignature(header, raw, SECRET, Math.floor(Date.now() / 1000)))
      return void res.writeHead(401).end();
    const id = String(req.headers['x-lgsp-callback-id']);
    if (seen.has(id) && options.idempotent === false) return void res.writeHead(409).end('duplicate');
    seen.add(id);
    res.writeHead(200).end('{}');
  };
}

function ipnReceiver(): Handler {
  return (_req, raw, res) => {
    const body = JSON.parse(raw) as Record<string, unknown>;
    const { MaXacThuc, ...fields } = body;
    const ok = MaXacThuc === signIpn(fields, PARTNER);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ MaLoi: ok ? '00' : '01', MaXacThuc }));
  };
}

async function verify(handle: Handler, extra: Partial<Parameters<typeof runVerifyReceiver>[0]> = {}) {
  const r = await receiver(handle);
  let out = '';
  try {
    const result = await runVerifyReceiver({ url: r.url, kind: 'lltp-status', secret: SECRET, timeoutMs: 2000, write: (t) => (out += t), ...extra });
    return { ...result, out, failed: result.report?.suites[0]?.cases.filter((c) => c.status === 'failed').map((c) => c.name) };
  } finally {
    await r.close();
  }
}

describe('lgsp-sim verify receiver', () => {
  it('a well-behaved receiver passes every rule', async () => {
    for (const kind of ['callback', 'lltp-status', 'hotich-status'] as const) {
      const result = await verify(wellBehaved(), { kind });
      expect(result.failed).toEqual([]);
      expect(result.exitCode).toBe(0);
    }
    expect((await verify(wellBehaved())).out).toMatch(/6 cases: 6 passed, 0 failed/);
  });

  it('a PayGov IPN receiver that checks MaXacThuc and echoes it passes; the stale-time rule is skipped', async () => {
    const result = await verify(ipnReceiver(), { kind: 'paygov-ipn', secret: PARTNER.secret });
    expect(result.failed).toEqual([]);
    expect(result.report?.suites[0]?.cases.find((c) => c.name === 'rejects a stale timestamp')?.status).toBe('skipped');
  });

  it('a receiver that skips signature checks fails, naming the rules it broke (console and JUnit)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lgsp-verify-'));
    const junit = join(dir, 'receiver.xml');
    const result = await verify(wellBehaved({ checksSignature: false }), { junit });
    const xml = await readFile(junit, 'utf8');
    await rm(dir, { recursive: true, force: true });
    expect(xml).toMatch(/<testsuites name="lgsp-sim verify" tests="6" failures="2"/);
    expect(xml).toContain(
      '<failure message="rule &quot;rejects a bad signature&quot;: a delivery with a wrong signature was accepted: the receiver does not check signatures"',
    );
    expect(result.exitCode).toBe(1);
    expect(result.failed).toEqual(['rejects a bad signature', 'rejects a stale timestamp']);
    expect(result.out).toContain(
      'rule "rejects a bad signature": a delivery with a wrong signature was accepted: the receiver does not check signatures',
    );
  });

  it('a receiver that is not idempotent fails the redelivery rule', async () => {
    const result = await verify(wellBehaved({ idempotent: false }));
    expect(result.failed).toEqual(['is idempotent on redelivery']);
    expect(result.out).toMatch(
      /rule "is idempotent on redelivery": the same event delivered again was not answered as a success[^\n]*\n\s+expected 2xx again\n\s+got\s+HTTP 409/,
    );
  });

  it('a receiver that answers late fails the timeout rule (and every rule that waits on an answer)', async () => {
    const held: ServerResponse[] = [];
    const result = await verify((_req, _raw, res) => void held.push(res), { timeoutMs: 300 });
    expect(result.failed).toContain('answers within 300 ms');
    expect(result.out).toContain('rule "answers within the timeout": no answer within 300 ms');
  });

  it('a receiver that closes the connection fails every rule, the timeout rule too: a closed connection is no answer', async () => {
    const result = await verify((req) => void req.socket.destroy());
    expect(result.exitCode).toBe(1);
    expect(result.failed).toContain('answers within 2000 ms');
    expect(result.out).toMatch(/rule "answers within the timeout": no answer: connection failed: (ECONNRESET|socket hang up)/);
  });

  it('a receiver that refuses an older status after a newer one fails the order rule', async () => {
    const latest = new Map<string, number>();
    const result = await verify((req, raw, res) => {
      const body = JSON.parse(raw) as { DECLARATION_ID: string; DEC_STATUS_ID: number };
      if (!verifyCallbackSignature(String(req.headers['x-lgsp-signature']), raw, SECRET, Math.floor(Date.now() / 1000)))
        return void res.writeHead(401).end();
      if ((latest.get(body.DECLARATION_ID) ?? 0) > body.DEC_STATUS_ID) return void res.writeHead(500).end('status went backwards');
      latest.set(body.DECLARATION_ID, body.DEC_STATUS_ID);
      res.writeHead(200).end();
    });
    expect(result.failed).toEqual(['copes with out-of-order events']);
  });

  it('with --state-url, a redelivery that changes the state is caught', async () => {
    let events = 0;
    const counter = await receiver((req, _raw, res) => {
      if (req.method === 'GET') return void res.writeHead(200).end(JSON.stringify({ events }));
      events += 1;
      res.writeHead(200).end();
    });
    try {
      let out = '';
      const result = await runVerifyReceiver({ url: counter.url, kind: 'callback', secret: SECRET, stateUrl: counter.url, write: (t) => (out += t) });
      expect(result.report?.suites[0]?.cases.find((c) => c.name === 'is idempotent on redelivery')?.status).toBe('failed');
      expect(out).toContain('changed the receiver’s state: it was treated as a new event');
    } finally {
      await counter.close();
    }
  });
});
