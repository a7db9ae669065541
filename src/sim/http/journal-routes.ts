import { type Request, type Response, Router } from 'express';
import { AppError, ValidationError, type FieldViolation } from '../../core/errors';
import type { SchemaRegistry } from '../../core/schema-registry';
import type { JournalVerifyRequest } from '../../generated/schema-types';
import type { Journal } from '../../core/ports';
import { schemaId } from '../../schemas/load-schemas';
import { checkConditions } from '../body-conditions';
import { describeCount, type JournalCriteria } from '../journal-match';
import { JournalSearch, type Verification } from '../journal-search';
import { targetViolations, type RuleTargets } from '../rule-targets';
import { unknownFields } from './known-fields';

const VERIFY_SCHEMA = schemaId('sim/journal-verify.request.json');
const TEXT_FILTERS = ['messageType', 'service', 'from', 'correlationId', 'messageId', 'nativePath'] as const;
const QUERY_PARAMETERS = [...TEXT_FILTERS, 'channel', 'since', 'until', 'limit'];

/**
 * A verification that did not hold: 422, with what was expected, found, and the closest misses as
 * RFC 9457 extension members, which is what a test report needs.
 */
export class VerificationFailedError extends AppError {
  readonly status = 422;
  readonly slug = 'verification-failed';
  readonly title = 'The journal does not hold what was expected';
  override readonly extensions: Readonly<Record<string, unknown>>;

  constructor(readonly verification: Verification) {
    super(
      `Expected ${describeCount(verification.expected)} matching message${verification.expected.eq === 1 ? '' : 's'}, found ${verification.matched}`,
    );
    const { matched, expected, nearMisses } = verification;
    this.extensions = { matched, expected, nearMisses };
  }
}

/**
 * Reads GET /sim/journal's query into criteria, refusing unknown parameters (a misspelt filter would
 * list every entry as if it matched), repeated filters, bad dates, channels and limits.
 */
function criteriaFromQuery(query: Record<string, unknown>, maxEntries: number): { criteria: JournalCriteria; limit: number } {
  const violations: FieldViolation[] = unknownFields(query, QUERY_PARAMETERS);
  const criteria: JournalCriteria = {};
  for (const name of TEXT_FILTERS) {
    const value = query[name];
    if (typeof value === 'string') {
      if (value !== '') criteria[name] = value;
    } else if (value !== undefined) {
      // Repeated (`?messageType=a&messageType=b`) or bracketed: refused, never silently ignored.
      violations.push({ path: name, message: `${name} must be given once, as plain text` });
    }
  }
  const channel = query.channel;
  if (channel !== undefined) {
    if (channel === 'unified' || channel === 'native') criteria.channel = channel;
    else violations.push({ path: 'channel', message: 'channel must be "unified" or "native"' });
  }
  for (const name of ['since', 'until'] as const) {
    const value = query[name];
    if (value === undefined) continue;
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))) criteria[name] = value;
    else violations.push({ path: name, message: `${name} must be a date and time in ISO 8601` });
  }
  let limit = 100;
  if (query.limit !== undefined) {
    limit = Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > maxEntries)
      violations.push({ path: 'limit', message: `limit must be a whole number from 1 to ${maxEntries}` });
  }
  if (criteria.since !== undefined && criteria.until !== undefined && Date.parse(criteria.since) > Date.parse(criteria.until))
    violations.push({ path: 'until', message: 'until must not be before since' });
  if (violations.length > 0) throw new ValidationError(violations.map((v) => v.message).join('; '), violations);
  return { criteria, limit };
}

/** A count no number of entries can meet (`gte` above `lte`, `eq` outside them) is a mistake in the test, not a failed check. */
function impossibleCount(count: JournalVerifyRequest['count']): FieldViolation[] {
  if (!count) return [];
  const { eq, gte, lte } = count;
  if (gte !== undefined && lte !== undefined && gte > lte)
    return [{ path: 'count', message: `count cannot be met: at least ${gte} and at most ${lte}` }];
  if (eq !== undefined && ((gte !== undefined && eq < gte) || (lte !== undefined && eq > lte)))
    return [{ path: 'count', message: `count cannot be met: exactly ${eq} is outside ${describeCount({ gte, lte })}` }];
  return [];
}

/**
 * `/sim/journal`: GET filters the journal (messageType, service, from, correlationId, messageId,
 * channel, nativePath, since, until, limit); DELETE empties it; POST `/sim/journal/verify` answers
 * 200 when the count holds and 422 with near misses when it does not.
 */
export function journalRoutes(journal: Journal, schemas: SchemaRegistry, maxEntries: number, targets?: RuleTargets): Router {
  const router = Router();
  const search = new JournalSearch(journal);

  router.get('/sim/journal', async (req: Request, res: Response) => {
    const { criteria, limit } = criteriaFromQuery(req.query, maxEntries);
    res.json(await search.find(criteria, limit));
  });

  router.delete('/sim/journal', async (_req: Request, res: Response) => {
    await journal.clear();
    res.status(204).end();
  });

  router.post('/sim/journal/verify', async (req: Request, res: Response) => {
    schemas.assert(VERIFY_SCHEMA, req.body);
    const request = req.body as JournalVerifyRequest;
    const bad = [
      ...checkConditions(request.match.body, 'match.body'),
      ...(targets ? targetViolations(request, targets, (field) => field) : []),
      ...impossibleCount(request.count),
    ];
    if (bad.length > 0) throw new ValidationError(bad.map((v) => v.message).join('; '), bad);
    const verification = await search.verify(request.match, request.count ?? { gte: 1 });
    // Answered and logged with its error id by the one problem handler, like every other refusal.
    if (!verification.holds) throw new VerificationFailedError(verification);
    res.json({ holds: true, matched: verification.matched, expected: verification.expected });
  });

  return router;
}
