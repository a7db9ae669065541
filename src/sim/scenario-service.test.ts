import { join } from 'node:path';
import { FakeClock } from '../core/fakes/fake-clock';
import { InMemoryScenarioStore } from '../core/fakes/in-memory-scenario-store';
import { NotFoundError, ValidationError } from '../core/errors';
import { SchemaRegistry } from '../core/schema-registry';
import { projectRoot } from '../project-root';
import { loadSchemas } from '../schemas/load-schemas';
import { ScenarioService } from './scenario-service';

const schemas = new SchemaRegistry(loadSchemas(join(projectRoot(), 'schemas')).filter((s) => s.$id.includes('/schemas/sim/')));

describe('ScenarioService over the scenario store port (in-memory)', () => {
  let store: InMemoryScenarioStore;
  let clock: FakeClock;
  let announced: number;
  let service: ScenarioService;
  beforeEach(() => {
    store = new InMemoryScenarioStore();
    clock = new FakeClock('2026-01-15T08:00:00.000Z');
    announced = 0;
    service = new ScenarioService({ store, schemas, clock, sync: { announce: async () => void announced++ } });
  });

  it('stores valid rules with ids, creation time and an absolute expiry on simulation time, and tells every process', async () => {
    const created = await service.add(
      [
        { match: { messageType: 'lltp.*' }, effect: { type: 'error', status: 503, code: 'E503' }, count: 2, expiresIn: '10m' },
        { id: 'slow-dkdn', match: { service: 'dkdn' }, effect: { type: 'latency', ms: 200 } },
      ],
      (i) => `rules[${i}]`,
    );
    expect(created).toEqual([
      {
        id: 'rule-1',
        seq: 1,
        createdAt: '2026-01-15T08:00:00.000Z',
        expiresAt: '2026-01-15T08:10:00.000Z',
        match: { messageType: 'lltp.*' },
        effect: { type: 'error', status: 503, code: 'E503' },
        count: 2,
        hits: 0,
        remaining: 2,
      },
      { id: 'slow-dkdn', seq: 2, createdAt: '2026-01-15T08:00:00.000Z', match: { service: 'dkdn' }, effect: { type: 'latency', ms: 200 }, hits: 0 },
    ]);
    expect(await service.list()).toEqual(created);
    expect(await service.get('slow-dkdn')).toEqual(created[1]);
    expect(announced).toBe(1);
  });

  it('refuses a batch with one bad rule as a whole, naming every problem by its path', async () => {
    const error = await service
      .add(
        [{ effect: { type: 'latency', ms: 5 } }, { effect: { type: 'error' } }, { match: { stage: 'sync' }, effect: { type: 'duplicate' } }],
        (i) => `rules[${i}]`,
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual([
      { path: 'rules[1].effect.status', message: 'rules[1].effect.status is required for an error effect' },
      { path: 'rules[2].match.stage', message: 'rules[2].match.stage must be callback for a duplicate effect' },
    ]);
    expect(await service.list()).toEqual([]);
    expect(announced).toBe(0);
  });

  it('removes one rule (404 for one it does not know) and clears the rules of one service or all', async () => {
    await service.add(
      [
        { id: 'a', match: { messageType: 'lltp.nhanHoSoDangKy' }, effect: { type: 'drop' } },
        { id: 'b', match: { service: 'dkdn' }, effect: { type: 'drop' } },
        { id: 'c', effect: { type: 'drop' } },
      ],
      (i) => `rules[${i}]`,
    );
    await service.remove('b');
    await expect(service.remove('b')).rejects.toThrow(NotFoundError);
    await expect(service.get('b')).rejects.toThrow(NotFoundError);
    await service.clear('lltp');
    expect((await service.list()).map((r) => r.id)).toEqual(['c']);
    await service.clear();
    expect(await service.list()).toEqual([]);
  });
});
