import { beforeEach, describe, expect, it } from "vitest";
import { back, current, go, nav, reset } from "./nav.svelte";

describe("navigation", () => {
  beforeEach(() => reset());

  it("goes forward and back, never past Home", () => {
    go({ name: "lesson", id: "a" });
    go({ name: "quiz", lessonId: "a" });
    back();
    expect(current()).toMatchObject({ name: "lesson", id: "a" });
    back();
    back();
    expect(current()).toEqual({ name: "home" });
  });

  it("opens the tutor beside a lesson as a step of its own, and a citation in place", () => {
    go({ name: "lesson", id: "a" });
    go({ name: "lesson", id: "a", tutor: true });
    expect(nav.stack.length).toBe(3);
    go({ name: "lesson", id: "a", section: "s2" });
    expect(nav.stack.length).toBe(3);
    expect(current()).toMatchObject({ id: "a", section: "s2", tutor: true });
    go({ name: "lesson", id: "b", section: "s1" });
    expect(nav.stack.length).toBe(4);
    back();
    back();
    expect(current()).toMatchObject({ name: "lesson", id: "a" });
    expect(current()).not.toHaveProperty("tutor", true);
  });
});
