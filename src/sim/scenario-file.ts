import { readFileSync } from 'node:fs';

/**
 * The rules in a YAML or JSON file of fault scenarios: `rules: [...]`, a bare list, or one rule.
 * Read by `serve --scenarios FILE` and by `lgsp-sim sim scenario add FILE`; the rules themselves are
 * checked by whoever stores them. A file that cannot be read or parsed throws one line naming it.
 */
export function readScenarioFile(path: string): unknown[] {
  let document: unknown;
  try {
    // yaml (which also reads JSON) is needed only here, so it is loaded on first use.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { parse } = require('yaml') as typeof import('yaml');
    document = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`scenario file ${path} cannot be read: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  if (Array.isArray(document)) return document;
  const rules = (document as { rules?: unknown } | null)?.rules;
  if (Array.isArray(rules)) return rules;
  if (document && typeof document === 'object' && rules === undefined) return [document];
  throw new Error(`scenario file ${path} holds no rule: write one rule, a list of rules, or "rules": [...]`);
}
