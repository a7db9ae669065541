/**
 * A read-only operation (OperationSpec.readOnly) may run before its message's record is stored, and
 * again for a duplicate, so its handler must change nothing another message can see. For every
 * operation of every backend marked so, this runs its example on the in-memory fakes, on fresh state
 * and on the state the examples of the backend's other operations made, and checks that no service's
 * state was written, no timer changed and no callback was sent.
 */
import { loadConfig } from '../src/config/config';
import type { Adapter, OperationSpec } from '../src/core/adapter';
import { referenceData, unitBackend, type UnitBackend } from '../test/support/unit-context';
import { createAdapters } from '.';

/** The backends as the app builds them (adapters/index.ts), over the reference data unitBackend uses. */
const adapters = createAdapters(referenceData(), loadConfig({ LOG_FORMAT: 'json' }));
const services = adapters.map((adapter) => adapter.manifest.service);

const readOnlyFor = (spec: OperationSpec, body: unknown): boolean =>
  spec.readOnly === true || (typeof spec.readOnly === 'function' && spec.readOnly(body));
const typeOf = (adapter: Adapter, spec: OperationSpec): string => `${adapter.manifest.service}.${spec.operation}`;

/**
 * What a handler could change that another message sees: every service's state (and how often it
 * was written, so rewriting a value already there counts too), the timers, the callbacks sent.
 */
function visible(backend: UnitBackend) {
  return {
    state: Object.fromEntries(services.map((service) => [service, backend.stateOf(service).contents()])),
    writes: Object.fromEntries(services.map((service) => [service, backend.stateOf(service).writes])),
    timers: backend.scheduler.pending(),
    callbacks: [...backend.callbacks.sent],
  };
}

/**
 * Runs one example and answers what was visible before and after it. On fresh state a look-up may
 * find nothing and refuse (its write, say a cache filled on first use, would still show); on the
 * state the other examples made, it must succeed, as the contract suite requires.
 */
async function around(backend: UnitBackend, messageType: string, body: unknown, mayRefuse = false) {
  const before = visible(backend);
  const answer = backend.send(messageType, body as object);
  await (mayRefuse ? answer.catch(() => undefined) : answer);
  return { before, after: visible(backend) };
}

/** A fresh world for one backend, its clock at now as the app's starts (the generated seed is dated up to today). */
const fresh = (adapter: Adapter): UnitBackend => unitBackend(() => adapter, { at: Date.now() });

/** A fresh world with the examples of the backend's operations that are not read-only run, in manifest order. */
async function seeded(adapter: Adapter): Promise<UnitBackend> {
  const backend = fresh(adapter);
  const writing = adapter.manifest.operations.filter((spec) => !readOnlyFor(spec, spec.example));
  for (const spec of writing) await backend.send(typeOf(adapter, spec), spec.example as object);
  return backend;
}

const marked = adapters.filter((adapter) => adapter.manifest.operations.some((spec) => readOnlyFor(spec, spec.example)));

describe('read-only operations (OperationSpec.readOnly)', () => {
  describe.each(marked.map((adapter) => [adapter.manifest.service, adapter] as const))('%s', (_service, adapter) => {
    const readOnly = adapter.manifest.operations
      .filter((spec) => readOnlyFor(spec, spec.example))
      .map((spec) => [typeOf(adapter, spec), spec] as const);
    let backend: UnitBackend;
    beforeAll(async () => {
      backend = await seeded(adapter);
    });

    it.each(readOnly)('%s writes no state, schedules no timer and sends no callback', async (type, spec) => {
      const first = await around(fresh(adapter), type, spec.example, true);
      expect(first.after).toEqual(first.before);
      const { before, after } = await around(backend, type, spec.example);
      expect(after).toEqual(before);
    });
  });

  it('runs every operation marked read-only for some bodies on its example, which is one of them', () => {
    const unchecked = adapters.flatMap((adapter) =>
      adapter.manifest.operations
        .filter((spec) => typeof spec.readOnly === 'function' && !spec.readOnly(spec.example))
        .map((spec) => typeOf(adapter, spec)),
    );
    expect(unchecked).toEqual([]);
  });

  it('notices an operation that writes (dmdc.themDanhMuc appends rows)', async () => {
    const catalogs = adapters.find((adapter) => adapter.manifest.service === 'dmdc') as Adapter;
    const append = catalogs.manifest.operations.find((spec) => spec.operation === 'themDanhMuc') as OperationSpec;
    const { before, after } = await around(fresh(catalogs), 'dmdc.themDanhMuc', append.example);
    expect(after.state.dmdc).not.toEqual(before.state.dmdc);
    expect(after.writes.dmdc).toBeGreaterThan(before.writes.dmdc);
  });
});
