import type { StateStore } from '../../src/core/ports';
import type { Citizen, Gender, MaritalStatus } from '../../src/seed/types';

/** What the civil registry knows about a person; a Redis overlay over the read-only seed citizens. */
export interface RegisteredPerson {
  id: string;
  fullName: string;
  gender?: Gender;
  /** ISO `YYYY-MM-DD`. */
  birthDate?: string;
  maritalStatus: MaritalStatus;
  spouseId?: string;
  /** ISO `YYYY-MM-DD`. */
  deceasedOn?: string;
  fatherId?: string;
  motherId?: string;
}

const personKey = (id: string): string => `person:${id}`;

function fromCitizen(c: Citizen): RegisteredPerson {
  return {
    id: c.id,
    fullName: c.fullName,
    gender: c.gender,
    birthDate: c.birthDate,
    maritalStatus: c.maritalStatus,
    ...(c.spouseId ? { spouseId: c.spouseId } : {}),
    ...(c.deceasedOn ? { deceasedOn: c.deceasedOn } : {}),
    ...(c.fatherId ? { fatherId: c.fatherId } : {}),
    ...(c.motherId ? { motherId: c.motherId } : {}),
  };
}

/**
 * People by personal ID: the seeded citizens, overlaid by what registrations changed (a birth adds a
 * person, a death or a marriage changes one). The overlay lives in the civil registry's state under
 * `person:<id>`, so other backends can read it too, and a reset brings back the seeds.
 */
export class PersonDirectory {
  private readonly seeded: ReadonlyMap<string, Citizen>;

  constructor(
    citizens: readonly Citizen[],
    private readonly state: StateStore,
  ) {
    this.seeded = new Map(citizens.map((c) => [c.id, c]));
  }

  async find(id: string): Promise<RegisteredPerson | undefined> {
    const overlay = await this.state.get<RegisteredPerson>(personKey(id));
    if (overlay) return overlay;
    const citizen = this.seeded.get(id);
    return citizen ? fromCitizen(citizen) : undefined;
  }

  async exists(id: string): Promise<boolean> {
    return this.seeded.has(id) || (await this.state.get(personKey(id))) !== undefined;
  }

  async save(person: RegisteredPerson): Promise<void> {
    await this.state.set(personKey(person.id), person);
  }

  /** Reserves a new ID; false when it is taken. */
  async claim(person: RegisteredPerson): Promise<boolean> {
    if (this.seeded.has(person.id)) return false;
    return this.state.set(personKey(person.id), person, { onlyIfAbsent: true });
  }
}
