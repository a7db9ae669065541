import type { Adapter } from '../../src/core/adapter';
import { defineHandlers } from '../../src/core/operation';
import type { TestPersonRole } from '../../src/seed/types';
import type { AdapterDeps } from '../shared/adapter-deps';
import { catalogAnswer } from './catalog';
import { ensureDirectDossiers } from './direct-dossiers';
import { errorEnvelope } from './envelope';
import { Lifecycle } from './lifecycle';
import { nativeRoutes } from './native-routes';
import { operationSpecs, V2_ONLY_OPERATIONS } from './operations';
import { PullQueue } from './pull-queue';
import { readSettings } from './settings';
import { StatusView } from './status-view';
import { Submission } from './submission';
import { pollResult } from './v2-poll';
import { v2Routes } from './v2-routes';
import { takeResultPush, vneidResultRoute } from './vneid-result';

/** The judicial-records service (Lý lịch tư pháp, LLTP), v1 and v2 contracts under `apiLyLichTuPhap` (DOMAIN.md §6). */
export function createJudicialRecordsAdapter({ reference, settings: appSettings }: AdapterDeps): Adapter {
  const settings = readSettings(appSettings);
  const { catalogs, dataset } = reference;
  const citizens = new Map(dataset.citizens.map((c) => [c.id, c]));
  const records = new Map(dataset.judicialRecords.map((r) => [r.citizenId, r]));
  const units = new Map(catalogs.lltp.ministryJustice.map((u) => [u.id, u.name]));
  const view = new StatusView(catalogs.lltp.decStatuses);
  const lifecycle = new Lifecycle({ settings, view, citizens, records, unitName: (id) => units.get(id) ?? 'Sở Tư pháp' });
  const submission = new Submission(lifecycle);
  const testIds = Object.fromEntries(Object.values(dataset.testPersons).map((p) => [p.role, p.id])) as Record<TestPersonRole, string>;
  const pullQueue = new PullQueue(view, (agency, context) => ensureDirectDossiers(agency, citizens, testIds, submission, context));

  const example = citizens.get(dataset.testPersons.cleanRecord.id);
  if (!example) throw new Error('the seed dataset lacks the clean-record test person');
  const operations = operationSpecs(catalogs, example);

  return {
    manifest: {
      service: 'lltp',
      name: 'Judicial records (Lý lịch tư pháp, LLTP)',
      description:
        'Certificate requests from one-stop desks, their lifecycle on simulation time (received, processing, issued or refused), ' +
        'certificates of form No. 1 and No. 2 from the seeded judicial records, pull queues and catalogues.',
      operations,
      native: [...nativeRoutes(operations.filter((o) => !V2_ONLY_OPERATIONS.has(o.operation))), ...v2Routes(catalogs), vneidResultRoute],
      renderError: errorEnvelope,
    },
    handlers: defineHandlers('lltp', {
      nhanHoSoDangKy: (message, context) =>
        submission.fromOneStop(
          message.body,
          {
            agency: context.principal.agency,
            ...(context.callbackUrl
              ? {
                  callback: {
                    url: context.callbackUrl,
                    clientId: context.principal.clientId,
                    messageId: context.messageId,
                    from: context.principal.agency,
                  },
                }
              : {}),
          },
          context,
        ),
      traTrangThaiHs: (message, context) => pullQueue.status(message.body, context.principal.agency, context),
      traHoSo: (message, context) => pullQueue.dossiers(message.body, context.principal.agency, context),
      traDsTrangThaiHs: (message, context) => pullQueue.changes(message.body, context.principal.agency, context),
      danhDauHsThanhCong: (message, context) => pullQueue.acknowledge(message.body, context.principal.agency, context),
      traDanhMuc: async (message) => catalogAnswer(catalogs, message.body),
      layKetQua: (message, context) => pollResult(message.body, context.principal.agency, context),
      traKetQuaHoSoLLTP: (message, context) => takeResultPush(message.body, context),
    }),
    timers: lifecycle.timers,
  };
}
