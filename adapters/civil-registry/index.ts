import type { Adapter } from '../../src/core/adapter';
import { schemaId } from '../../src/core/schema-id';
import type { AdapterDeps } from '../shared/adapter-deps';
import { DossierStore } from './dossier-store';
import { renderCivilRegistryAuthError, renderCivilRegistryError } from './envelope';
import { civilRegistryHandlers } from './handlers';
import { DossierLifecycle } from './lifecycle';
import { civilRegistryRoutes } from './native-routes';
import { OfficeDirectory } from './offices';
import { PersonDirectory } from '../shared/person-directory';
import { queryRules } from './query-rules';
import { civilRegistryExamples } from './examples';
import { RegistrationEffects } from './registration-effects';
import { registrationRules } from './registration-rules';
import { seededDossiers } from './seeded-dossiers';
import { readCivilRegistrySettings } from './settings';
import type { StateStore } from '../../src/core/ports';

export { readCivilRegistrySettings } from './settings';

const op = (name: string): { requestSchema: string; responseSchema: string } => ({
  requestSchema: schemaId(`hotich/${name}.request.json`),
  responseSchema: schemaId(`hotich/${name}.response.json`),
});

/**
 * The civil registry of the Ministry of Justice (hộ tịch, `apiHoTichTuPhap`): birth, death and
 * marriage registration with a lifecycle on simulation time, lookups of dossiers and registry
 * records, MoJ catalogues, and the birth–BHYT interconnection for children under six.
 *
 * State is reached through the handler context at call time; the directories below hold only the
 * read-only seeds and are bound to the context's state store per call.
 */
export function createCivilRegistryAdapter({ reference, settings: { env } }: AdapterDeps): Adapter {
  const settings = readCivilRegistrySettings(env);
  const offices = new OfficeDirectory(reference.catalogs.administrativeUnits);
  const seeded = seededDossiers();
  const seededBhxhNumbers = new Set(reference.dataset.citizens.map((c) => c.bhxhNumber));
  const rules = queryRules(offices);
  const examples = civilRegistryExamples(reference);

  /** Everything that touches state, built over one state store. */
  const parts = (state: StateStore) => {
    const dossiers = new DossierStore(state, seeded);
    const people = new PersonDirectory(reference.dataset.citizens, state);
    const effects = new RegistrationEffects({ people, dossiers, offices, seededBhxhNumbers });
    const lifecycle = new DossierLifecycle({ dossiers, effects, settings });
    return { dossiers, effects, lifecycle, handlers: civilRegistryHandlers({ reference, offices, dossiers, effects, lifecycle }) };
  };
  const cache = new WeakMap<StateStore, ReturnType<typeof parts>>();
  const on = (state: StateStore): ReturnType<typeof parts> => {
    let built = cache.get(state);
    if (!built) {
      built = parts(state);
      cache.set(state, built);
    }
    return built;
  };

  const operations = [
    'dangKyHoTich',
    'traTrangThaiHoSo',
    'ketQuaDangKyHS',
    'traHoSo',
    'traDanhSachHoSo',
    'dsHoSoDangKy',
    'danhMuc',
    'layKetQua',
  ] as const;
  const handlers = Object.fromEntries(
    operations.map((name) => [name, (message, context) => on(context.state).handlers[name](message, context)] as const),
  ) as Adapter['handlers'];

  return {
    manifest: {
      service: 'hotich',
      name: 'Civil registry (hộ tịch, Bộ Tư pháp)',
      description:
        'Birth, death and marriage registration (dangKyHoTich) with a lifecycle on simulation time, dossier state and results, registry records, MoJ catalogues; a birth of a child under six issues a BHYT card.',
      // Read-only: the lookups that answer no certificate. Those that do (ketQuaDangKyHS, traHoSo,
      // traDanhSachHoSo, layKetQua) render its PDF on the first ask and keep it in state.
      operations: [
        {
          operation: 'dangKyHoTich',
          summary: 'Push a birth, death or marriage registration dossier',
          ...op('dangKyHoTich'),
          example: examples.dangKyHoTich,
          check: registrationRules(reference.catalogs, offices),
        },
        {
          operation: 'traTrangThaiHoSo',
          summary: 'State of one dossier',
          ...op('traTrangThaiHoSo'),
          example: examples.byOffice,
          check: rules.traTrangThaiHoSo,
          readOnly: true,
        },
        {
          operation: 'ketQuaDangKyHS',
          summary: 'Result of one registered dossier',
          ...op('ketQuaDangKyHS'),
          example: examples.byOffice,
          check: rules.ketQuaDangKyHS,
        },
        { operation: 'traHoSo', summary: 'A registry record by its id', ...op('traHoSo'), example: examples.traHoSo, check: rules.traHoSo },
        {
          operation: 'traDanhSachHoSo',
          summary: 'Registry records for a list of ids',
          ...op('traDanhSachHoSo'),
          example: examples.traDanhSachHoSo,
          check: rules.traDanhSachHoSo,
        },
        {
          operation: 'dsHoSoDangKy',
          summary: 'Records registered on a day',
          ...op('dsHoSoDangKy'),
          example: examples.dsHoSoDangKy,
          check: rules.dsHoSoDangKy,
          readOnly: true,
        },
        { operation: 'danhMuc', summary: 'A MoJ catalogue', ...op('danhMuc'), example: { loaiDanhMuc: '3' }, check: rules.danhMuc, readOnly: true },
        {
          operation: 'layKetQua',
          summary: 'v2 poll: state and results by one-stop numbers',
          ...op('layKetQua'),
          example: examples.layKetQua,
          check: rules.layKetQua,
        },
      ],
      native: civilRegistryRoutes,
      renderError: renderCivilRegistryError,
      renderAuthError: renderCivilRegistryAuthError,
    },
    handlers,
    timers: {
      review: (task, context) => on(context.state).lifecycle.timers.review(task, context),
      register: (task, context) => on(context.state).lifecycle.timers.register(task, context),
    },
  };
}
