// Generated from Rust by the views crate's test `typescript_bindings_are_current`; do not edit.

export type AppError = { code: string, message: string, };

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
 * Why it failed (an error code), when it did.
 */
code: string | null, };

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
assigned: boolean, };

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
locale: string, dir: string, objectives: Array<string>, sections: Array<SectionView>, glossary: Array<GlossaryTerm>, 
/**
 * Locales the lesson is written in.
 */
locales: Array<string>, n_questions: number, };

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
response: string, answer_text: string, explanation: string, };

export type GivenAnswer = { question_id: string, response: string, hint_used: boolean, };

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

export type ModelInfo = { id: string, role: string, name: string, file: string, size_bytes: number, sha256: string, license: string, languages: Array<string>, installed: boolean, };

export type DoctorCheck = { name: string, ok: boolean, detail: string, };

export type Settings = { locale: string, text_size: number, threads: number, max_threads: number, models: Array<ModelInfo>, doctor: Array<DoctorCheck>, data_dir: string, 
/**
 * The content pack: id, version and number of lessons.
 */
pack: string, };
