import { Cluster } from 'ioredis';
import { SimControl } from 'lgsp-sim/testing';
import { startCli, type RunningProcess } from '../support/process';
import { startRedisCluster, type RedisClusterProcesses } from '../support/redis-cluster';
import { startReceiver } from './delivery-helpers';

type Receiver = Awaited<ReturnType<typeof startReceiver>>;
type Json = Record<string, any>;

/**
 * The delivery core on a Redis Cluster of three masters, with two gateway processes and two worker
 * processes, all real: accepted messages, retries, dead letters, a redrive and callbacks to a real
 * receiver. Nothing accepted is lost: every message reaches its final status and its callback arrives.
 */
describe('on a Redis Cluster (three masters, two gateways, two workers)', () => {
  const started: RunningProcess[] = [];
  let cluster: RedisClusterProcesses;
  let receiver: Receiver;
  let gateways: string[] = [];
  let token = '';
  /** The first callback of message `cb-refused-once` is answered 503 (the n-th received), so callbacks are retried too. */
  let refusedAt = 0;

  const start = (args: string[], env: Record<string, string>): RunningProcess => {
    const proc = startCli(args, env);
    started.push(proc);
    return proc;
  };
  const submit = async (gateway: string, messageId: string, body: Json): Promise<number> => {
    const res = await fetch(`${gateway}/api/v1/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ header: { messageId, messageType: 'diag.echo', from: '000.00.00.H30', callbackUrl: receiver.url }, body }),
    });
    return res.status;
  };
  const recordOf = async (gateway: string, messageId: string): Promise<Json> =>
    (await (await fetch(`${gateway}/api/v1/messages/${messageId}`, { headers: { authorization: `Bearer ${token}` } })).json()) as Json;
  /** Statuses each message's delivered callbacks reported, in arrival order (the refused one left out). */
  const callbackStatuses = (): Map<string, string[]> => {
    const byMessage = new Map<string, string[]>();
    receiver.received.forEach((callback, i) => {
      if (i + 1 === refusedAt) return;
      const { messageId, status } = callback.body as { messageId: string; status: string };
      byMessage.set(messageId, [...(byMessage.get(messageId) ?? []), status]);
    });
    return byMessage;
  };

  beforeAll(async () => {
    cluster = await startRedisCluster(3);
    receiver = await startReceiver((n, { body }) => {
      if ((body as Json).messageId === 'cb-refused-once' && refusedAt === 0) {
        refusedAt = n;
        return { status: 503 };
      }
      return { status: 200 };
    });
    // The default prefix (lgsp): the simulator makes the hash tag {lgsp} of it itself.
    const env = {
      REDIS_URL: cluster.url,
      PORT: '0',
      DELIVERY_ATTEMPTS_DIAG: '2',
      DELIVERY_BACKOFF_MS: '20',
      CALLBACK_BACKOFF_MS: '20',
    };
    const gatewayProcs = [start(['serve'], env), start(['serve'], env)];
    const workerProcs = [start(['worker'], env), start(['worker'], env)];
    gateways = await Promise.all(gatewayProcs.map(async (p) => (await p.waitFor(/is up at (http:\/\/localhost:\d+)/, 30000))[1]));
    await Promise.all(workerProcs.map((p) => p.waitFor(/worker running/, 30000)));
    const res = await fetch(`${gateways[0]}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=dev-client&client_secret=dev-secret',
    });
    token = ((await res.json()) as { access_token: string }).access_token;
  }, 45000);

  afterAll(async () => {
    for (const proc of started) if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill('SIGKILL');
    await Promise.all(started.map((p) => p.exited));
    await receiver?.close();
    await cluster?.stop();
  });

  it('accepts through both gateways, retries, buries dead letters, redrives them, and every message reaches its end and calls back', async () => {
    const [a, b] = gateways as [string, string];
    // What each message is asked to do, and the statuses its callbacks report, in order.
    const plan: { messageId: string; body: Json; callbacks: string[] }[] = [
      ...Array.from({ length: 8 }, (_, i) => ({ messageId: `ok-${i}`, body: { echo: i }, callbacks: ['completed'] })),
      ...Array.from({ length: 3 }, (_, i) => ({ messageId: `retry-${i}`, body: { failTimes: 1 }, callbacks: ['completed'] })),
      ...Array.from({ length: 2 }, (_, i) => ({ messageId: `refused-${i}`, body: { fail: 'permanent' }, callbacks: ['failed'] })),
      // Two failures with two attempts: dead; a redrive then runs it a third time, which succeeds.
      ...Array.from({ length: 2 }, (_, i) => ({ messageId: `dead-${i}`, body: { failTimes: 2 }, callbacks: ['dead', 'completed'] })),
      { messageId: 'cb-refused-once', body: { echo: 'again' }, callbacks: ['completed'] },
    ];
    const accepted = await Promise.all(plan.map((m, i) => submit(i % 2 === 0 ? a : b, m.messageId, m.body)));
    expect(accepted).toEqual(plan.map(() => 202));

    // Every first outcome calls back (the refused callback twice); then the dead letters are redriven.
    const firstRound = plan.length + 1;
    await receiver.waitFor(firstRound, 30000);
    const letters = (await (
      await fetch(`${b}/api/v1/admin/dead-letters?service=diag`, { headers: { authorization: 'Bearer dev-admin' } })
    ).json()) as {
      items: { messageId: string; kind: string }[];
    };
    expect(letters.items.map((d) => d.messageId).sort()).toEqual(['dead-0', 'dead-1']);
    for (const messageId of ['dead-0', 'dead-1']) {
      const redrive = await fetch(`${a}/api/v1/admin/dead-letters/${messageId}/redrive`, {
        method: 'POST',
        headers: { authorization: 'Bearer dev-admin' },
      });
      expect(redrive.status).toBe(202);
    }
    await receiver.waitFor(firstRound + 2, 30000);

    // Nothing lost, nothing doubled: each message's final status, read through either gateway, and
    // exactly the callbacks its plan says.
    const byMessage = callbackStatuses();
    for (const [i, m] of plan.entries()) {
      const record = await recordOf(i % 2 === 0 ? b : a, m.messageId);
      expect({ messageId: m.messageId, status: record.status }).toEqual({ messageId: m.messageId, status: m.callbacks.at(-1) });
      expect({ messageId: m.messageId, callbacks: byMessage.get(m.messageId) }).toEqual({ messageId: m.messageId, callbacks: m.callbacks });
    }
    const retried = await recordOf(a, 'retry-0');
    expect(retried.history.filter((h: { status: string }) => h.status === 'processing')).toHaveLength(2);
    expect((await recordOf(b, 'dead-0')).history.map((h: { status: string }) => h.status)).toContain('redriven');
    expect(refusedAt).toBeGreaterThan(0);
  }, 60000);

  it('keeps every key of the simulator, queues included, in the one slot of its hash tag {lgsp}', async () => {
    const client = new Cluster(cluster.ports.map((port) => ({ host: '127.0.0.1', port })));
    try {
      const slot = Number(await client.call('CLUSTER', 'KEYSLOT', '{lgsp}'));
      const perMaster = await Promise.all(
        client.nodes('master').map(async (node) => ({ keys: await node.keys('*'), servesSlot: await servesSlot(node, slot) })),
      );
      const owner = perMaster.filter((m) => m.keys.length > 0);
      expect(owner).toHaveLength(1);
      expect(owner[0]?.servesSlot).toBe(true);
      const keys = owner[0]?.keys ?? [];
      expect(keys.filter((k) => !k.startsWith('{lgsp}:'))).toEqual([]);
      expect(keys.some((k) => k.startsWith('{lgsp}:svc-diag:'))).toBe(true);
      expect(keys.some((k) => k.startsWith('{lgsp}:msg:'))).toBe(true);
    } finally {
      client.disconnect();
    }
  });

  it('a reset from one gateway wipes records and dead letters on the cluster, and every process carries on', async () => {
    const [a, b] = gateways as [string, string];
    const outcome = await new SimControl({ baseUrl: a }).reset();
    expect(outcome.services).toContain('diag');
    expect((await fetch(`${b}/api/v1/messages/ok-0`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
    const letters = (await (
      await fetch(`${b}/api/v1/admin/dead-letters?service=diag`, { headers: { authorization: 'Bearer dev-admin' } })
    ).json()) as {
      items: unknown[];
    };
    expect(letters.items).toEqual([]);
    // And the simulator carries on: a new message through the other gateway is delivered.
    expect(await submit(b, 'after-reset', { echo: 'still here' })).toBe(202);
    const [callback] = (await receiver.waitFor(receiver.received.length + 1, 30000)).slice(-1);
    expect(callback?.body).toMatchObject({ messageId: 'after-reset', status: 'completed' });
  });

  it('every process stops cleanly on SIGTERM', async () => {
    for (const proc of started) proc.child.kill('SIGTERM');
    const exits = await Promise.all(started.map((p) => p.exited));
    expect(exits).toEqual(started.map(() => ({ code: 0, signal: null })));
  });
});

/** True when `node` serves `slot` (CLUSTER SLOTS: [first, last, [host, port, id], …] per range). */
async function servesSlot(node: { call(...args: string[]): Promise<unknown>; options: { port?: number } }, slot: number): Promise<boolean> {
  const ranges = (await node.call('CLUSTER', 'SLOTS')) as [number, number, [string, number]][];
  return ranges.some(([first, last, [, port]]) => first <= slot && slot <= last && port === node.options.port);
}
