import { catalogByDmdcCode, type DmdcCatalog, type DmdcColumn } from '../../seeds/catalogs';
import { TransientError } from '../../src/core/errors';
import type { IdSource, StateStore } from '../../src/core/ports';

/** The documented answers of `POST /dmdc/Category/{code}` (DOMAIN.md §3). */
export interface AppendOutcome {
  MSG: string;
  Count: number;
}

const rowsKey = (code: string): string => `rows:${code}`;
const lockKey = (code: string): string => `lock:${code}`;
/** How long an append may hold its catalogue before the lock lapses (a crashed process). */
const LOCK_TTL_SECONDS = 10;
const LOCK_ATTEMPTS = 100;

/**
 * A dmdc catalogue as callers see it: the seed rows, then the rows appended since the last reset,
 * which live in the adapter's Redis state so every gateway process serves the same list and a
 * reset (which wipes that state) brings back the seed.
 */
export class CatalogRows {
  constructor(
    private readonly state: StateStore,
    private readonly ids: IdSource,
  ) {}

  columns(code: string): DmdcColumn[] {
    return known(code).columns;
  }

  async read(code: string): Promise<{ catalog: DmdcCatalog; rows: Record<string, string>[] }> {
    const catalog = known(code);
    const appended = (await this.state.get<Record<string, string>[]>(rowsKey(code))) ?? [];
    return { catalog, rows: [...catalog.rows, ...appended] };
  }

  /**
   * Appends all rows or none: the first row whose key is already in the catalogue, or earlier in
   * the same batch, is reported and nothing is inserted. Missing columns are stored as empty
   * strings, so every row carries every column. Appends to one catalogue are serialised by a
   * short-lived lock in Redis, so two gateways cannot both insert the same key.
   */
  async append(code: string, incoming: readonly Readonly<Record<string, string | undefined>>[]): Promise<AppendOutcome> {
    return this.locked(code, async () => {
      const { catalog, rows } = await this.read(code);
      const keys = new Set(rows.map((r) => r[catalog.key]));
      for (const [i, row] of incoming.entries()) {
        // checkAppendedRows has already refused a row without its key.
        const value = row[catalog.key] ?? '';
        if (keys.has(value)) return { MSG: `Data not insert: Record ${i + 1}: ${catalog.key} ${value} is duplicate`, Count: 0 };
        keys.add(value);
      }
      const complete = incoming.map((row) => Object.fromEntries(catalog.columns.map((c) => [c.PropertyCode, row[c.PropertyCode] ?? ''])));
      const appended = (await this.state.get<Record<string, string>[]>(rowsKey(code))) ?? [];
      await this.state.set(rowsKey(code), [...appended, ...complete]);
      return { MSG: 'Done', Count: complete.length };
    });
  }

  private async locked<T>(code: string, work: () => Promise<T>): Promise<T> {
    const token = this.ids.uuid();
    for (let attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
      if (await this.state.set(lockKey(code), token, { onlyIfAbsent: true, ttlSeconds: LOCK_TTL_SECONDS })) {
        try {
          return await work();
        } finally {
          if ((await this.state.get<string>(lockKey(code))) === token) await this.state.delete(lockKey(code));
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 10 + attempt));
    }
    throw new TransientError(`The catalogue ${code} is busy with another insert; try again`);
  }
}

function known(code: string): DmdcCatalog {
  const catalog = catalogByDmdcCode(code);
  // The schema's enum lets only known codes through; reaching this is a bug, not bad input.
  if (!catalog) throw new Error(`unknown dmdc catalogue ${code}`);
  return catalog;
}
