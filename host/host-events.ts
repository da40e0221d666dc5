// The host's side of waiting for events (vm-as/host-wait.ts, lib/_hostevents.py): the tokens
// handed out to Python for events it may wait for (an awaited JS Promise, a socket's data), the
// ones that fired since Python last asked, and a way for the host to await the next one.

export class HostEvents {
  private nextToken = 1;
  private readonly outstanding = new Set<number>();
  private fired: number[] = [];
  private wake: (() => void) | null = null;
  /** Set when the host answered a wait for events by giving up (a synchronous run cannot wait). */
  private failedWait = false;

  /** A token for an event that fires later, through fire(token). */
  issue(): number {
    const token = this.nextToken++;
    this.outstanding.add(token);
    return token;
  }

  /** Records that the event fired (once; later calls do nothing) and wakes a waiting host. */
  fire(token: number): void {
    if (!this.outstanding.delete(token)) return;
    this.fired.push(token);
    this.wake?.();
  }

  /** How many events may still fire. */
  get pending(): number {
    return this.outstanding.size;
  }

  /** Whether an event fired that Python has not collected yet. */
  get anyFired(): boolean {
    return this.fired.length > 0;
  }

  /** The tokens that fired since the last call, or null when the host could not wait for them. */
  take(): number[] | null {
    if (this.failedWait) {
      this.failedWait = false;
      return null;
    }
    const fired = this.fired;
    this.fired = [];
    return fired;
  }

  /** Records that a wait for events could not happen (take() then reports it to Python). */
  cannotWait(): void {
    this.failedWait = true;
  }

  /** Resolves after `seconds` (Infinity: never by itself) or as soon as an event fires. */
  waitFor(seconds: number): Promise<void> {
    if (this.anyFired) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = Number.isFinite(seconds) ? setTimeout(done, Math.min(seconds * 1000, 2 ** 31 - 1)) : undefined;
      const self = this;
      function done() {
        if (timer !== undefined) clearTimeout(timer);
        self.wake = null;
        resolve();
      }
      this.wake = done;
    });
  }

  /** Ends a pending waitFor early (interrupt(), close()). */
  wakeUp(): void {
    this.wake?.();
  }
}
