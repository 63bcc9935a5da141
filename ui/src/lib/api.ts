//! Typed calls to the Tauri commands and events of ui/CONTRACT.md. Every rejection becomes an
//! `AppError` (`toAppError`), whatever threw it.

import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type {
  AppError,
  Engines,
  Feedback,
  Learner,
  LessonView,
  MicLevel,
  QuizResult,
  QuizView,
  Settings,
  Start,
  SubjectGroup,
  Transcript,
  TutorPiece,
  TutorReply,
} from "./bindings";

/** Any thrown value as an `AppError`; unknown shapes become `INTERNAL`. */
export function toAppError(error: unknown): AppError {
  if (typeof error === "object" && error !== null && typeof (error as AppError).code === "string") {
    const { code, message } = error as AppError;
    return { code, message: typeof message === "string" ? message : "" };
  }
  return { code: "INTERNAL", message: String(error) };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toAppError(error);
  }
}

export const api = {
  start: () => call<Start>("start"),
  setLocale: (locale: string) => call<null>("set_locale", { locale }),
  createLearner: (name: string, avatar: string | null, pin: string | null) =>
    call<Learner>("create_learner", { name, avatar, pin }),
  chooseLearner: (id: string, pin: string | null) => call<Learner>("choose_learner", { id, pin }),
  home: () => call<SubjectGroup[]>("home"),
  lesson: (id: string, locale: string) => call<LessonView>("lesson", { id, locale }),
  sectionRead: (lessonId: string, section: string, seconds: number) =>
    call<null>("section_read", { lessonId, section, seconds }),
  quiz: (lessonId: string) => call<QuizView>("quiz", { lessonId }),
  quizHint: (lessonId: string, questionId: string) => call<string>("quiz_hint", { lessonId, questionId }),
  quizAnswer: (lessonId: string, questionId: string, response: string) =>
    call<Feedback>("quiz_answer", { lessonId, questionId, response }),
  quizFinish: (lessonId: string) => call<QuizResult>("quiz_finish", { lessonId }),
  tutorAsk: (request: number, text: string, lessonId: string | null) =>
    call<TutorReply>("tutor_ask", { request, text, lessonId }),
  tutorStop: (request: number) => call<null>("tutor_stop", { request }),
  micStart: () => call<null>("mic_start"),
  micLevel: () => call<MicLevel>("mic_level"),
  micStop: () => call<Transcript>("mic_stop"),
  micCancel: () => call<null>("mic_cancel"),
  engines: () => call<Engines>("engines"),
  settings: () => call<Settings>("settings"),
  setTextSize: (percent: number) => call<null>("set_text_size", { percent }),
  setThreads: (threads: number) => call<null>("set_threads", { threads }),
  uiReady: () => call<null>("ui_ready"),
};

/** Subscribes to the `engines` event. */
export function onEngines(handler: (engines: Engines) => void): Promise<UnlistenFn> {
  return listen<Engines>("engines", (event) => handler(event.payload));
}

/** Subscribes to the `tutor-piece` event. */
export function onTutorPiece(handler: (piece: TutorPiece) => void): Promise<UnlistenFn> {
  return listen<TutorPiece>("tutor-piece", (event) => handler(event.payload));
}
