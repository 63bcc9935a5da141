//! Helpers for showing a lesson's `Block`s and `Inline`s.

import type { GlossaryTerm, Inline } from "./bindings";

/** One run of text to show: plain (maybe bold or italic), or a glossary term. */
export type Run =
  | { kind: "text"; text: string; strong: boolean; em: boolean }
  | { kind: "term"; text: string; term: GlossaryTerm; strong: boolean; em: boolean };

/** Turns inlines into runs; a term index outside the glossary is shown as plain text. */
export function runsOf(inlines: Inline[], glossary: GlossaryTerm[]): Run[] {
  return inlines.map(({ text, strong, em, term }) => {
    const entry = term === null ? undefined : glossary[term];
    return entry ? { kind: "term", text, term: entry, strong, em } : { kind: "text", text, strong, em };
  });
}

/** The inlines as plain text. */
export function plainText(inlines: Inline[]): string {
  return inlines.map((inline) => inline.text).join("");
}
