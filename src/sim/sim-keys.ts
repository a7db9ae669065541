import { hashTagged } from '../store/keys';

/** Redis keys of the simulation controls, under the app's hash-tagged prefix (one Cluster slot with the rest). */
export class SimKeys {
  private readonly prefix: string;

  constructor(prefix: string) {
    this.prefix = hashTagged(prefix);
  }

  /** Pub/sub channel announcing a change of clock, rules or reset epoch to every process. */
  channel(): string {
    return `${this.prefix}:sim:changed`;
  }
  /** Bumped on every change; processes poll it in case a pub/sub message was missed. */
  version(): string {
    return `${this.prefix}:sim:version`;
  }
  clock(): string {
    return `${this.prefix}:sim:clock`;
  }
  rules(): string {
    return `${this.prefix}:sim:rules`;
  }
  ruleSeq(): string {
    return `${this.prefix}:sim:rules:seq`;
  }
  ruleRemaining(): string {
    return `${this.prefix}:sim:rules:remaining`;
  }
  ruleHits(): string {
    return `${this.prefix}:sim:rules:hits`;
  }
  /** How many resets there have been; a process that sees it change restarts its id streams. */
  resetEpoch(): string {
    return `${this.prefix}:sim:reset-epoch`;
  }
  /** Held while a reset runs, so resets from any process run one at a time. */
  resetLock(): string {
    return `${this.prefix}:sim:reset-lock`;
  }
  /** Hands each process its own id stream number, so seeded ids never collide across processes. */
  idSlots(): string {
    return `${this.prefix}:sim:id-slots`;
  }
}
