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
});
