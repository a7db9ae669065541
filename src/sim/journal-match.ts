import type { JournalEntry } from '../core/ports';
import type { JournalVerifyRequest } from '../generated/schema-types';
import { conditionHolds, globMatches } from './body-conditions';

export type JournalCriteria = JournalVerifyRequest['match'];
export type CountExpectation = NonNullable<JournalVerifyRequest['count']>;

/** An entry that met some criteria but not all, with the ones it failed. */
export interface NearMiss {
  entry: JournalEntry;
  failed: string[];
}

const q = (value: unknown): string => JSON.stringify(value);

/**
 * The criteria an entry fails, each as a sentence ("messageType: expected lltp.*, got dkdn.x"); an
 * empty list means the entry matches. Counting failures ranks near misses.
 */
export function failedCriteria(entry: JournalEntry, criteria: JournalCriteria): string[] {
  const failed: string[] = [];
  const exact = (field: 'service' | 'from' | 'correlationId' | 'messageId' | 'channel'): void => {
    const want = criteria[field];
    if (want !== undefined && entry[field] !== want) failed.push(`${field}: expected ${q(want)}, got ${q(entry[field] ?? null)}`);
  };
  if (criteria.messageType !== undefined && !globMatches(criteria.messageType, entry.messageType)) {
    failed.push(`messageType: expected ${q(criteria.messageType)}, got ${q(entry.messageType)}`);
  }
  exact('service');
  exact('from');
  exact('correlationId');
  exact('messageId');
  exact('channel');
  if (criteria.nativePath !== undefined && !globMatches(criteria.nativePath, entry.nativePath)) {
    failed.push(`nativePath: expected ${q(criteria.nativePath)}, got ${q(entry.nativePath ?? null)}`);
  }
  if (criteria.since !== undefined && Date.parse(entry.at) < Date.parse(criteria.since))
    failed.push(`since: received at ${entry.at}, before ${criteria.since}`);
  if (criteria.until !== undefined && Date.parse(entry.at) > Date.parse(criteria.until))
    failed.push(`until: received at ${entry.at}, after ${criteria.until}`);
  for (const condition of criteria.body ?? []) {
    if (conditionHolds(entry.body, condition)) continue;
    const test = condition.matches !== undefined ? `to match /${condition.matches}/` : `to equal ${q(condition.equals)}`;
    failed.push(`body.${condition.path.replace(/^\$\.?/, '')}: expected ${test}`);
  }
  return failed;
}

/** How many criteria the request names (body conditions one each). */
export function criteriaCount(criteria: JournalCriteria): number {
  const { body, ...fields } = criteria;
  return Object.values(fields).filter((v) => v !== undefined).length + (body?.length ?? 0);
}

export function countHolds(count: number, expected: CountExpectation): boolean {
  return (
    (expected.eq === undefined || count === expected.eq) &&
    (expected.gte === undefined || count >= expected.gte) &&
    (expected.lte === undefined || count <= expected.lte)
  );
}

/** "exactly 2", "at least 1 and at most 3". */
export function describeCount(expected: CountExpectation): string {
  const parts: string[] = [];
  if (expected.eq !== undefined) parts.push(`exactly ${expected.eq}`);
  if (expected.gte !== undefined) parts.push(`at least ${expected.gte}`);
  if (expected.lte !== undefined) parts.push(`at most ${expected.lte}`);
  return parts.join(' and ');
}

/** The entries that failed the fewest criteria (but at least one), newest first among equals. */
export function nearMisses(entries: readonly JournalEntry[], criteria: JournalCriteria, limit = 5): NearMiss[] {
  return entries
    .map((entry, order) => ({ entry, failed: failedCriteria(entry, criteria), order }))
    .filter((m) => m.failed.length > 0)
    .sort((a, b) => a.failed.length - b.failed.length || a.order - b.order)
    .slice(0, limit)
    .map(({ entry, failed }) => ({ entry, failed }));
}
