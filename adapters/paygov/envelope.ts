import type { NativeRequest, NativeResponse } from '../../src/core/adapter';
import { isPlainObject } from '../../src/core/lenient/members';
import type { AppError } from '../../src/core/errors';
import { classify, MA_LOI } from './paygov-errors';
import type { PartnerDirectory } from './partners';

/**
 * INIT's two envelopes (DOMAIN.md §7.2): `direct`, the flat object; `wrapped`, a DVCQG proxy's
 * `{ error_code, message: "<that object as JSON>" }` with error_code "0" on success and the MaLoi
 * otherwise. Other operations always answer flat.
 */
export function inEnvelope(answer: { MaLoi?: string }, envelope: 'direct' | 'wrapped'): unknown {
  if (envelope === 'direct') return answer;
  const code = answer.MaLoi ?? MA_LOI.other;
  return { error_code: code === MA_LOI.ok ? '0' : code, message: JSON.stringify(answer) };
}

function stringField(body: unknown, name: string): string | undefined {
  if (!isPlainObject(body)) return undefined;
  const value = body[name];
  return typeof value === 'string' && value.length <= 255 ? value : undefined;
}

/** Renders an error as PayGov's answer, echoing the partner and reference when the request had them. */
export function renderPaygovError(error: AppError, request: NativeRequest, partners: PartnerDirectory): NativeResponse {
  const { code, status, text } = classify(error);
  const partnerId = stringField(request.body, 'MaDoiTac');
  const ref = stringField(request.body, 'MaThamChieu');
  const answer = {
    MaLoi: code,
    MoTaLoi: text,
    ...(partnerId !== undefined ? { MaDoiTac: partnerId } : {}),
    ...(ref !== undefined ? { MaThamChieu: ref } : {}),
  };
  const isInit = request.path.toLowerCase().endsWith('/init');
  const envelope = isInit && partnerId ? (partners.find(partnerId)?.envelope ?? 'direct') : 'direct';
  return { status, body: inEnvelope(answer, envelope) };
}
