import { describe, expect, it } from "vitest";

/** Every component's source. */
const sources = import.meta.glob("../**/*.svelte", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

describe("text in the shipped fonts", () => {
  it("uses no `title` tooltips: the system draws them in its own font, without ے or ہ", () => {
    // An HTML element (lower-case tag) with a title attribute; components' `title` props are fine.
    const nativeTooltip = /<[a-z][a-z0-9-]*\b[^>]*\stitle=/;
    const offenders = Object.entries(sources)
      .filter(([, source]) => nativeTooltip.test(source.replace(/<script[\s\S]*?<\/script>/g, "")))
      .map(([path]) => path);
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });
});
