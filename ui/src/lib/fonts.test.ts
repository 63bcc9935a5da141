import { describe, expect, it } from "vitest";

/** Every component's source. */
const sources = import.meta.glob("../**/*.svelte", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

describe("text in the shipped fonts", () => {
  it("uses no `title` tooltips: the system draws them in its own font, without ے or ہ", () => {
    // An HTML element (a lower-case tag name and then a space) with a title attribute;
    // components' `title` props are fine (`<BarChart title=…>`, `<chart.default title=…>`).
    const nativeTooltip = /<[a-z][a-z0-9-]*(?=[\s/>])[^>]*\stitle=/;
    const offenders = Object.entries(sources)
      .filter(([, source]) => nativeTooltip.test(source.replace(/<script[\s\S]*?<\/script>/g, "")))
      .map(([path]) => path);
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });
});
