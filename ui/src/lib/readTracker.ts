//! When a lesson section counts as read: it was on screen for `READ_AFTER_MS`, or the learner
//! scrolled past it after at least `MIN_SCROLLED_MS`. Each section is reported once, with the
//! seconds it was visible.

export const READ_AFTER_MS = 10_000;
export const MIN_SCROLLED_MS = 2_000;

export class ReadTracker {
  private visibleSince = new Map<string, number>();
  private reported = new Set<string>();

  constructor(private readonly report: (section: string, seconds: number) => void) {}

  visible(section: string, now: number): void {
    if (!this.reported.has(section) && !this.visibleSince.has(section)) this.visibleSince.set(section, now);
  }

  /** The section left the screen; `scrolledPast` when it left over the top edge. */
  hidden(section: string, now: number, scrolledPast: boolean): void {
    const since = this.visibleSince.get(section);
    this.visibleSince.delete(section);
    if (since !== undefined && scrolledPast && now - since >= MIN_SCROLLED_MS) this.send(section, now - since);
  }

  /** Called every second or so: reports sections that have been visible long enough. */
  tick(now: number): void {
    for (const [section, since] of [...this.visibleSince]) {
      if (now - since >= READ_AFTER_MS) {
        this.visibleSince.delete(section);
        this.send(section, now - since);
      }
    }
  }

  private send(section: string, ms: number): void {
    if (this.reported.has(section)) return;
    this.reported.add(section);
    this.report(section, Math.max(1, Math.round(ms / 1000)));
  }
}
