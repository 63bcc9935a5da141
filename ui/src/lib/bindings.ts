// Generated from Rust by the views crate's test `typescript_bindings_are_current`; do not edit.

export type ErrorCode = "PACK_NOT_FOUND" | "PACK_INVALID" | "PACK_VERSION_UNSUPPORTED" | "PACK_CORRUPT" | "PACK_READ_FAILED" | "LESSON_NOT_FOUND" | "CURRICULUM_INVALID" | "SEARCH_FAILED" | "DB_CORRUPT" | "DB_TOO_NEW" | "DB_ERROR" | "DISK_FULL" | "PROFILE_EXISTS" | "PROFILE_NOT_FOUND" | "INVALID_INPUT" | "IO_ERROR" | "NO_LEARNER" | "WHICH_LEARNER" | "SAME_NAME" | "WHICH_TEACHER" | "CONFIRM_NEEDED" | "QUIZ_ABANDONED" | "QUIZ_ANSWERED" | "QUIZ_UNFINISHED" | "QUIZ_NOT_STARTED" | "QUESTION_NOT_FOUND" | "PIN_REQUIRED" | "PIN_WRONG" | "PIN_INVALID" | "PIN_LOCKED" | "PASSWORD_INVALID" | "PASSWORD_WRONG" | "NOT_AUTHORISED" | "CLASS_NOT_FOUND" | "GROUP_NOT_FOUND" | "NAME_REQUIRED" | "PACK_UNSIGNED" | "PACK_SIGNATURE_INVALID" | "PACK_KEY_UNTRUSTED" | "PACK_ROLLBACK" | "PROVISION_INVALID" | "SYNC_NOT_A_BUNDLE" | "SYNC_BUNDLE_DAMAGED" | "SYNC_BUNDLE_TAMPERED" | "SYNC_SCHEMA_NEWER" | "SYNC_SCHEMA_OLDER" | "SYNC_FOREIGN_SCHOOL" | "SYNC_NOT_PAIRED" | "SYNC_DEVICE_REMOVED" | "SYNC_CODE_INVALID" | "SYNC_NO_SCHOOL" | "LAN_UNREACHABLE" | "LAN_INTERRUPTED" | "LAN_SERVER_FAILED" | "RESPONSE_NOT_UNDERSTOOD" | "EVAL_SET_INVALID" | "EVAL_TARGET_MISSED" | "CHECKS_FAILED" | "CATALOG_INVALID" | "MODEL_NOT_FOUND" | "MODEL_INVALID" | "MODEL_UNSUPPORTED" | "MODEL_NOT_CHAT" | "MODEL_NO_SOURCE" | "MODEL_DOWNLOAD_FAILED" | "MODEL_CHECKSUM_MISMATCH" | "MODEL_CONVERT_FAILED" | "MODEL_TOO_LARGE" | "CPU_UNSUPPORTED" | "WORKER_MISSING" | "WORKER_CRASHED" | "TIMEOUT" | "NOT_LOADED" | "BAD_REQUEST" | "CONTEXT_OVERFLOW" | "TUTOR_FAILED" | "ASR_FAILED" | "AUDIO_NOT_FOUND" | "AUDIO_UNREADABLE" | "AUDIO_EMPTY" | "AUDIO_DAMAGED" | "NO_MICROPHONE" | "MICROPHONE_FAILED" | "RECORDING_EMPTY" | "RECORDING_NOT_SAVED" | "NOT_RECORDING" | "MATH_ZERO_DENOMINATOR" | "MATH_DIVISION_BY_ZERO" | "MATH_TOO_LARGE" | "MATH_NOT_WHOLE_NUMBERS" | "MATH_UNITS_MISMATCH" | "MATH_DIGIT_NOT_IN_NUMBER" | "SAFETY_LIST_UNKNOWN_SECTION" | "SAFETY_LIST_INVALID_LINE" | "INTERNAL";

export type AppError = { code: ErrorCode, message: string, };

export type LocaleInfo = { code: string, 
/**
 * The language's name in its own script.
 */
name: string, dir: string, };

export type Learner = { id: string, name: string, avatar: string | null, has_pin: boolean, locale: string, };

export type EngineState = { state: "absent" | "loading" | "ready" | "failed", 
/**
 * The model's id in the catalogue.
 */
model: string | null, 
/**
 * Why it failed, when it did.
 */
code: ErrorCode | null, };

export type Engines = { tutor: EngineState, speech: EngineState, 
/**
 * Counts the changes: the UI keeps the newest of a snapshot and the `engines` events,
 * whichever order they arrive in.
 */
version: number, };

export type Start = { 
/**
 * The language chosen on this laptop; none before the first run's choice.
 */
locale: string | null, locales: Array<LocaleInfo>, learners: Array<Learner>, learner: Learner | null, 
/**
 * Text size in percent.
 */
text_size: number, engines: Engines, };

export type LessonCard = { id: string, title: string, subject: string, grade: number, n_sections: number, sections_read: number, n_questions: number, best_correct: number | null, best_of: number | null, 
/**
 * Assigned by the learner's teacher; assigned lessons come first.
 */
assigned: boolean, 
/**
 * When the teacher wants it done (`YYYY-MM-DD`), and what the teacher wrote.
 */
due: string | null, note: string | null, 
/**
 * What the teacher asked for: `lesson`, `quiz` or `both`.
 */
part: string | null, 
/**
 * No longer in the installed lessons: kept from an older pack because it was assigned.
 */
archived: boolean, };

export type SubjectGroup = { subject: string, lessons: Array<LessonCard>, };

export type Inline = { text: string, strong: boolean, em: boolean, 
/**
 * Index of the glossary term this text is, if it is one.
 */
term: number | null, };

export type Block = { "kind": "paragraph", inlines: Array<Inline>, } | { "kind": "list", ordered: boolean, items: Array<Array<Inline>>, } | { "kind": "table", head: Array<Array<Inline>>, rows: Array<Array<Array<Inline>>>, };

export type SectionView = { id: string, heading: string, blocks: Array<Block>, is_example: boolean, };

export type GlossaryTerm = { term: string, definition: string, };

export type LessonView = { id: string, title: string, 
/**
 * The locale of this text (English when the lesson has none in the one asked for).
 */
locale: string, dir: string, objectives: Array<string>, 
/**
 * The locale of `sections`: Urdu (or English) when the lesson's text in `locale` has only
 * its title and objectives.
 */
body_locale: string, sections: Array<SectionView>, glossary: Array<GlossaryTerm>, 
/**
 * Locales the lesson is written in.
 */
locales: Array<string>, n_questions: number, 
/**
 * No longer in the installed lessons: read from an older pack kept in the archive.
 */
archived: boolean, };

export type QuizOption = { label: string, text: string, 
/**
 * What to send back as the response when this option is chosen.
 */
value: string, };

export type QuizQuestion = { id: string, kind: "choice" | "true-false" | "number", prompt: string, 
/**
 * The options of a choice question; `true` and `false` (text left to the UI) for a
 * true-or-false one; none for a number.
 */
options: Array<QuizOption>, unit: string | null, };

export type QuizView = { lesson_id: string, title: string, questions: Array<QuizQuestion>, };

export type Feedback = { correct: boolean, 
/**
 * The response in canonical form, as stored with the attempt.
 */
response: string, answer_text: string, explanation: string, 
/**
 * The `value` of the right option (`QuizOption::value`), so the screen can show it; none
 * for a number question.
 */
right_value: string | null, };

export type QuizResult = { attempt_id: string, n_correct: number, n_questions: number, };

export type Citation = { lesson_id: string, section: string, lesson_title: string, section_title: string, locale: string, };

export type Suggestion = { lesson_id: string, title: string, };

export type TutorPiece = { request: number, text: string, };

export type TutorReply = { request: number, answer: string, mode: "llm" | "curriculum" | "hint" | "blocked" | "out_of_scope" | "arithmetic", citations: Array<Citation>, 
/**
 * Lessons to look at when the lessons do not cover the question.
 */
suggestions: Array<Suggestion>, note: string | null, model: string | null, 
/**
 * The child pressed Stop: `answer` is what was written until then.
 */
stopped: boolean, };

export type MicLevel = { 
/**
 * 0 to 1.
 */
level: number, seconds: number, 
/**
 * The 60 s cap was reached; the recording stopped growing.
 */
capped: boolean, };

export type Transcript = { text: string, language: string, duration_s: number, };

export type ModelInfo = { id: string, role: string, name: string, file: string, size_bytes: number, sha256: string, license: string, languages: Array<string>, installed: boolean, 
/**
 * The catalogue's default for its role: missing, it is a problem; an optional model
 * that is not installed is simply not installed.
 */
default: boolean, };

export type DoctorCheck = { name: string, ok: boolean, 
/**
 * Ustad cannot work as installed while this check fails (others say how well it works).
 */
required: boolean, detail: string, };

export type Settings = { locale: string, text_size: number, threads: number, max_threads: number, models: Array<ModelInfo>, doctor: Array<DoctorCheck>, data_dir: string, 
/**
 * The content pack: id, version and number of lessons.
 */
pack: string, };

export type TeacherView = { id: string, name: string, };

export type ClassCard = { id: string, name: string, learners: number, needs_help: number, tutor_mode: "on" | "hints" | "off", daily_limit: number | null, };

export type HelpReason = { "kind": "repeated_wrong", lesson_id: string, question_id: string, times: number, } | { "kind": "low_score", lesson_id: string, percent: number, } | { "kind": "overdue", lesson_id: string, due: string, };

export type HelpItem = { class_id: string, class_name: string, learner_id: string, name: string, reason: HelpReason, };

export type ExchangeView = { id: string, learner_id: string, learner: string, lesson_id: string | null, question: string, answer: string, mode: string, citations: Array<string>, 
/**
 * Safety categories that flagged it.
 */
flags: Array<string>, at: string, marked_wrong: boolean, };

export type TeacherHome = { teacher: TeacherView, classes: Array<ClassCard>, needs_help: Array<HelpItem>, 
/**
 * The most recent flagged conversations of the teacher's learners.
 */
flagged: Array<ExchangeView>, };

export type GroupView = { id: string, name: string, };

export type LessonOption = { id: string, title: string, };

export type Status = "not_started" | "started" | "done";

export type HardQuestion = { lesson_id: string, lesson_title: string, question_id: string, question: string, answered: number, wrong: number, 
/**
 * Wrong responses (as the option's letter, `true`/`false` or the number) and how often.
 */
wrong_answers: Array<[string, number]>, };

export type AssignmentLine = { id: string, lesson_id: string, lesson_title: string, part: string, due: string | null, overdue: boolean, note: string | null, 
/**
 * Learners it applies to, by status.
 */
not_started: number, started: number, done: number, 
/**
 * The lesson is no longer in the installed pack; it is read from the archive.
 */
archived: boolean, };

export type LearnerLine = { id: string, name: string, avatar: string | null, 
/**
 * One per assignment of the report, in the same order; `None` where it is not theirs.
 */
statuses: Array<Status | null>, 
/**
 * The mean of their best score in each lesson whose quiz they took.
 */
average_score: number | null, minutes: number, last_activity: string | null, quiz_hints: number, tutor_questions: number, needs_help: boolean, };

export type Week = { 
/**
 * `YYYY-MM-DD` of the week's first day.
 */
start: string, minutes: number, attempts: number, };

export type LessonRef = { id: string, title: string, 
/**
 * No longer in the installed pack (kept in its archive).
 */
archived: boolean, };

export type NeedsHelp = { learner_id: string, name: string, reason: HelpReason, };

export type Uncovered = { 
/**
 * The latest way it was asked.
 */
question: string, times: number, learners: number, };

export type MarkedAnswer = { exchange_id: string, learner: string, question: string, answer: string, mode: string, note: string | null, };

export type ClassReport = { class_id: string, class_name: string, today: string, assignments: Array<AssignmentLine>, learners: Array<LearnerLine>, 
/**
 * How many learner × assigned quiz best scores fall in 0-19, 20-39, 40-59, 60-79, 80-100 %.
 */
score_bands: Array<number>, 
/**
 * Reading minutes and quiz attempts per week, oldest first, the last being this week.
 */
weekly: Array<Week>, 
/**
 * The lessons of the heat map's columns: those assigned or worked on in the class.
 */
lessons: Array<LessonRef>, 
/**
 * Best quiz score (percent) per learner and lesson; `None` where no attempt was made.
 */
heatmap: Array<Array<number | null>>, hard_questions: Array<HardQuestion>, needs_help: Array<NeedsHelp>, 
/**
 * What the learners asked the tutor that the lessons do not cover, grouped.
 */
not_covered: Array<Uncovered>, 
/**
 * Tutor answers the teacher marked wrong (kept for the content authors).
 */
marked_wrong: Array<MarkedAnswer>, };

export type ClassPage = { class: ClassCard, report: ClassReport, groups: Array<GroupView>, 
/**
 * Learners of this laptop in no class yet, who can be enrolled.
 */
unenrolled: Array<Learner>, lessons: Array<LessonOption>, };

export type LearnerReport = { learner_id: string, name: string, lessons: Array<LessonLine>, 
/**
 * Every quiz attempt, oldest first: progress over time.
 */
attempts: Array<AttemptPoint>, quiz_hints: number, tutor_questions: number, 
/**
 * Tutor questions answered with a quiz hint (the question was a quiz question).
 */
tutor_hints: number, };

export type LessonLine = { lesson_id: string, title: string, sections_read: number, sections: number, minutes: number, attempts: number, best: number | null, last: string | null, 
/**
 * No longer in the installed pack (kept in its archive).
 */
archived: boolean, };

export type AttemptPoint = { date: string, lesson_id: string, percent: number, };

export type UsbDrive = { path: string, label: string, };

export type DeviceRow = { device_id: string, label: string, 
/**
 * `teacher` or `learner`.
 */
role: string, class_name: string | null, 
/**
 * When its last sync file was collected here (RFC 3339), if ever.
 */
last_sync: string | null, 
/**
 * Records this laptop holds that it has not received yet.
 */
lacking: number, removed: boolean, };

export type ConflictRow = { 
/**
 * What it is about: a learner's or a class's name.
 */
subject: string, field: string, kept: string, other: string, at: string, };

export type SyncPage = { devices: Array<DeviceRow>, drives: Array<UsbDrive>, 
/**
 * The addresses learners can type while sync on this network is on.
 */
serving: Array<string>, conflicts: Array<ConflictRow>, };

export type SyncOutcome = { file: string, 
/**
 * The laptop it came from or goes to.
 */
laptop: string, 
/**
 * What it carried ("2 quiz attempts, one lesson assigned"), or why it was refused.
 */
words: string, error: ErrorCode | null, };

export type LearnerSync = { 
/**
 * This laptop has joined a class (it knows the teacher's laptop).
 */
joined: boolean, 
/**
 * The code typed, before the teacher's laptop has answered.
 */
pending_code: string | null, drives: Array<UsbDrive>, };

export type SyncDone = { sent: string, received: string, joined: boolean, 
/**
 * Files on the stick that were refused, with why.
 */
refused: Array<SyncOutcome>, };

export type JoinCode = { code: string, qr: Array<Array<boolean>>, };

export type SyncProgress = { done: number, total: number, };

export type UsbUpdate = { packs: Array<UsbOffer>, installers: Array<UsbInstaller>, 
/**
 * Something would be installed by "Install the updates".
 */
can_apply: boolean, };

export type UsbOffer = { path: string, 
/**
 * The file's name.
 */
name: string, drive: string, 
/**
 * `lessons` (a content pack) or `models` (a model pack).
 */
kind: string, 
/**
 * The pack's id, or the model pack's name.
 */
title: string, version: string, 
/**
 * The version of this content pack installed now.
 */
installed: string | null, 
/**
 * `new`, `newer`, `same`, `older`, `superseded` or `refused`.
 */
change: string, 
/**
 * Lessons it adds, no longer has (kept with their work) and changes, by title.
 */
added: Array<string>, removed: Array<string>, updated: Array<string>, 
/**
 * For a model pack: its models.
 */
models: Array<UsbModel>, 
/**
 * Why it is refused (unsigned, changed, an unknown key, unreadable).
 */
refused: AppError | null, };

export type UsbModel = { id: string, mb: number, 
/**
 * This laptop has the same file already.
 */
installed: boolean, };

export type UsbInstaller = { path: string, name: string, drive: string, version: string, 
/**
 * The version running now.
 */
running: string, 
/**
 * `newer`, `same`, `older` or `refused`.
 */
change: string, refused: AppError | null, };

export type PackInstalled = { pack_id: string, version: string, replaced: string | null, 
/**
 * How many lessons the new version no longer has (kept in the archive for the work and
 * assignments that name them).
 */
archived: number, 
/**
 * For a model pack: the models installed (their catalogue ids); empty for lessons.
 */
models: Array<string>, };

/** The Fluent message that explains each error code. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  PACK_NOT_FOUND: "error-pack-not-found",
  PACK_INVALID: "error-pack-invalid",
  PACK_VERSION_UNSUPPORTED: "error-pack-version",
  PACK_CORRUPT: "error-pack-corrupt",
  PACK_READ_FAILED: "error-pack-read-failed",
  LESSON_NOT_FOUND: "error-lesson-not-found",
  CURRICULUM_INVALID: "error-curriculum-invalid",
  SEARCH_FAILED: "error-search-failed",
  DB_CORRUPT: "error-db-corrupt",
  DB_TOO_NEW: "error-db-too-new",
  DB_ERROR: "error-db-error",
  DISK_FULL: "error-disk-full",
  PROFILE_EXISTS: "error-profile-exists",
  PROFILE_NOT_FOUND: "error-profile-not-found",
  INVALID_INPUT: "error-invalid-input",
  IO_ERROR: "error-io",
  NO_LEARNER: "error-no-learner",
  WHICH_LEARNER: "error-which-learner",
  SAME_NAME: "error-same-name",
  WHICH_TEACHER: "error-which-teacher",
  CONFIRM_NEEDED: "error-confirm-needed",
  QUIZ_ABANDONED: "error-quiz-abandoned",
  QUIZ_ANSWERED: "error-quiz-answered",
  QUIZ_UNFINISHED: "error-quiz-unfinished",
  QUIZ_NOT_STARTED: "error-quiz-not-started",
  QUESTION_NOT_FOUND: "error-question-not-found",
  PIN_REQUIRED: "error-pin-required",
  PIN_WRONG: "error-pin-wrong",
  PIN_INVALID: "error-pin-invalid",
  PIN_LOCKED: "error-pin-locked",
  PASSWORD_INVALID: "error-password-invalid",
  PASSWORD_WRONG: "error-password-wrong",
  NOT_AUTHORISED: "error-not-authorised",
  CLASS_NOT_FOUND: "error-class-not-found",
  GROUP_NOT_FOUND: "error-group-not-found",
  NAME_REQUIRED: "error-name-required",
  PACK_UNSIGNED: "error-pack-unsigned",
  PACK_SIGNATURE_INVALID: "error-pack-signature-invalid",
  PACK_KEY_UNTRUSTED: "error-pack-key-untrusted",
  PACK_ROLLBACK: "error-pack-rollback",
  PROVISION_INVALID: "error-provision-invalid",
  SYNC_NOT_A_BUNDLE: "error-sync-not-a-bundle",
  SYNC_BUNDLE_DAMAGED: "error-sync-bundle-damaged",
  SYNC_BUNDLE_TAMPERED: "error-sync-bundle-tampered",
  SYNC_SCHEMA_NEWER: "error-sync-schema-newer",
  SYNC_SCHEMA_OLDER: "error-sync-schema-older",
  SYNC_FOREIGN_SCHOOL: "error-sync-foreign-school",
  SYNC_NOT_PAIRED: "error-sync-not-paired",
  SYNC_DEVICE_REMOVED: "error-sync-device-removed",
  SYNC_CODE_INVALID: "error-sync-code-invalid",
  SYNC_NO_SCHOOL: "error-sync-no-school",
  LAN_UNREACHABLE: "error-lan-unreachable",
  LAN_INTERRUPTED: "error-lan-interrupted",
  LAN_SERVER_FAILED: "error-lan-server-failed",
  RESPONSE_NOT_UNDERSTOOD: "error-response-not-understood",
  EVAL_SET_INVALID: "error-eval-set-invalid",
  EVAL_TARGET_MISSED: "error-eval-target-missed",
  CHECKS_FAILED: "error-checks-failed",
  CATALOG_INVALID: "error-catalog-invalid",
  MODEL_NOT_FOUND: "error-model-not-found",
  MODEL_INVALID: "error-model-invalid",
  MODEL_UNSUPPORTED: "error-model-unsupported",
  MODEL_NOT_CHAT: "error-model-not-chat",
  MODEL_NO_SOURCE: "error-model-no-source",
  MODEL_DOWNLOAD_FAILED: "error-model-download",
  MODEL_CHECKSUM_MISMATCH: "error-model-checksum",
  MODEL_CONVERT_FAILED: "error-model-convert-failed",
  MODEL_TOO_LARGE: "error-model-too-large",
  CPU_UNSUPPORTED: "error-cpu-unsupported",
  WORKER_MISSING: "error-worker-missing",
  WORKER_CRASHED: "error-worker-crashed",
  TIMEOUT: "error-timeout",
  NOT_LOADED: "error-not-loaded",
  BAD_REQUEST: "error-bad-request",
  CONTEXT_OVERFLOW: "error-context-overflow",
  TUTOR_FAILED: "error-tutor-failed",
  ASR_FAILED: "error-asr-failed",
  AUDIO_NOT_FOUND: "error-asr-audio-not-found",
  AUDIO_UNREADABLE: "error-audio-unreadable",
  AUDIO_EMPTY: "error-audio-empty",
  AUDIO_DAMAGED: "error-audio-damaged",
  NO_MICROPHONE: "error-no-microphone",
  MICROPHONE_FAILED: "error-microphone-failed",
  RECORDING_EMPTY: "error-recording-empty",
  RECORDING_NOT_SAVED: "error-recording-not-saved",
  NOT_RECORDING: "error-not-recording",
  MATH_ZERO_DENOMINATOR: "math-error-zero-denominator",
  MATH_DIVISION_BY_ZERO: "math-error-division-by-zero",
  MATH_TOO_LARGE: "math-error-too-large",
  MATH_NOT_WHOLE_NUMBERS: "math-error-not-whole-numbers",
  MATH_UNITS_MISMATCH: "math-error-units-mismatch",
  MATH_DIGIT_NOT_IN_NUMBER: "math-error-digit-not-in-number",
  SAFETY_LIST_UNKNOWN_SECTION: "error-safety-list-unknown-section",
  SAFETY_LIST_INVALID_LINE: "error-safety-list-invalid-line",
  INTERNAL: "error-internal",
};

/** The profile pictures (the learner database stores the picture) and their names' message ids. */
export const AVATARS = [
  { emoji: "🦁", name: "avatar-lion" },
  { emoji: "🐯", name: "avatar-tiger" },
  { emoji: "🐘", name: "avatar-elephant" },
  { emoji: "🦜", name: "avatar-parrot" },
  { emoji: "🐢", name: "avatar-turtle" },
  { emoji: "🌻", name: "avatar-sunflower" },
  { emoji: "🚀", name: "avatar-rocket" },
  { emoji: "⚽", name: "avatar-football" },
] as const;
