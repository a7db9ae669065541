import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runVerifyProvider } from '../../src/cli/verify-run';
import { SchemaRegistry } from '../../src/core/schema-registry';
import { loadSchemas, schemaId } from '../../src/schemas/load-schemas';

type Reply = { status: number; type?: string; body: unknown };

/** A real provider on port 0 whose answer to each POST /<operation> is `answer(body)`. */
async function provider(answer: (operation: string, body: unknown) => Reply): Promise<{ url: string; calls: string[]; close(): Promise<void> }> {
  const calls: string[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      calls.push(`${req.method} ${req.url}`);
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        body = undefined;
      }
      const reply = answer(String(req.url).slice(1), body);
      res.writeHead(reply.status, { 'content-type': reply.type ?? 'application/json' }).end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const schemas = new SchemaRegistry(loadSchemas(join(process.cwd(), 'schemas')));
const OPERATION = 'getTraCuuTtHgdByMaSoBhxh';

/** What a careful agency implements: validate, answer the documented shape or a problem. */
function correct(operation: string, body: unknown): Reply {
  const problems = schemas.check(schemaId(`bhxh/${operation}.request.json`), body, 'body');
  if (problems.length)
    return {
      status: 400,
      type: 'application/problem+json',
      body: { type: 'urn:agency:validation', title: 'Invalid request', status: 400, detail: problems.map((p) => p.message).join('; ') },
    };
  return { status: 200, body: { hoTen: 'Nguyễn Văn An', ngaySinh: '19850312', gioiTinh: '1', trangThai: '1' } };
}

async function verify(answer: (operation: string, body: unknown) => Reply) {
  const p = await provider(answer);
  let out = '';
  try {
    const result = await runVerifyProvider({ service: 'bhxh', url: p.url, operations: [OPERATION], write: (t) => (out += t) });
    return { ...result, out, calls: p.calls, failed: result.report?.suites[0]?.cases.filter((c) => c.status === 'failed').map((c) => c.name) ?? [] };
  } finally {
    await p.close();
  }
}

describe('lgsp-sim verify provider', () => {
  it('a provider that follows the contract passes, on the example and on derived valid and invalid requests', async () => {
    const result = await verify(correct);
    expect(result.failed).toEqual([]);
    expect(result.exitCode).toBe(0);
    const names = result.report?.suites[0]?.cases.map((c) => c.name) ?? [];
    expect(names).toEqual(
      expect.arrayContaining([
        'bhxh.getTraCuuTtHgdByMaSoBhxh: the example → success',
        'bhxh.getTraCuuTtHgdByMaSoBhxh: without maSoBhxh (required) → a 4xx problem',
        'bhxh.getTraCuuTtHgdByMaSoBhxh: maSoBhxh of the wrong type (12345) → a 4xx problem',
        'bhxh.getTraCuuTtHgdByMaSoBhxh: an unknown member → a 4xx problem',
      ]),
    );
    expect(new Set(result.calls)).toEqual(new Set([`POST /${OPERATION}`]));
  });

  it('a provider that accepts anything and answers the wrong shape fails, saying which rule', async () => {
    const result = await verify(() => ({ status: 200, body: { ok: true } }));
    expect(result.exitCode).toBe(1);
    expect(result.failed).toContain('bhxh.getTraCuuTtHgdByMaSoBhxh: the example → success');
    expect(result.failed).toContain('bhxh.getTraCuuTtHgdByMaSoBhxh: without maSoBhxh (required) → a 4xx problem');
    expect(result.out).toContain('the answer does not fit the response schema');
    expect(result.out).toContain('an invalid request was accepted: the provider does not validate against the request schema');
  });

  it('a provider whose errors are not the problem envelope, or are 500s, fails', async () => {
    const plain = await verify((operation, body) => {
      const reply = correct(operation, body);
      return reply.status === 400 ? { status: 400, body: { error: 'bad' } } : reply;
    });
    expect(plain.out).toContain('an error must be application/problem+json');
    expect(plain.out).toMatch(/the problem has no type/);
    const crashing = await verify((operation, body) =>
      correct(operation, body).status === 400 ? { status: 500, body: 'boom' } : correct(operation, body),
    );
    expect(crashing.out).toContain('an invalid request was answered with a server error');
    expect(crashing.exitCode).toBe(1);
  });

  it('an unknown service or operation is exit 2 with the known ones', async () => {
    let out = '';
    expect((await runVerifyProvider({ service: 'nope', url: 'http://127.0.0.1:9', write: (t) => (out += t) })).exitCode).toBe(2);
    expect(out).toMatch(/no service "nope" \(known: .*bhxh/);
    expect((await runVerifyProvider({ service: 'bhxh', url: 'http://127.0.0.1:9', operations: ['nope'], write: (t) => (out += t) })).exitCode).toBe(
      2,
    );
    expect(out).toContain('bhxh has no operation nope');
  });
});
