import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestApp } from '../support/test-app';

export interface ReceivedCallback {
  headers: IncomingMessage['headers'];
  raw: string;
  body: unknown;
}

/**
 * A real HTTP server on port 0 that records every callback it receives and answers with what
 * `reply` says for the n-th one (1-based). `next()` resolves when the next callback arrives.
 */
export async function startReceiver(
  reply: (n: number, received: ReceivedCallback) => { status: number; body?: unknown } | 'hang' = () => ({ status: 200 }),
): Promise<{
  url: string;
  received: ReceivedCallback[];
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedCallback[]>;
  close(): Promise<void>;
}> {
  const received: ReceivedCallback[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const hanging: ServerResponse[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // keep the text
      }
      const entry = { headers: req.headers, raw, body };
      received.push(entry);
      for (const w of waiters.filter((w) => received.length >= w.count)) w.resolve();
      const answer = reply(received.length, entry);
      if (answer === 'hang') {
        hanging.push(res);
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body ?? { ok: answer.status < 300 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    waitFor: (count, timeoutMs = 15000) =>
      new Promise((resolve, reject) => {
        if (received.length >= count) return resolve(received);
        const timer = setTimeout(() => reject(new Error(`only ${received.length} of ${count} callbacks arrived`)), timeoutMs);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve(received)) });
      }),
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Polls a message record until `done` says so (bounded; each round awaits a real request). */
export async function waitForRecord(
  t: TestApp,
  token: string,
  messageId: string,
  done: (record: Record<string, any>) => boolean,
  timeoutMs = 20000,
): Promise<Record<string, any>> {
  const deadline = Date.now() + timeoutMs;
  let last: Record<string, any> = {};
  while (Date.now() < deadline) {
    const res = await t.http.get(`/api/v1/messages/${encodeURIComponent(messageId)}`).auth(token, { type: 'bearer' });
    last = res.body as Record<string, any>;
    if (res.status === 200 && done(last)) return last;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`message ${messageId} did not reach the expected state; last: ${JSON.stringify(last)}`);
}

export const statuses = (record: Record<string, any>): string[] => (record.history as { status: string }[]).map((h) => h.status);
