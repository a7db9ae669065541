import { DEMO_SCHEMAS, demoAdapter } from '../../test/support/fake-adapter';
import { fakeHandlerContext, fakeWorld } from '../../test/support/fake-context';
import type { Adapter, NativeRoute } from './adapter';
import { AdapterRegistry } from './registry';

const schemaIds = new Set(DEMO_SCHEMAS.map((s) => s.$id));
const route = (operation: string): NativeRoute => ({
  method: 'POST',
  paths: [`/demo/${operation}`],
  operation,
  toMessageBody: (request) => request.body,
  render: (result) => ({ status: 200, body: result }),
});
/** The demo backend with some of its parts changed. */
const changed = (change: (adapter: Adapter) => Adapter): Adapter => change(demoAdapter());

describe('AdapterRegistry', () => {
  it('resolves each message type to its adapter, operation and handler', async () => {
    const demo = demoAdapter();
    const registry = new AdapterRegistry([demo], schemaIds);
    const resolved = registry.resolve('demo.traCuu');
    expect(resolved).toMatchObject({ messageType: 'demo.traCuu', adapter: demo, spec: { operation: 'traCuu' } });
    const world = fakeWorld();
    await world.state('demo').set('enterprise:0100109106', { name: 'A' });
    await expect(
      resolved?.handler(
        { header: { messageId: 'm', messageType: 'demo.traCuu', from: 'x' }, body: { msdn: '0100109106' } },
        fakeHandlerContext(world, 'demo'),
      ),
    ).resolves.toMatchObject({ name: 'A' });
    expect(registry.resolve('demo.nope')).toBeUndefined();
    expect(registry.resolve('other.traCuu')).toBeUndefined();
    expect(registry.services()).toEqual(['demo']);
    expect(registry.adapter('demo')).toBe(demo);
    expect(registry.adapters()).toEqual([demo]);
  });

  it('lists every native route with its adapter', () => {
    const demo = changed((a) => ({ ...a, manifest: { ...a.manifest, native: [route('traCuu'), route('nopHoSo')] } }));
    const registry = new AdapterRegistry([demo], schemaIds);
    expect(registry.nativeRoutes().map(({ adapter, route: r }) => [adapter.manifest.service, r.paths[0]])).toEqual([
      ['demo', '/demo/traCuu'],
      ['demo', '/demo/nopHoSo'],
    ]);
  });

  it('stops start-up on a broken plugin, saying what is wrong', () => {
    expect(() => new AdapterRegistry([demoAdapter(), demoAdapter()], schemaIds)).toThrow('Two adapters claim the service "demo"');
    const noHandler = changed((a) => ({ ...a, handlers: { traCuu: a.handlers.traCuu } }));
    expect(() => new AdapterRegistry([noHandler], schemaIds)).toThrow('Adapter "demo" lists nopHoSo but has no handler for it');
    const unknownSchema = changed((a) => ({
      ...a,
      manifest: { ...a.manifest, operations: [{ ...a.manifest.operations[0], responseSchema: 'https://lgsp-sim.local/schemas/demo/missing.json' }] },
    }));
    expect(() => new AdapterRegistry([unknownSchema], schemaIds)).toThrow(
      'Adapter "demo" refers to unknown schema https://lgsp-sim.local/schemas/demo/missing.json',
    );
    const strayRoute = changed((a) => ({ ...a, manifest: { ...a.manifest, native: [route('xoaHoSo')] } }));
    expect(() => new AdapterRegistry([strayRoute], schemaIds)).toThrow('Adapter "demo" maps /demo/xoaHoSo to unknown operation xoaHoSo');
    const unknownWire = changed((a) => ({
      ...a,
      manifest: { ...a.manifest, native: [{ ...route('traCuu'), wireSchema: 'https://lgsp-sim.local/schemas/demo/v2/missing.json' }] },
    }));
    expect(() => new AdapterRegistry([unknownWire], schemaIds)).toThrow(
      'Adapter "demo" reads /demo/traCuu against unknown schema https://lgsp-sim.local/schemas/demo/v2/missing.json',
    );
  });

  it('names the service of any message type, known or not', () => {
    expect(AdapterRegistry.serviceOf('lltp.nhanHoSoDangKy')).toBe('lltp');
    expect(AdapterRegistry.serviceOf('nodot')).toBeUndefined();
    expect(AdapterRegistry.serviceOf('.x')).toBeUndefined();
    expect(AdapterRegistry.serviceOf('x.')).toBeUndefined();
  });
});
