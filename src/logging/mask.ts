/**
 * Masks personal data before it reaches a log line: citizen ID numbers (12-digit CCCD, 9-digit
 * CMND), phone numbers, and the values of fields that hold a person's name.
 */

const NAME_KEY = /(^|_)(name|fullname|hoten|hovaten|tennguoi|legal_names|member_name|dadname|momname|partnername)$|hoten$|HoTen$|Name$/i;
const PHONE_KEY = /(phone|dienthoai|sdt)$/i;
/** The platform's own identifiers: never personal data, and a user greps the log for them whole. */
const PLATFORM_ID_KEY = /^(messageId|correlationId|requestId|errorId|jobId|ruleId|queue)$/;
// A number standing on its own: not part of a longer token such as a UUID (`…-3ee0…`, `…-123456789012`)
// or a dossier code (`HS000123456789`).
const ID_NUMBER = /(?<![\p{L}\d-])(\d{9}|\d{12})(?![\p{L}\d-])/gu;
const PHONE_NUMBER = /(?<![\p{L}\d-])(?:\+84|0)\d{9}(?![\p{L}\d-])/gu;

function maskTail(digits: string): string {
  return `${'*'.repeat(Math.max(0, digits.length - 3))}${digits.slice(-3)}`;
}

/** Keeps the first letter of each word: "Nguyễn Văn An" → "N***** V** A*". */
export function maskName(name: string): string {
  return name.replace(/(\p{L})(\p{L}*)/gu, (_m, first: string, rest: string) => first + '*'.repeat(rest.length));
}

export function maskText(text: string): string {
  return text.replace(PHONE_NUMBER, maskTail).replace(ID_NUMBER, maskTail);
}

/**
 * An error as a log line shows it, masked: message and stack (which repeats the message) pass
 * through maskText like any other text. Other members (body-parser keeps the raw body on its errors)
 * are left out.
 */
export function maskError(error: Error): { name: string; message: string; stack?: string } {
  return { name: error.name, message: maskText(String(error.message)), ...(error.stack ? { stack: maskText(error.stack) } : {}) };
}

export function maskValue(value: unknown, key = '', depth = 0): unknown {
  if (depth > 8) return '[…]';
  if (typeof value === 'string') {
    if (PLATFORM_ID_KEY.test(key)) return value;
    if (NAME_KEY.test(key)) return maskName(value);
    if (PHONE_KEY.test(key)) return maskTail(value);
    return maskText(value);
  }
  if (Array.isArray(value)) return value.map((item) => maskValue(item, key, depth + 1));
  if (value instanceof Error) return maskError(value);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskValue(v, k, depth + 1);
    return out;
  }
  return value;
}
