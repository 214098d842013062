/**
 * The idempotency key of one ticket being taken down. Every submit of the same draft — a
 * double click, a retry after a lost answer, a resubmit after fixing a refused field — sends
 * the same key, so the API creates at most one ticket for it (a refused request stores
 * nothing, and the same key with changed input after a lost answer is the API's CONFLICT
 * rather than a second ticket). Only a created ticket ends the draft: the next one gets a
 * fresh key.
 */
export class IdempotentDraft {
  #key: string;
  #inFlight: Promise<unknown> | undefined;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {
    this.#key = newKey();
  }

  /** The key the next submit of this draft sends. */
  get key(): string {
    return this.#key;
  }

  /**
   * Runs `send` with the draft's key. While one submit is in flight a second one waits for
   * it instead of sending again; after a success the draft takes a fresh key, after a
   * failure it keeps this one for the retry.
   */
  async submit<Result>(send: (key: string) => Promise<Result>): Promise<Result> {
    // The same answer for a second click: nothing is sent twice.
    if (this.#inFlight) return this.#inFlight as Promise<Result>;
    const key = this.#key;
    const attempt = send(key);
    this.#inFlight = attempt;
    try {
      const result = await attempt;
      this.#key = this.newKey();
      return result;
    } finally {
      this.#inFlight = undefined;
    }
  }
}
