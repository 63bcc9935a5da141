//! When a lesson section counts as read: it was on screen for `READ_AFTER_MS`, or the learner
//! scrolled past it after at least `MIN_SCROLLED_MS`, or it was on screen for `MIN_SCROLLED_MS`
//! at the end of the lesson (the last sections can never be scrolled past) or when the learner
//! left the lesson. Each section is reported once, with the seconds it was visible.

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

  /** Called every second or so: reports sections that have been visible long enough;
   * `atEnd` when the lesson is scrolled to its end (what shows then has been reached). */
  tick(now: number, atEnd = false): void {
    const enough = atEnd ? MIN_SCROLLED_MS : READ_AFTER_MS;
    for (const [section, since] of [...this.visibleSince]) {
      if (now - since >= enough) {
        this.visibleSince.delete(section);
        this.send(section, now - since);
      }
    }
  }

  /** The learner leaves the lesson: what was on screen long enough to read a little counts. */
  finish(now: number): void {
    for (const [section, since] of [...this.visibleSince]) {
      if (now - since >= MIN_SCROLLED_MS) this.send(section, now - since);
    }
    this.visibleSince.clear();
  }

  private send(section: string, ms: number): void {
    if (this.reported.has(section)) return;
    this.reported.add(section);
    this.report(section, Math.max(1, Math.round(ms / 1000)));
  }
}
