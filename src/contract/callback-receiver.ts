/**
 * The runner's own receiver: a real HTTP server that takes the callbacks, status pushes and PayGov
 * IPNs the simulator sends during a suite, answers them as a well-behaved agency would (2xx; an
 * IPN gets `MaLoi "00"` with its MaXacThuc echoed), and hands them to `callback` steps.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedDelivery {
  at: number;
  path: string;
  headers: IncomingHttpHeaders;
  raw: string;
  body: unknown;
}

export interface CallbackReceiver {
  /** Base URL the simulator posts to (results and pushes go here; IPNs to `${url}/paygov-ipn`). */
  url: string;
  received(): readonly ReceivedDelivery[];
  /** Resolves with the first delivery not yet taken that `accept` takes, waiting up to `timeoutMs`. */
  take(accept: (delivery: ReceivedDelivery) => boolean, timeoutMs: number): Promise<ReceivedDelivery | undefined>;
  /** Forgets everything received so far (a reset: what arrives later belongs to the next case). */
  clear(): void;
  close(): Promise<void>;
}

function isIpn(body: unknown): body is Record<string, unknown> {
  return !!body && typeof body === 'object' && 'MaXacThuc' in body && 'MaThamChieu' in body;
}

export async function startCallbackReceiver(options: { host?: string; port?: number; publicUrl?: string } = {}): Promise<CallbackReceiver> {
  let pending: ReceivedDelivery[] = [];
  let all: ReceivedDelivery[] = [];
  const waiters = new Set<() => void>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      try {
        body = raw ? (JSON.parse(raw) as unknown) : undefined;
      } catch {
        // Not JSON (an XML push): kept as text.
      }
      const delivery = { at: Date.now(), path: req.url ?? '/', headers: req.headers, raw, body };
      pending.push(delivery);
      all.push(delivery);
      const reply = isIpn(body) ? { MaLoi: '00', MoTaLoi: 'Thành công', MaXacThuc: body.MaXacThuc } : { ok: true };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
      for (const wake of [...waiters]) wake();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = (options.publicUrl ?? `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}`).replace(/\/+$/, '');

  const takeNow = (accept: (d: ReceivedDelivery) => boolean): ReceivedDelivery | undefined => {
    const index = pending.findIndex(accept);
    if (index < 0) return undefined;
    return pending.splice(index, 1)[0];
  };

  return {
    url,
    received: () => all,
    take: (accept, timeoutMs) =>
      new Promise((resolve) => {
        const now = takeNow(accept);
        if (now) return resolve(now);
        const finish = (found: ReceivedDelivery | undefined): void => {
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const check = (): void => {
          const found = takeNow(accept);
          if (found) finish(found);
        };
        const timer = setTimeout(() => finish(undefined), timeoutMs);
        waiters.add(check);
      }),
    clear: () => {
      pending = [];
      all = [];
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
