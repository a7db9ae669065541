import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { freePort, spawnRedisServer, type RedisServerProcess } from '../../src/store/redis-provider';

const SLOTS = 16384;

export interface RedisClusterProcesses {
  /** `redis+cluster://127.0.0.1:<port>,…`, the REDIS_URL that points the simulator at it. */
  url: string;
  ports: number[];
  /** Stops every redis-server and removes their directory. */
  stop(): Promise<void>;
}

/**
 * A Redis Cluster of `masters` redis-server processes (from PATH) on free loopback ports, in a
 * temporary directory, without persistence. The slots are split evenly and the nodes introduced to
 * each other with CLUSTER ADDSLOTSRANGE and CLUSTER MEET, so no redis-cli is needed; it resolves
 * once every node reports the cluster ok with every slot served.
 */
export async function startRedisCluster(masters = 3): Promise<RedisClusterProcesses> {
  const dir = mkdtempSync(join(tmpdir(), 'lgsp-sim-cluster-'));
  const servers: RedisServerProcess[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(servers.map((s) => s.kill()));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const nodes: { port: number; busPort: number }[] = [];
    for (let i = 0; i < masters; i++) nodes.push({ port: await freePort(), busPort: await freePort() });
    for (const node of nodes) {
      const extraArgs = ['--cluster-enabled', 'yes', '--cluster-port', String(node.busPort), '--cluster-config-file', `nodes-${node.port}.conf`];
      servers.push(await spawnRedisServer({ port: node.port, dir, extraArgs: [...extraArgs, '--cluster-node-timeout', '5000'] }));
    }
    const clients = nodes.map((n) => new Redis(n.port, '127.0.0.1', { maxRetriesPerRequest: 1 }));
    try {
      await Promise.all(
        clients.map((client, i) => {
          const first = Math.floor((SLOTS * i) / masters);
          const last = Math.floor((SLOTS * (i + 1)) / masters) - 1;
          return client.call('CLUSTER', 'ADDSLOTSRANGE', String(first), String(last));
        }),
      );
      const first = clients[0];
      await Promise.all(nodes.slice(1).map((n) => first.call('CLUSTER', 'MEET', '127.0.0.1', String(n.port), String(n.busPort))));
      await Promise.all(clients.map((client) => untilClusterOk(client, masters)));
    } finally {
      for (const client of clients) client.disconnect();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const ports = servers.map((s) => s.port);
  return { url: `redis+cluster://${ports.map((p) => `127.0.0.1:${p}`).join(',')}`, ports, stop };
}

/** Asks the node until it knows every master and serves every slot (the gossip takes a moment). */
async function untilClusterOk(client: Redis, masters: number, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let info = '';
  while (Date.now() < deadline) {
    info = String(await client.call('CLUSTER', 'INFO'));
    const ok = info.includes('cluster_state:ok') && info.includes(`cluster_known_nodes:${masters}`) && info.includes(`cluster_slots_ok:${SLOTS}`);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the Redis Cluster did not come up within ${timeoutMs} ms: ${info}`);
}
