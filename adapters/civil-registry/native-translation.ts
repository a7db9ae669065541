import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { NativeRequest } from '../../src/core/adapter';
import { BadRequestError } from '../../src/core/errors';
import { isPlainObject, memberIgnoringCase } from '../../src/core/lenient/members';
import type { Coercion } from '../../src/core/message';
import { jsonSyntaxReason } from '../../src/core/json-syntax';

/**
 * Translates what agency systems send on the civil registry's native paths into the one typed
 * `dangKyHoTich` body (DOMAIN.md §4): a JSON body whose `data` is an object, a JSON string (v2) or
 * an XML string with a `<hoTich>` element (DVCLT), or a whole XML body. Key casing, `null`s and
 * number/string mix-ups are the native router's to forgive (src/core/lenient/).
 */

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
      return isPlainObject(root.hoTich) ? root.hoTich : root;
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
    if (isPlainObject(data.hoTich) && Object.keys(data).length === 1) return data.hoTich;
    return data;
  }
  return data;
}

/** The request body as an object: JSON as it came, an XML body read from its root element. */
function bodyObject(request: NativeRequest): Record<string, unknown> {
  if (typeof request.body === 'string') return request.body.trim() === '' ? {} : parseXml(request.body, 'the request body');
  return isPlainObject(request.body) ? request.body : {};
}

/** v1 `dangKyHoTich`: `{ maDonVi, module, maHoSo, ngayTiepNhan, data }` (JSON or XML). */
export function toRegistrationBody(request: NativeRequest, notes: Coercion[] = []): Record<string, unknown> {
  const body = { ...bodyObject(request) };
  const data = memberIgnoringCase(body, 'data');
  if (!data || data.value === null) return body;
  if (data.key !== 'data') notes.push({ path: 'data', kind: 'key-case', from: data.key, to: 'data' });
  delete body[data.key];
  const declaration = readDeclaration(data.value);
  body.data = declaration;
  const files = isPlainObject(declaration) ? memberIgnoringCase(declaration, 'fileDinhKem') : undefined;
  if (isPlainObject(declaration) && files && !memberIgnoringCase(body, 'fileDinhKem')) {
    // DVCLT double-encodes: the attachments travel inside the data string.
    const { [files.key]: fileDinhKem, ...rest } = declaration;
    body.fileDinhKem = fileDinhKem;
    body.data = rest;
  }
  return body;
}

/** v2 `nhanDKHT`: the one-stop number is `maHoSoMCDT` (with `maHoSoLT` for the DVCLT number). */
export function toV2RegistrationBody(request: NativeRequest, notes: Coercion[] = []): Record<string, unknown> {
  const body = toRegistrationBody(request, notes);
  const mcdt = memberIgnoringCase(body, 'maHoSoMCDT');
  if (mcdt) delete body[mcdt.key];
  if (memberIgnoringCase(body, 'maHoSo')?.value == null) {
    const number = mcdt?.value ?? memberIgnoringCase(body, 'maHoSoLT')?.value;
    if (number !== undefined && number !== null) body.maHoSo = number;
  }
  return body;
}

/** Any other operation: the JSON (or XML) body as an object, for the router to read against the schema. */
export const toLookupBody = (request: NativeRequest): Record<string, unknown> => bodyObject(request);
