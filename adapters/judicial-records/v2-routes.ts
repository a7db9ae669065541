/**
 * The v2 contract's native paths (DOMAIN.md §6.2), translations onto the one pipeline like the v1
 * paths: the send becomes `lltp.nhanHoSoDangKy` with the v1 body, the poll is `lltp.layKetQua`.
 *
 * PASETO sends no bearer token here but an `authKey` in the body, which LGSP issues to each one-stop.
 * The simulator takes any non-empty `authKey`, or a bearer token instead (a bad token is the
 * gateway's 401 fault, as on every path). Neither: `AUTHEN_ERROR`, and nothing is stored. The key is
 * not kept in the message. A caller without a bearer token is the anonymous v2 caller, so what it
 * sends it polls without a token too; with a token, dossiers belong to the token's agency.
 *
 * Both bodies are read against their own schemas (schemas/lltp/v2/) before they are translated, so
 * every leniency is noted at the path the client sent, as on every other door.
 */
import type { NativeRequest, NativeRoute } from '../../src/core/adapter';
import { BusinessRuleError } from '../../src/core/errors';
import type { NhanHoSoDangKyResponse } from '../../src/generated/schema-types';
import type { Catalogs } from '../../seeds/catalogs';
import { textOf } from '../shared/field-rules';
import { isPlainObject, memberIgnoringCase as takeKey } from '../../src/core/lenient/members';
import { translateQuery } from './edge-translation';
import { LLTP_ERROR_CODES } from './envelope';
import { RESENT_DESCRIPTION } from './submission';
import { alreadyReceivedReply, sentReply, V2_POLL_PATH, V2_SEND_PATH } from './v2-envelope';
import { translateV2Send, V2_POLL_SCHEMA, V2_SEND_SCHEMA, v2Codes } from './v2-send-translation';

const BEARER = /^Bearer\s+\S+\s*$/i;

/** The body without its `authKey`, after checking the caller sent one or a bearer token. */
function authenticated(request: NativeRequest): unknown {
  const found = isPlainObject(request.body) ? takeKey(request.body, 'authKey') : undefined;
  if (textOf(found?.value) === undefined && !BEARER.test(request.headers.authorization ?? '')) {
    throw new BusinessRuleError(
      LLTP_ERROR_CODES.authKeyMissing,
      'authKey is required: send the authKey LGSP issued to the one-stop (any non-empty value is accepted here), or Authorization: Bearer <token> from POST /token',
      { status: 401 },
    );
  }
  if (!found || !isPlainObject(request.body)) return request.body;
  const { [found.key]: _authKey, ...body } = request.body;
  return body;
}

export function v2Routes(catalogs: Catalogs): NativeRoute[] {
  const codes = v2Codes(catalogs);
  return [
    {
      method: 'POST',
      paths: [V2_SEND_PATH],
      operation: 'nhanHoSoDangKy',
      auth: 'optional',
      wireSchema: V2_SEND_SCHEMA,
      toMessageBody: (request) => translateV2Send(authenticated(request), catalogs, codes),
      render: (result, request) =>
        (result as NhanHoSoDangKyResponse).DESCRIPTION === RESENT_DESCRIPTION ? alreadyReceivedReply(request) : sentReply(request),
    },
    {
      method: 'POST',
      paths: [V2_POLL_PATH],
      operation: 'layKetQua',
      auth: 'optional',
      wireSchema: V2_POLL_SCHEMA,
      toMessageBody: (request) => translateQuery(authenticated(request)),
      render: (result) => ({ status: 200, body: result }),
    },
  ];
}
