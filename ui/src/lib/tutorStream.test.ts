import { describe, expect, it } from "vitest";
import type { AppError, TutorReply } from "./bindings";
import { asked, failed, nextRequestId, pieceArrived, replied } from "./tutorStream";

function reply(request: number, fields: Partial<TutorReply> = {}): TutorReply {
  return {
    request,
    answer: "Leaves are green because of chlorophyll.",
    mode: "llm",
    citations: [],
    suggestions: [],
    note: null,
    model: "m",
    stopped: false,
    ...fields,
  };
}

describe("tutor stream", () => {
  it("numbers requests upwards", () => {
    const first = nextRequestId();
    expect(nextRequestId()).toBeGreaterThan(first);
  });

  it("appends pieces of the pending request and ignores stale ones", () => {
    let log = asked([], 1, "Why are leaves green?");
    log = replied(pieceArrived(log, { request: 1, text: "Old" }), reply(1));
    log = asked(log, 2, "And roots?");
    const before = log;
    log = pieceArrived(log, { request: 1, text: "late piece" });
    expect(log).toBe(before);
    log = pieceArrived(log, { request: 2, text: "Roots " });
    log = pieceArrived(log, { request: 2, text: "drink water." });
    expect(log.at(-1)).toMatchObject({ role: "tutor", text: "Roots drink water.", streaming: true });
    expect(log[1].text).toBe("Leaves are green because of chlorophyll.");
    log = pieceArrived(log, { request: 99, text: "x" });
    expect(log.at(-1)?.text).toBe("Roots drink water.");
  });

  it("replaces the streamed text with the reply, its mode, citations and note", () => {
    const citation = { lesson_id: "l", section: "s", lesson_title: "L", section_title: "S", locale: "ur" };
    let log = pieceArrived(asked([], 5, "q"), { request: 5, text: "partial" });
    log = replied(log, reply(5, { answer: "Final.", mode: "curriculum", citations: [citation], note: "n" }));
    expect(log[1]).toMatchObject({
      text: "Final.",
      streaming: false,
      mode: "curriculum",
      citations: [citation],
      note: "n",
    });
    expect(log[0]).toMatchObject({ role: "child", text: "q" });
  });

  it("keeps what was written when stopped with an empty answer, and shows errors", () => {
    let log = pieceArrived(asked([], 7, "q"), { request: 7, text: "Half an answer" });
    log = replied(log, reply(7, { answer: "", stopped: true }));
    expect(log[1]).toMatchObject({ text: "Half an answer", stopped: true, streaming: false });
    const error: AppError = { code: "TUTOR_FAILED", message: "" };
    log = failed(asked(log, 8, "again"), 8, error);
    expect(log.at(-1)).toMatchObject({ streaming: false, error });
  });
});
