//! The tutor conversation, shared by the tutor screen and the panel beside a lesson, so it
//! survives moving between them. One question is answered at a time.

import { api, onTutorPiece, toAppError } from "./api";
import { locale } from "./locale.svelte";
import { asked, failed, nextRequestId, pieceArrived, replied, type Bubble } from "./tutorStream";

export const chat = $state({
  log: [] as Bubble[],
  /** The request being answered, if any. */
  pending: null as number | null,
  /** Whose conversation this is; another learner starts afresh. */
  learnerId: null as string | null,
});

let listening: Promise<unknown> | null = null;

function listenOnce(): Promise<unknown> {
  listening ??= onTutorPiece((piece) => {
    chat.log = pieceArrived(chat.log, piece);
  }).catch(() => {
    listening = null;
  });
  return listening;
}

/** Clears the conversation when the learner changed. */
export function chatFor(learnerId: string | null): void {
  if (chat.learnerId !== learnerId) {
    chat.log = [];
    chat.pending = null;
    chat.learnerId = learnerId;
  }
}

export async function ask(text: string, lessonId: string | null): Promise<void> {
  const question = text.trim();
  if (question === "" || chat.pending !== null) return;
  await listenOnce();
  const request = nextRequestId();
  chat.pending = request;
  chat.log = asked(chat.log, request, question, locale.code);
  try {
    chat.log = replied(chat.log, await api.tutorAsk(request, question, lessonId));
  } catch (error) {
    chat.log = failed(chat.log, request, toAppError(error));
  } finally {
    if (chat.pending === request) chat.pending = null;
  }
}

export async function stop(): Promise<void> {
  if (chat.pending === null) return;
  try {
    await api.tutorStop(chat.pending);
  } catch {
    // The pending tutor_ask still resolves or fails on its own.
  }
}
