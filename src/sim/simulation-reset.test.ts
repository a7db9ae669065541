import { InMemoryJournal } from '../core/fakes/in-memory-journal';
import { InMemoryMessageStore } from '../core/fakes/in-memory-message-store';
import { InMemoryScenarioStore } from '../core/fakes/in-memory-scenario-store';
import type { StoredRule } from '../core/ports';
import { AdapterRegistry } from '../core/registry';
import { SchemaRegistry } from '../core/schema-registry';
import { DEMO_SCHEMAS, demoAdapter } from '../../test/support/fake-adapter';
import { fakeWorld } from '../../test/support/fake-context';
import { entry } from '../../test/support/journal-contract';
import { ScenarioService } from './scenario-service';
import { SimulationReset } from './simulation-reset';

const rule = (id: string, seq: number, service: string): StoredRule => ({
  id,
  seq,
  createdAt: '2026-01-15T08:00:00.000Z',
  match: { service },
  effect: { type: 'error', status: 503 },
});

/** The simulation reset over the ports' fakes: two backends, `demo` and `other`, with state, timers, journal entries and rules each. */
function simulation() {
  const world = fakeWorld();
  const demo = demoAdapter();
  const registry = new AdapterRegistry(
    [demo, { ...demo, manifest: { ...demo.manifest, service: 'other' } }],
    new Set(DEMO_SCHEMAS.map((s) => s.$id)),
  );
  const store = new InMemoryScenarioStore();
  const journal = new InMemoryJournal();
  const obliterated: string[] = [];
  let announced = 0;
  const sync = { announce: async () => void announced++ };
  const reset = new SimulationReset({
    clock: world.clock,
    ids: world.ids,
    registry,
    scheduler: world.timers,
    queueAdmin: { obliterate: async (service) => void obliterated.push(service ?? 'all') },
    messages: new InMemoryMessageStore({ clock: world.clock }),
    journal,
    scenarios: new ScenarioService({ store, schemas: new SchemaRegistry([]), clock: world.clock, sync }),
    sync,
    lock: { run: (work) => work() },
    contextFor: world.contextFor,
  });
  const fill = async (): Promise<void> => {
    for (const [n, service] of ['demo', 'other'].entries()) {
      await world.state(service).set('k', 'v');
      await world.timers.schedule({ id: `t-${service}`, service, kind: 'issue', dueAt: 1, payload: {} });
      await journal.record(entry(n, service));
      await store.put([rule(`r-${service}`, await store.nextSeq(), service)]);
    }
    await world.clock.freeze(Date.parse('2031-01-01T00:00:00.000Z'));
    world.ids.uuid();
  };
  return { world, store, journal, reset, fill, obliterated, announced: () => announced };
}

describe('SimulationReset over the ports', () => {
  it('a full reset empties every backend, the journal and the rules, renumbers rules, restarts ids and puts the clock back to real time', async () => {
    const { world, store, journal, reset, fill, obliterated, announced } = simulation();
    await fill();
    expect(await reset.reset()).toMatchObject({ services: ['demo', 'other'] });
    expect([await world.state('demo').get('k'), await world.state('other').get('k')]).toEqual([undefined, undefined]);
    expect(world.timers.pending()).toEqual([]);
    expect(await journal.list()).toEqual([]);
    expect(await store.all()).toEqual([]);
    expect(await store.nextSeq()).toBe(1);
    expect(world.ids.uuid()).toBe('00000000-0000-4000-8000-000000000001');
    expect(world.clock.view().mode).toBe('real');
    expect(obliterated).toEqual(['all']);
    expect(announced()).toBeGreaterThan(0);
  });

  it('a one-service reset empties that backend and its rules only, and leaves the clock, the numbering and the ids alone', async () => {
    const { world, store, journal, reset, fill, obliterated } = simulation();
    await fill();
    await reset.reset('demo');
    expect([await world.state('demo').get('k'), await world.state('other').get('k')]).toEqual([undefined, 'v']);
    expect(world.timers.pending().map((t) => t.id)).toEqual(['t-other']);
    expect((await journal.list()).map((e) => e.service)).toEqual(['other']);
    expect((await store.all()).map((r) => r.id)).toEqual(['r-other']);
    expect(await store.nextSeq()).toBe(3);
    expect(world.ids.uuid()).toBe('00000000-0000-4000-8000-000000000002');
    expect(world.clock.view().mode).toBe('frozen');
    expect(obliterated).toEqual(['demo']);
  });

  it('refuses a service it does not know, before anything is cleared', async () => {
    const { world, reset, fill } = simulation();
    await fill();
    await expect(reset.reset('nope')).rejects.toThrow('No service "nope"');
    expect(await world.state('demo').get('k')).toBe('v');
  });
});
