import type { ErrorObject } from 'ajv';
import type { FieldViolation } from './errors';

/** `/header/messageId` → `header.messageId`; `/items/0` → `items[0]`. */
export function toDottedPath(root: string, instancePath: string, child?: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (child !== undefined) parts.push(child);
  let path = root;
  for (const part of parts) {
    if (/^\d+$/.test(part)) path += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) path += path ? `.${part}` : part;
    else path += `[${JSON.stringify(part)}]`;
  }
  return path || '(root)';
}

const FORMAT_WORDS: Record<string, string> = {
  date: 'a date written YYYY-MM-DD',
  'date-time': 'a date and time in ISO 8601',
  email: 'an e-mail address',
  uri: 'an absolute URL',
  uuid: 'a UUID',
  ipv4: 'an IPv4 address',
};

function typeWords(type: unknown): string {
  const list = Array.isArray(type) ? type : [type];
  return list.map((t) => (t === 'integer' ? 'a whole number' : t === 'array' ? 'a list' : t === 'object' ? 'an object' : `a ${t}`)).join(' or ');
}

/** Rewrites one ajv error into a sentence with the JSON path of the offending value. */
export function describeAjvError(error: ErrorObject, root: string): FieldViolation {
  const params: Record<string, unknown> = error.params;
  const at = toDottedPath(root, error.instancePath);
  const wire: unknown = error.parentSchema?.['x-wire-format'];
  switch (error.keyword) {
    case 'required': {
      const path = toDottedPath(root, error.instancePath, String(params.missingProperty));
      return { path, message: `${path} is required` };
    }
    case 'additionalProperties': {
      const path = toDottedPath(root, error.instancePath, String(params.additionalProperty));
      return { path, message: `${path} is not a known field` };
    }
    case 'type':
      return { path: at, message: `${at} must be ${typeWords(params.type)}` };
    case 'format':
      return { path: at, message: `${at} must be ${FORMAT_WORDS[String(params.format)] ?? `in the ${String(params.format)} format`}` };
    case 'pattern':
      return {
        path: at,
        message: typeof wire === 'string' ? `${at} must be written ${wire}` : `${at} must match the pattern ${String(params.pattern)}`,
      };
    case 'enum':
      return { path: at, message: `${at} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'const':
      return { path: at, message: `${at} must be ${JSON.stringify(params.allowedValue)}` };
    case 'minLength':
      return { path: at, message: params.limit === 1 ? `${at} must not be empty` : `${at} must be at least ${String(params.limit)} characters long` };
    case 'maxLength':
      return { path: at, message: `${at} must be at most ${String(params.limit)} characters long` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path: at, message: `${at} must be ${String(params.comparison)} ${String(params.limit)}` };
    case 'minItems':
      return { path: at, message: `${at} must have at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}` };
    case 'maxItems':
      return { path: at, message: `${at} must have at most ${String(params.limit)} items` };
    default:
      return { path: at, message: `${at} ${error.message ?? 'is not valid'}` };
  }
}
