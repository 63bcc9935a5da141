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
  ClassCard,
  ClassPage,
  ExchangeView,
  GroupView,
  LearnerReport,
  TeacherHome,
  TeacherView,
  JoinCode,
  LearnerSync,
  SyncDone,
  SyncOutcome,
  SyncPage,
  SyncProgress,
  UsbUpdate,
  PackInstalled,
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
  // The teacher's commands: the backend checks the signed-in teacher on every one.
  teacherExists: () => call<boolean>("teacher_exists"),
  teacherSignIn: (name: string, password: string, create: boolean) =>
    call<TeacherView>("teacher_sign_in", { name, password, create }),
  teacherSignOut: () => call<null>("teacher_sign_out"),
  teacherHome: () => call<TeacherHome>("teacher_home"),
  classCreate: (name: string) => call<ClassCard>("class_create", { name }),
  classPage: (classId: string) => call<ClassPage>("class_page", { classId }),
  classEnrol: (classId: string, learnerIds: string[], groupId: string | null) =>
    call<null>("class_enrol", { classId, learnerIds, groupId }),
  classAddGroup: (classId: string, name: string) => call<GroupView>("class_add_group", { classId, name }),
  assign: (a: {
    classId: string;
    lessonId: string;
    part: string;
    groupId: string | null;
    learnerId: string | null;
    due: string | null;
    note: string | null;
  }) => call<null>("assign", a),
  classTutor: (classId: string, mode: string, dailyLimit: number | null) =>
    call<null>("class_tutor", { classId, mode, dailyLimit }),
  classConversations: (classId: string, learnerId: string | null) =>
    call<ExchangeView[]>("class_conversations", { classId, learnerId }),
  markAnswerWrong: (exchangeId: string, note: string | null) => call<null>("mark_answer_wrong", { exchangeId, note }),
  classExport: (classId: string, format: "csv" | "pdf") => call<string>("class_export", { classId, format }),
  learnerReport: (learnerId: string) => call<LearnerReport>("learner_report", { learnerId }),
  learnerResetPin: (learnerId: string, pin: string | null) => call<null>("learner_reset_pin", { learnerId, pin }),
  learnerErase: (learnerId: string) => call<null>("learner_erase", { learnerId }),
  // Sync between laptops (the teacher's side needs the signed-in teacher).
  syncPage: () => call<SyncPage>("sync_page"),
  syncCollectUsb: (drive: string) => call<SyncOutcome[]>("sync_collect_usb", { drive }),
  syncSendUsb: (drive: string) => call<SyncOutcome[]>("sync_send_usb", { drive }),
  syncLanStart: () => call<string[]>("sync_lan_start"),
  syncLanStop: () => call<null>("sync_lan_stop"),
  syncRemoveDevice: (deviceId: string) => call<null>("sync_remove_device", { deviceId }),
  classJoinCode: (classId: string) => call<JoinCode>("class_join_code", { classId }),
  learnerSync: () => call<LearnerSync>("learner_sync"),
  syncJoin: (code: string) => call<string>("sync_join", { code }),
  syncWithUsb: (drive: string) => call<SyncDone>("sync_with_usb", { drive }),
  syncOnNetwork: (address: string | null) => call<SyncDone>("sync_on_network", { address }),
  usbUpdate: () => call<UsbUpdate>("usb_update"),
  usbUpdateApply: () => call<UsbUpdate>("usb_update_apply"),
  packInstall: (path: string) => call<PackInstalled>("pack_install", { path }),
  diagnosticsSave: () => call<string>("diagnostics_save"),
};

/** Subscribes to the `sync-progress` event (a network sync under way). */
export function onSyncProgress(handler: (progress: SyncProgress) => void): Promise<UnlistenFn> {
  return listen<SyncProgress>("sync-progress", (event) => handler(event.payload));
}

/** Subscribes to the `install-progress` event (a pack being checked and copied). */
export function onInstallProgress(handler: (progress: SyncProgress) => void): Promise<UnlistenFn> {
  return listen<SyncProgress>("install-progress", (event) => handler(event.payload));
}

/** Subscribes to the `engines` event. */
export function onEngines(handler: (engines: Engines) => void): Promise<UnlistenFn> {
  return listen<Engines>("engines", (event) => handler(event.payload));
}

/** Subscribes to the `tutor-piece` event. */
export function onTutorPiece(handler: (piece: TutorPiece) => void): Promise<UnlistenFn> {
  return listen<TutorPiece>("tutor-piece", (event) => handler(event.payload));
}
