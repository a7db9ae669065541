/**
 * How many bytes of large request bodies one process reads at a time. A body is read whole before
 * it is parsed, and while it is read it costs a few times its size (the chunks, the joined buffer,
 * the decoded text); fifty clients each sending a megabyte at once cost hundreds of megabytes. Large
 * bodies therefore take turns: past the budget a request waits, unread (TCP holds its bytes back),
 * until earlier ones are parsed. Small bodies — every real message — never wait.
 */
export class BodyBudget {
  private inFlight = 0;
  private readonly waiting: { bytes: number; start: () => void }[] = [];

  constructor(
    /** Bytes of large bodies read at once. */
    readonly maxBytes: number,
    /** Bodies up to this size are read at once, whatever the budget. */
    readonly smallBytes: number,
  ) {}

  /** Resolves when `bytes` may be read, with the function that gives them back (safe to call twice). */
  async acquire(bytes: number): Promise<() => void> {
    if (bytes <= this.smallBytes) return () => undefined;
    if (this.waiting.length === 0 && this.fits(bytes)) this.inFlight += bytes;
    // A waiter's bytes are counted when it is let in (admit), so the budget is never overdrawn.
    else await new Promise<void>((start) => this.waiting.push({ bytes, start }));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight -= bytes;
      this.admit();
    };
  }

  /** Bodies waiting for their turn (for tests and diagnostics). */
  get queued(): number {
    return this.waiting.length;
  }

  /** One body larger than the whole budget is still read, alone. */
  private fits(bytes: number): boolean {
    return this.inFlight === 0 || this.inFlight + bytes <= this.maxBytes;
  }

  private admit(): void {
    while (this.waiting.length > 0 && this.fits((this.waiting[0] as { bytes: number }).bytes)) {
      const next = this.waiting.shift() as { bytes: number; start: () => void };
      this.inFlight += next.bytes;
      next.start();
    }
  }
}
