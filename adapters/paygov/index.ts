import type { Adapter } from '../../src/core/adapter';
import { defineHandlers } from '../../src/core/operation';
import { schemaId } from '../../src/core/schema-id';
import type { AdapterDeps } from '../shared/adapter-deps';
import { renderPaygovError } from './envelope';
import { paygovExamples } from './examples';
import { checkInit, initHandler } from './init';
import { verifyIpnReply } from './ipn';
import { getBillHandler, queryHandler } from './lookup';
import { paygovNativeRoutes } from './native-routes';
import { PartnerDirectory } from './partners';
import { payPageRoutes } from './pay-page';
import { PaymentFlow } from './payment-flow';
import { readPaygovSettings } from './settings';

/**
 * PayGov, the national online-payment platform (DOMAIN.md §7): INIT with a hosted payment page,
 * signed IPNs to the partner through the callback queue, QUERY for reconciliation and GET_BILL for
 * the e-receipt PDF. Partners come from seeds/paygov-partners.json plus the development partner.
 */
export function createPaygovAdapter({ settings: appSettings, seedsDir }: AdapterDeps): Adapter {
  const partners = PartnerDirectory.load(seedsDir, appSettings);
  const settings = readPaygovSettings(appSettings);
  const flow = new PaymentFlow({ partners, settings });
  const examples = paygovExamples(partners.find(appSettings.devPaygov.partner) ?? partners.all()[0]);

  return {
    manifest: {
      service: 'paygov',
      name: 'PayGov (national online-payment platform)',
      description:
        'Create payments (INIT) with a hosted payment page, receive signed IPNs, query their state (QUERY) and fetch the e-receipt PDF (GET_BILL).',
      operations: [
        {
          operation: 'init',
          summary: 'Create a payment and get the payment page URL (UrlThanhToan)',
          requestSchema: schemaId('paygov/init.request.json'),
          responseSchema: schemaId('paygov/init.response.json'),
          example: examples.init,
          check: checkInit,
        },
        {
          operation: 'query',
          summary: 'State of one payment (TrangThaiGD 1 paid, 3 pending, 4 failed), signed',
          requestSchema: schemaId('paygov/query.request.json'),
          responseSchema: schemaId('paygov/query.response.json'),
          example: examples.query,
          readOnly: true,
        },
        {
          operation: 'getBill',
          summary: 'The e-receipt of a paid payment as a PDF',
          requestSchema: schemaId('paygov/getBill.request.json'),
          responseSchema: schemaId('paygov/getBill.response.json'),
          example: examples.getBill,
          // The receipt is rendered for each ask, never kept.
          readOnly: true,
        },
      ],
      native: paygovNativeRoutes(partners),
      pages: payPageRoutes({ partners, flow }),
      renderError: (error, request) => renderPaygovError(error, request, partners),
    },
    handlers: defineHandlers('paygov', {
      init: initHandler({ partners, settings, flow }),
      query: queryHandler(partners),
      getBill: getBillHandler(partners),
    }),
    timers: flow.timers(),
    callbackVerifiers: { ipn: verifyIpnReply },
  };
}
