import { hash } from 'node:crypto';

/**
 * JSON with object keys sorted, so two equal documents give one string whatever their key order.
 * Built in one pass with no intermediate arrays: it runs on every message.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${text}]`;
  }
  const keys = Object.keys(value);
  // Sorted by UTF-16 code units, as the default sort does; most bodies come sorted or nearly so.
  if (!isSorted(keys)) keys.sort();
  let text = '{';
  for (const key of keys) {
    const member: unknown = Reflect.get(value, key);
    if (member === undefined) continue;
    text += `${text.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${text}}`;
}

function isSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1] > keys[i]) return false;
  return true;
}

/** SHA-256 of the canonical JSON; the one-shot `hash` builds no Hash object per message. */
export function fingerprint(value: unknown): string {
  return hash('sha256', canonicalJson(value), 'hex');
}
