import { XMLParser, XMLValidator } from 'fast-xml-parser';
import requestSchema from '../../schemas/hotich/dangKyHoTich.request.json';
import type { NativeRequest } from '../../src/core/adapter';
import { BadRequestError } from '../../src/core/errors';
import { jsonSyntaxReason } from '../../src/core/json-syntax';
import { isPlainObject, keyCasing, normaliseKeys } from '../shared/wire-keys';

/**
 * Translates what agency systems send on the civil registry's native paths into the one typed
 * `dangKyHoTich` body (DOMAIN.md §4): a JSON body whose `data` is an object, a JSON string (v2) or
 * an XML string with a `<hoTich>` element (DVCLT), or a whole XML body. Keys are read
 * case-insensitively and `null` members count as absent, as the C# clients of the real backend expect.
 */

const TOP_KEYS = keyCasing([...Object.keys(requestSchema.properties), 'maHoSoMCDT']);
const DATA_KEYS = keyCasing(Object.keys(requestSchema.properties.data.properties));

/** Nesting of elements accepted: a registration is a few levels deep; the bound keeps every walk of the result shallow. */
const MAX_XML_DEPTH = 64;
const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, processEntities: true, maxNestedTags: MAX_XML_DEPTH });

/** Parses an XML document into plain objects of strings; refuses DOCTYPEs (no entity tricks). */
export function parseXml(text: string, what: string): Record<string, unknown> {
  if (/<!DOCTYPE/i.test(text)) throw new BadRequestError(`${what} must not contain a DOCTYPE declaration`);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new BadRequestError(`${what} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  let parsed: unknown;
  try {
    parsed = xml.parse(text);
  } catch (error) {
    // What the validator lets through but the parser refuses: nesting deeper than MAX_XML_DEPTH, or
    // an element named like a member of every object (__proto__, constructor).
    const reason = (error as Error).message;
    throw new BadRequestError(`${what} cannot be read as XML: ${reason}${/nested/i.test(reason) ? ` (at most ${MAX_XML_DEPTH} levels)` : ''}`);
  }
  if (!isPlainObject(parsed)) throw new BadRequestError(`${what} is empty`);
  const roots = Object.entries(parsed).filter(([name]) => !name.startsWith('?'));
  if (roots.length !== 1 || !isPlainObject(roots[0][1])) throw new BadRequestError(`${what} must have one root element with child elements`);
  return roots[0][1];
}

/** The declaration from `data` in any of its wire forms. */
export function readDeclaration(data: unknown): unknown {
  if (typeof data === 'string') {
    const text = data.trim();
    if (text.startsWith('<')) {
      const root = parseXml(text, 'data');
      // `<hoTich>` may be the root itself or wrapped once (`<data><hoTich>…`).
      const inner = isPlainObject(root.hoTich) ? root.hoTich : root;
      return normaliseKeys(inner, DATA_KEYS);
    }
    if (text.startsWith('{')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new BadRequestError(`data is a string but not valid JSON: ${jsonSyntaxReason(String((error as Error).message))}`);
      }
      return readDeclaration(parsed);
    }
    throw new BadRequestError('data must be the declaration as an object, a JSON string or an XML string with a <hoTich> element');
  }
  if (isPlainObject(data)) {
    if (isPlainObject(data.hoTich) && Object.keys(data).length === 1) return normaliseKeys(data.hoTich, DATA_KEYS);
    return normaliseKeys(data, DATA_KEYS);
  }
  return data;
}

/** The request body as an object: JSON as it came, an XML body read from its root element. */
function bodyObject(request: NativeRequest): Record<string, unknown> {
  if (typeof request.body === 'string') return request.body.trim() === '' ? {} : parseXml(request.body, 'the request body');
  return isPlainObject(request.body) ? request.body : {};
}

/** v1 `dangKyHoTich`: `{ maDonVi, module, maHoSo, ngayTiepNhan, data }` (JSON or XML). */
export function toRegistrationBody(request: NativeRequest): Record<string, unknown> {
  const body = normaliseKeys(bodyObject(request), TOP_KEYS);
  if (body.data !== undefined) body.data = readDeclaration(body.data);
  if (isPlainObject(body.data) && body.data.fileDinhKem !== undefined && body.fileDinhKem === undefined) {
    // DVCLT double-encodes: the attachments travel inside the data string.
    const { fileDinhKem, ...declaration } = body.data;
    body.fileDinhKem = fileDinhKem;
    body.data = declaration;
  }
  return body;
}

/** v2 `nhanDKHT`: the one-stop number is `maHoSoMCDT` (with `maHoSoLT` for the DVCLT number). */
export function toV2RegistrationBody(request: NativeRequest): Record<string, unknown> {
  const { maHoSoMCDT, ...body } = toRegistrationBody(request);
  if (body.maHoSo === undefined) {
    const number = maHoSoMCDT ?? body.maHoSoLT;
    if (number !== undefined) body.maHoSo = number;
  }
  return body;
}

/** Any other operation: a JSON body with its keys spelled as documented. */
export function toLookupBody(keys: readonly string[]): (request: NativeRequest) => Record<string, unknown> {
  const casing = keyCasing(keys);
  return (request) => normaliseKeys(bodyObject(request), casing);
}
