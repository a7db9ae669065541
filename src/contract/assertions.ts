/**
 * `expect` of a step, checked against what the step got: status, headers, the body against a JSON
 * Schema, paths with matchers, and the duration. Every miss is a Failure with the path, what was
 * expected and what came.
 */
import type { Expect } from '../generated/schema-types';
import { parseDuration } from '../sim/duration';
import { readPath } from './json-path';
import { match, show } from './matchers';
import type { Failure } from './report';
import type { SchemaChecker } from './schema-check';

/** What a step produced; `$.status`, `$.headers.x`, `$.body.a` in `save` point into it. */
export interface StepResult {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  durationMs: number;
  messageId?: string;
}

export function checkExpect(expect: Expect, result: StepResult, where: string, schemas: SchemaChecker): Failure[] {
  const failures: Failure[] = [];
  if (expect.status !== undefined) {
    const wanted = Array.isArray(expect.status) ? expect.status : [expect.status];
    if (result.status === undefined || !wanted.includes(result.status)) {
      failures.push({
        where,
        message: 'unexpected status',
        path: 'status',
        expected: wanted.join(' or '),
        got: `${String(result.status)} ${show(result.body)}`,
      });
    }
  }
  for (const [name, matcher] of Object.entries(expect.headers ?? {})) {
    const value = result.headers?.[name.toLowerCase()];
    const miss = match(matcher, { present: value !== undefined, value });
    if (miss)
      failures.push({
        where,
        message: `header ${name} does not match`,
        path: `headers.${name.toLowerCase()}`,
        expected: miss.expected,
        got: show(value),
      });
  }
  if (expect.schema !== undefined) {
    let problems: string[];
    try {
      problems = schemas.check(expect.schema, expect.schemaAt ? readPath(result.body, expect.schemaAt).value : result.body);
    } catch (error) {
      problems = [(error as Error).message];
    }
    if (problems.length > 0) {
      failures.push({
        where,
        message: 'body does not fit the schema',
        path: expect.schemaAt ?? '$',
        expected: typeof expect.schema === 'string' ? `the schema of ${expect.schema}` : 'the inline schema',
        got: problems.join('; '),
      });
    }
  }
  for (const [path, matcher] of Object.entries(expect.body ?? {})) {
    let found;
    try {
      found = readPath(result.body, path);
    } catch (error) {
      failures.push({ where, message: (error as Error).message, path });
      continue;
    }
    const miss = match(matcher, found);
    if (miss) failures.push({ where, message: 'body does not match', path, expected: miss.expected, got: show(found.value) });
  }
  if (expect.duration) {
    const { lt, lte } = expect.duration;
    if (lt !== undefined && !(result.durationMs < parseDuration(lt)))
      failures.push({ where, message: 'too slow', path: 'duration', expected: `less than ${parseDuration(lt)} ms`, got: `${result.durationMs} ms` });
    if (lte !== undefined && !(result.durationMs <= parseDuration(lte)))
      failures.push({ where, message: 'too slow', path: 'duration', expected: `at most ${parseDuration(lte)} ms`, got: `${result.durationMs} ms` });
  }
  return failures;
}
