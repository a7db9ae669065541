import type { Adapter, HandlerContext, OperationSpec } from '../../src/core/adapter';
import { toIsoDate } from '../../src/core/dates/wire-dates';
import type { FieldViolation } from '../../src/core/errors';
import { defineCheck, defineHandlers } from '../../src/core/operation';
import type { BhytCardQueryRequest } from '../../src/generated/schema-types';
import { schemaId } from '../../src/core/schema-id';
import type { AdapterDeps } from '../shared/adapter-deps';
import { PersonDirectory } from '../shared/person-directory';
import { FieldRules } from '../shared/field-rules';
import { bareAnswer, cardAnswer, historyAnswer } from './card-answer';
import { checkCard, sameText, type CardCheck } from './card-check';
import { CardRegistry } from './card-registry';
import { loadCardSeeds, type EgwAccount } from './card-seeds';
import { EgwTokens, md5Upper } from './egw-tokens';
import { renderEgwAuthError, renderEgwError } from './envelope';
import { egwNativeRoutes } from './native-routes';
import { RESULT_TEXT } from './result-codes';

/** The stateless rules of a card query: a birth date that exists, a gender the gateway knows. */
const checkQuery = defineCheck('bhyt.KQNhanLichSuKCB2024', (body): FieldViolation[] => {
  const rules = new FieldRules();
  if (!/^\d{4}$/.test(body.ngaySinh)) rules.date('body.ngaySinh', body.ngaySinh, ['dd/MM/yyyy']);
  if (body.gioiTinh !== undefined && !['1', '2', 'nam', 'nữ'].includes(sameText(body.gioiTinh))) {
    rules.add('body.gioiTinh', `body.gioiTinh must be 1 or Nam (male), 2 or Nữ (female), got "${body.gioiTinh}"`);
  }
  return rules.violations;
});

/**
 * The national insurance database's card check as hospital software calls it (VSS gateway
 * `egw.baohiemxahoi.gov.vn`, DOMAIN-MORE §3.2): a token step, the check by card code, BHXH number or
 * personal ID with every `maKetQua`, and the examination history. It reads the same citizens as the
 * other backends and the cards birth registrations issue (adapters/shared/bhyt-cards.ts).
 */
export function createHealthInsuranceCheckAdapter({ reference }: AdapterDeps): Adapter {
  const { citizens } = reference.dataset;
  const seeds = loadCardSeeds(citizens);
  const registry = new CardRegistry(citizens, reference.units, seeds);
  const tokens = new EgwTokens(seeds.accounts);
  const byId = new Map(citizens.map((c) => [c.id, c]));
  const allOfficers = new Set(seeds.accounts.flatMap((a) => a.officers));
  const officer = seeds.accounts[0].officers[0];
  const example = {
    maThe: 'DN4010199000001',
    hoTen: 'Nguyễn Văn An',
    ngaySinh: '12/03/1985',
    hoTenCb: byId.get(officer)?.fullName ?? '',
    cccdCb: officer,
  };

  /** The login and the officer: a verdict that stops the query, or undefined to go on. */
  const refusal = async (body: BhytCardQueryRequest, context: HandlerContext): Promise<{ stop?: CardCheck; user: string }> => {
    let account: EgwAccount | undefined;
    if (context.channel === 'native') {
      const verified = await tokens.verify(context.state, context.clock.now().getTime(), body);
      if (typeof verified === 'string') return { stop: { code: '401', note: `${RESULT_TEXT['401']} ${verified}` }, user: '' };
      account = verified;
    }
    const registered = account ? account.officers.includes(body.cccdCb) : allOfficers.has(body.cccdCb);
    if (!registered) return { stop: { code: '054', note: `${RESULT_TEXT['054']} (${body.cccdCb})` }, user: '' };
    const person = byId.get(body.cccdCb);
    if (!person || sameText(person.fullName) !== sameText(body.hoTenCb)) return { stop: { code: '055', note: RESULT_TEXT['055'] }, user: '' };
    return { user: account?.username ?? context.principal.clientId };
  };

  const query = (body: BhytCardQueryRequest, context: HandlerContext): Promise<CardCheck> =>
    checkCard(registry, context.stateOf('bhxh'), { ...body, maThe: body.maThe.trim() }, toIsoDate(context.clock.now()), async (id) => {
      // The civil registry keeps what registrations changed about people where other backends may read it.
      return (await new PersonDirectory(citizens, context.stateOf('hotich')).find(id))?.deceasedOn;
    });

  const op = (name: string, request = name): Pick<OperationSpec, 'requestSchema' | 'responseSchema'> => ({
    requestSchema: schemaId(`bhyt/${request}.request.json`),
    responseSchema: schemaId(`bhyt/${name}.response.json`),
  });

  return {
    manifest: {
      service: 'bhyt',
      name: 'Health-insurance card check (BHXH Việt Nam gateway)',
      description:
        'The card check and examination history hospital software calls at the VSS gateway (egw), with its own token step and every maKetQua.',
      operations: [
        {
          operation: 'tokenTake',
          summary: 'Log a facility account in; the password is its MD5 in uppercase hex',
          ...op('tokenTake'),
          example: { username: seeds.accounts[0].username, password: md5Upper(seeds.accounts[0].password) },
        },
        {
          operation: 'KQNhanLichSuKCB2024',
          summary: 'Check a card by card code, BHXH number or personal ID',
          ...op('KQNhanLichSuKCB2024'),
          example,
          check: checkQuery,
        },
        {
          operation: 'Lskcb2025',
          summary: 'Examination history of a card holder',
          ...op('Lskcb2025', 'KQNhanLichSuKCB2024'),
          example,
          check: checkQuery,
          // Unlike the card check, which records itself on the card's list of checks (dsLichSuKT2018).
          readOnly: true,
        },
      ],
      native: egwNativeRoutes,
      renderError: renderEgwError,
      renderAuthError: renderEgwAuthError,
    },
    handlers: defineHandlers('bhyt', {
      tokenTake: async ({ body: { username, password } }, context) => {
        const token = await tokens.take(context, username, password);
        return token
          ? { maKetQua: '200', APIKey: token }
          : { maKetQua: '401', ghiChu: `${RESULT_TEXT['401']} Sai tên đăng nhập hoặc mật khẩu (mật khẩu gửi dạng MD5, chữ hoa).`, APIKey: null };
      },
      KQNhanLichSuKCB2024: async ({ body }, context) => {
        const { stop, user } = await refusal(body, context);
        if (stop) return bareAnswer(stop.code, stop.note);
        return cardAnswer(context.state, registry, await query(body, context), { user, at: context.clock.now(), id: context.messageId });
      },
      Lskcb2025: async ({ body }, context) => {
        const { stop } = await refusal(body, context);
        return historyAnswer(stop ?? (await query(body, context)), body.maThe, context.clock.now());
      },
    }),
  };
}
