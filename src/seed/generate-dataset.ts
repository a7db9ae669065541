/**
 * The deterministic reference dataset: one seed (`SIM_SEED`) gives byte-identical citizens,
 * judicial records, enterprises and dossiers, and a different seed gives different ones. Each part
 * draws from its own fork of the seed, so adding a field to enterprises leaves citizens alone.
 * The named test persons are appended unchanged whatever the seed.
 */
import { toIsoDate } from '../core/dates/wire-dates';
import { SeededRandom } from '../core/random/seeded-random';
import { generateCitizens } from './generate-citizens';
import { generateEnterpriseDossiers } from './generate-enterprise-dossiers';
import { generateEnterprises } from './generate-enterprises';
import { generateJudicialRecords } from './generate-judicial-records';
import { addYears } from '../core/dates/iso-days';
import { reservedTestIdentifiers, TEST_CITIZENS, TEST_ENTERPRISES, TEST_JUDICIAL_RECORDS, TEST_PERSONS } from './test-persons';
import type { AdministrativeUnits, IsoDate, SeedDataset } from './types';
import { indexUnits } from './units-index';

export interface GenerateDatasetOptions {
  seed: number;
  units: AdministrativeUnits;
  /** Generated citizens, test persons not counted. Default 1200. */
  citizens?: number;
  /** Generated enterprises, test enterprises not counted. Default 600. */
  enterprises?: number;
  /**
   * The simulation's current day (ISO `YYYY-MM-DD`): ages, deaths and sentences are placed before
   * it and registration dossiers over the ten days ending on it. Default: today in Viet Nam. The
   * output is a function of seed, units, sizes and this day. The test persons' fixed dates (the
   * latest is a judgment of 2024-05-20) assume a day in 2025 or later.
   */
  today?: IsoDate;
}

export const DEFAULT_CITIZENS = 1200;
export const DEFAULT_ENTERPRISES = 600;

export function generateDataset(options: GenerateDatasetOptions): SeedDataset {
  const { seed, citizens: citizenCount = DEFAULT_CITIZENS, enterprises: enterpriseCount = DEFAULT_ENTERPRISES } = options;
  const today = options.today ?? toIsoDate(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today must be an ISO YYYY-MM-DD day, got ${today}`);
  for (const [name, value] of [
    ['citizens', citizenCount],
    ['enterprises', enterpriseCount],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number >= 0, got ${value}`);
  }
  const rng = new SeededRandom(seed);
  const units = indexUnits(options.units);
  const reserved = reservedTestIdentifiers();

  const citizens = generateCitizens({ rng: rng.fork('citizens'), units, today, count: citizenCount, reservedIds: reserved });
  const judicialRecords = generateJudicialRecords({ rng: rng.fork('judicial-records'), citizens, units, today });
  const barredIds = new Set(
    judicialRecords
      .filter((record) => record.positionBans.some((ban) => addYears(ban.fromDate, ban.durationYears) > today))
      .map((record) => record.citizenId),
  );
  const enterprises = generateEnterprises({
    rng: rng.fork('enterprises'),
    units,
    today,
    count: enterpriseCount,
    citizens,
    barredIds,
    reservedCodes: reserved,
    reservedNames: TEST_ENTERPRISES.map((e) => e.name),
  });
  const withDossiers = generateEnterpriseDossiers({ rng: rng.fork('enterprise-dossiers'), units, today, enterprises, citizens });

  return {
    seed,
    // Copies, so a caller that mutates its dataset cannot change the shared fixtures.
    citizens: [...citizens, ...structuredClone(TEST_CITIZENS)],
    judicialRecords: [...judicialRecords, ...structuredClone(TEST_JUDICIAL_RECORDS)],
    enterprises: [...withDossiers.enterprises, ...structuredClone(TEST_ENTERPRISES)],
    enterpriseDossiers: withDossiers.dossiers,
    testPersons: structuredClone(TEST_PERSONS),
  };
}
