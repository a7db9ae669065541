/**
 * The floor under the sync budget: the least a server can do and still meet DESIGN's synchronous
 * path in Redis. express + express.json as the bare server, then a bearer token looked up in a Map,
 * the envelope checked by one compiled ajv schema, one script that stores the message's record (a
 * hash with an expiry, only if its id is new) and its journal entry (a capped list), and the record
 * answered. No history, indexes, leases, scenarios, coercions or metrics. `bench/sync-cost.ts` with
 * BENCH_FLOOR=1 loads it beside the bare server and the gateway: how near the budget anything that
 * stores each message gets on this machine. Env: REDIS_URL. Prints `listening <port>`.
 */
import Ajv from 'ajv';
import express from 'express';
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { enableAutoPipelining: true });
const prefix = `{floor-${process.pid}}`;
const tokens = new Map([['floor-token', { clientId: 'dev-client', agency: '000.00.00.H30' }]]);
interface Envelope {
  header: { messageId: string; messageType: string; from: string };
  body: Record<string, unknown>;
}

const envelope = new Ajv().compile<Envelope>({
  type: 'object',
  required: ['header', 'body'],
  properties: {
    header: {
      type: 'object',
      required: ['messageId', 'messageType', 'from'],
      properties: { messageId: { type: 'string', minLength: 1 }, messageType: { type: 'string' }, from: { type: 'string' } },
    },
    body: { type: 'object' },
  },
});
const STORE = `if redis.call('HSETNX', KEYS[1], 'record', ARGV[1]) == 0 then return 0 end
redis.call('EXPIRE', KEYS[1], 604800)
redis.call('LPUSH', KEYS[2], ARGV[2])
redis.call('LTRIM', KEYS[2], 0, 9999)
return 1`;

const app = express();
app.post('/echo', express.json({ limit: 1024 * 1024 }), (req, res, next) => {
  const principal = tokens.get((req.headers.authorization ?? '').slice('Bearer '.length));
  if (!principal) return void res.status(401).json({ error: 'unauthorized' });
  const message: unknown = req.body;
  if (!envelope(message)) return void res.status(400).json({ errors: envelope.errors });
  const { header, body } = message;
  const at = new Date().toISOString();
  const record = { ...header, status: 'completed', receivedAt: at, updatedAt: at, response: body };
  const journal = { at, messageId: header.messageId, messageType: header.messageType, clientId: principal.clientId };
  redis
    .eval(STORE, 2, `${prefix}:msg:${header.from}/${header.messageId}`, `${prefix}:journal`, JSON.stringify(record), JSON.stringify(journal))
    .then(() => res.json(record), next);
});
const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => server.close(() => void redis.quit().finally(() => process.exit(0))));
