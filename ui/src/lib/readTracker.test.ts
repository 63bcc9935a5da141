import { describe, expect, it } from "vitest";
import { MIN_SCROLLED_MS, READ_AFTER_MS, ReadTracker } from "./readTracker";

function tracker() {
  const reports: [string, number][] = [];
  return { reports, tracker: new ReadTracker((section, seconds) => reports.push([section, seconds])) };
}

describe("reading", () => {
  it("reports a section visible long enough, once", () => {
    const { reports, tracker: t } = tracker();
    t.visible("intro", 0);
    t.tick(READ_AFTER_MS - 1);
    expect(reports).toEqual([]);
    t.tick(READ_AFTER_MS);
    t.tick(READ_AFTER_MS * 3);
    t.hidden("intro", READ_AFTER_MS * 3, true);
    t.visible("intro", READ_AFTER_MS * 4);
    t.tick(READ_AFTER_MS * 6);
    expect(reports).toEqual([["intro", 10]]);
  });

  it("reports a section scrolled past after a while, but not one skimmed or left downwards", () => {
    const { reports, tracker: t } = tracker();
    t.visible("a", 0);
    t.hidden("a", MIN_SCROLLED_MS + 1500, true);
    t.visible("b", 0);
    t.hidden("b", MIN_SCROLLED_MS - 1, true);
    t.visible("c", 0);
    t.hidden("c", 5000, false);
    expect(reports).toEqual([["a", 4]]);
  });

  it("counts the last sections, which can never be scrolled past, once the lesson's end is reached", () => {
    // A lesson of six sections read to the end: the last two stay on screen together.
    const { reports, tracker: t } = tracker();
    let now = 0;
    for (const section of ["s1", "s2", "s3", "s4"]) {
      t.visible(section, now);
      now += 4000;
      t.hidden(section, now, true);
    }
    t.visible("s5", now);
    t.visible("s6", now);
    t.tick(now + MIN_SCROLLED_MS - 1, true);
    expect(reports.length).toBe(4);
    t.tick(now + MIN_SCROLLED_MS, true);
    expect(reports.map(([s]) => s)).toEqual(["s1", "s2", "s3", "s4", "s5", "s6"]);
  });

  it("counts what was on screen for a while when the learner leaves the lesson", () => {
    const { reports, tracker: t } = tracker();
    t.visible("a", 0);
    t.visible("b", 1500);
    t.finish(3000);
    expect(reports).toEqual([["a", 3]]);
    t.tick(60_000);
    expect(reports.length).toBe(1);
  });
});
