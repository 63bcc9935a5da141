//! The chat log and how a streamed tutor answer is put together: `tutor-piece` events of the
//! pending request are appended to its bubble, pieces of any other request are ignored, and the
//! final `TutorReply` replaces the streamed text.

import type { AppError, Citation, TutorPiece, TutorReply } from "./bindings";

export interface Bubble {
  id: number;
  role: "child" | "tutor";
  text: string;
  /** The language the question was asked in (the UI's at the time). */
  lang: string;
  /** The `tutor_ask` request this tutor bubble answers. */
  request: number | null;
  streaming: boolean;
  mode: TutorReply["mode"] | null;
  citations: Citation[];
  note: string | null;
  stopped: boolean;
  error: AppError | null;
}

let lastId = 0;
function bubble(fields: Partial<Bubble> & Pick<Bubble, "role">): Bubble {
  lastId += 1;
  return {
    id: lastId,
    text: "",
    lang: "en",
    request: null,
    streaming: false,
    mode: null,
    citations: [],
    note: null,
    stopped: false,
    error: null,
    ...fields,
  };
}

let lastRequest = 0;
/** A new request id, larger than every earlier one. */
export function nextRequestId(): number {
  lastRequest += 1;
  return lastRequest;
}

/** The child's question and an empty, streaming tutor bubble for `request`. */
export function asked(log: Bubble[], request: number, text: string, lang = "en"): Bubble[] {
  return [...log, bubble({ role: "child", text, lang }), bubble({ role: "tutor", request, streaming: true, lang })];
}

function update(log: Bubble[], request: number, change: (b: Bubble) => Bubble): Bubble[] {
  const at = log.findIndex((b) => b.role === "tutor" && b.request === request && b.streaming);
  if (at < 0) return log;
  const copy = log.slice();
  copy[at] = change(log[at]);
  return copy;
}

/** Appends a piece to its streaming bubble; a stale or unknown request leaves `log` as it is. */
export function pieceArrived(log: Bubble[], piece: TutorPiece): Bubble[] {
  return update(log, piece.request, (b) => ({ ...b, text: b.text + piece.text }));
}

/** The finished reply: its answer replaces the pieces (a stopped reply keeps what had come). */
export function replied(log: Bubble[], reply: TutorReply): Bubble[] {
  return update(log, reply.request, (b) => ({
    ...b,
    text: reply.stopped && reply.answer.trim() === "" ? b.text : reply.answer,
    streaming: false,
    mode: reply.mode,
    citations: reply.citations,
    note: reply.note,
    stopped: reply.stopped,
  }));
}

export function failed(log: Bubble[], request: number, error: AppError): Bubble[] {
  return update(log, request, (b) => ({ ...b, streaming: false, error }));
}
