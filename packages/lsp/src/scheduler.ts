/**
 * When to check a document after it changed: as soon as the client has stopped sending changes, with no fixed
 * delay. The JSON-RPC layer handles one queued message per turn of the event loop; a burst of keystrokes that
 * arrived together is therefore seen as changes landing turn after turn. The check waits while changes keep
 * landing (at most `maxWaitMs`), so a burst costs one check, and a single keystroke costs two turns of the loop.
 */
export class CheckScheduler {
  private readonly pending = new Set<string>();
  private changes = 0;
  private seen = 0;
  private ticking = false;
  private hops = 0;
  private since = 0;

  constructor(
    private readonly run: (uri: string) => void,
    private readonly maxWaitMs = 50,
  ) {}

  /** Every applied change counts, whichever document it was for. */
  noteChange(): void {
    this.changes++;
  }

  schedule(uri: string): void {
    this.pending.add(uri);
    if (this.ticking) return;
    this.ticking = true;
    this.hops = 0;
    this.seen = this.changes;
    this.since = performance.now();
    setImmediate(this.tick);
  }

  cancel(uri: string): void {
    this.pending.delete(uri);
  }

  private readonly tick = (): void => {
    // The first turn always yields: the next queued message is handled after our first turn, not before it.
    const busy = this.hops++ === 0 || this.changes !== this.seen;
    if (busy && performance.now() - this.since < this.maxWaitMs) {
      this.seen = this.changes;
      setImmediate(this.tick);
      return;
    }
    this.ticking = false;
    const uris = [...this.pending];
    this.pending.clear();
    for (const uri of uris) this.run(uri);
  };
}
