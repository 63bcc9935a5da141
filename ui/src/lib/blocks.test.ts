import { describe, expect, it } from "vitest";
import { pinIsValid } from "./avatars";
import { plainText, runsOf } from "./blocks";
import { megabytes, shortHash } from "./format";

const glossary = [{ term: "chlorophyll", definition: "The green substance in leaves." }];
const inline = (text: string, fields = {}) => ({ text, strong: false, em: false, term: null, ...fields });

describe("lesson text", () => {
  it("turns inlines into runs, with glossary terms", () => {
    const runs = runsOf(
      [inline("Leaves have "), inline("chlorophyll", { term: 0, strong: true }), inline(".", { term: 7 })],
      glossary,
    );
    expect(runs.map((r) => r.kind)).toEqual(["text", "term", "text"]);
    expect(runs[1]).toMatchObject({ text: "chlorophyll", strong: true, term: glossary[0] });
    expect(plainText([inline("a "), inline("b")])).toBe("a b");
  });
});

describe("small helpers", () => {
  it("shortens hashes and rounds sizes", () => {
    const hash = "a".repeat(30) + "b".repeat(34);
    expect(shortHash(hash)).toBe("aaaaaaaa…bbbbbbbb");
    expect(shortHash("abc")).toBe("abc");
    expect(megabytes(147_951_465)).toBe(148);
    expect(megabytes(10)).toBe(1);
    expect(megabytes(0)).toBe(0);
  });

  it("accepts no PIN or 4 to 8 digits", () => {
    expect(["", "1234", "12345678"].every(pinIsValid)).toBe(true);
    expect(["123", "123456789", "12a4", "١٢٣٤"].some(pinIsValid)).toBe(false);
  });
});
