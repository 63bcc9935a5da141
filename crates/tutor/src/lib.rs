//! The tutor. One pipeline, each step its own module:
//! understand the question once (script, Roman Urdu, folded words, stems: [`understand`]) →
//! decide the route (blocked, hint, arithmetic, out of scope, grounded answer: [`route`]) →
//! retrieve the lesson passage and judge whether it covers the question ([`retrieve`]) →
//! answer (quoted from the lesson: [`compose`], [`quote`]; computed exactly: [`arithmetic`];
//! written by the model: [`llm`]) → check every sentence the model writes against the passage
//! before the child sees it ([`check`]) → the caller records the exchange with its [`Audit`].
//!
//! The rule: every sentence the child sees is quoted from the lesson, checked against it, or
//! computed exactly; otherwise the tutor says honestly that it does not know. This crate knows
//! nothing of llama.cpp or of processes.

mod arithmetic;
mod check;
mod compose;
mod defines;
mod explains;
mod lists;
mod llm;
mod quote;
mod retrieve;
mod route;
mod scope;
mod understand;

use llm_protocol::ErrorCode;
use pack::Pack;
use serde::Serialize;

pub use check::{Support, Verdict};
pub use compose::quiz_match;
pub use llm::{GenerateError, Generator, Turn, MAX_ANSWER_TOKENS};
pub use scope::Coverage;
pub use understand::{quiz_request, QuizRequest};

#[derive(Debug, thiserror::Error)]
pub enum TutorError {
    #[error(transparent)]
    Pack(#[from] pack::PackError),
    #[error(transparent)]
    Search(#[from] search::SearchError),
    /// The model stopped with an error; `partial` is what the tutor had when it did, for the
    /// teacher's audit view (the child is told the tutor could not answer).
    #[error("{source}")]
    Generate { source: GenerateError, partial: Box<Reply> },
}

impl From<GenerateError> for TutorError {
    fn from(source: GenerateError) -> TutorError {
        let mut partial = Reply::new(String::new(), Mode::Llm);
        partial.audit.error_code = Some(source.code);
        TutorError::Generate { source, partial: Box::new(partial) }
    }
}

impl TutorError {
    pub fn code(&self) -> ErrorCode {
        match self {
            TutorError::Pack(e) => e.code(),
            TutorError::Search(_) => ErrorCode::SearchFailed,
            TutorError::Generate { source, .. } => match source.code {
                code @ (ErrorCode::WorkerCrashed
                | ErrorCode::WorkerMissing
                | ErrorCode::Timeout
                | ErrorCode::ContextOverflow
                | ErrorCode::ModelNotChat
                | ErrorCode::ModelTooLarge
                | ErrorCode::CpuUnsupported) => code,
                _ => ErrorCode::TutorFailed,
            },
        }
    }
}

pub type Result<T> = std::result::Result<T, TutorError>;

/// How an answer was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Written by the local language model from a lesson passage, every sentence checked.
    Llm,
    /// Quoted from the lesson, in the child's language.
    Curriculum,
    /// The question is one of the quiz questions of the open lesson: its hint, not its answer.
    Hint,
    /// The safety filter stopped the message.
    Blocked,
    /// The lessons do not cover the question: an honest reply with lessons to look at.
    OutOfScope,
    /// A Grade 5 arithmetic problem, computed exactly with its steps.
    Arithmetic,
    /// The teacher has turned the tutor off, or the day's questions are used up: a kind
    /// message, no answer.
    Closed,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Llm => "llm",
            Mode::Curriculum => "curriculum",
            Mode::Hint => "hint",
            Mode::Blocked => "blocked",
            Mode::OutOfScope => "out_of_scope",
            Mode::Arithmetic => "arithmetic",
            Mode::Closed => "closed",
        }
    }
}

/// A lesson section the answer is grounded in; the app opens it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Citation {
    pub lesson_id: String,
    pub section: String,
    pub lesson_title: String,
    pub section_title: String,
    pub locale: String,
}

/// A lesson the child may look at when the lessons do not answer the question.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Suggestion {
    pub lesson_id: String,
    pub title: String,
}

/// The model that wrote an answer.
#[derive(Debug, Clone, Serialize)]
pub struct ModelRef {
    pub id: String,
    pub sha256: String,
}

/// A sentence the model wrote that the child did not see, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dropped {
    pub text: String,
    /// `unsupported` (its words are not in the passage), `number` or `name` (one the passage
    /// does not hold), `question` (the tutor asks its own), `cut` (the token budget ended it).
    pub reason: &'static str,
}

/// What the teacher's audit view needs beyond the answer: how the tutor decided, and what the
/// check removed.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Audit {
    /// The question was Roman Urdu; this is the Urdu-script text the tutor understood.
    pub transliteration: Option<String>,
    /// How much of the question the chosen passage covers (0..1), when retrieval ran.
    pub coverage: Option<f64>,
    /// The question asks why, who, when, where or how many.
    pub asks: Option<curriculum::Asks>,
    /// How well the lesson's statement of that fact matches the question (0..1), when it asks one.
    pub explained: Option<f64>,
    /// Model sentences shown to the child.
    pub sentences_released: u32,
    /// Model sentences held back by the check.
    pub dropped: Vec<Dropped>,
    /// The model's answer did not survive the check: the lesson is quoted instead.
    pub fell_back: bool,
    /// The model stopped with this error code (WORKER_CRASHED, ...).
    pub error_code: Option<llm_protocol::ErrorCode>,
}

/// Why an answer is in curriculum mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CurriculumReason {
    NoModel,
    /// The model cannot really write the child's language.
    Language,
    /// A model is installed but no engine runs it on this laptop.
    NoEngine,
    /// The teacher allows quotes and hints only.
    Teacher,
}

/// Why the tutor does not answer at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    /// The teacher has turned the tutor off for the class.
    Off,
    /// The learner has asked the day's number of questions the teacher allows.
    Limit(u32),
}

/// A child's question.
#[derive(Debug, Clone)]
pub struct Question<'a> {
    pub text: &'a str,
    /// The lesson the child has open, if any.
    pub lesson_id: Option<&'a str>,
    pub locale: &'a str,
}

/// The tutor's answer with everything the audit view and `--json` need.
#[derive(Debug, Clone, Serialize)]
pub struct Reply {
    pub answer: String,
    pub citations: Vec<Citation>,
    pub mode: Mode,
    pub model: Option<ModelRef>,
    pub prompt_tokens: u32,
    /// Prompt tokens reused from the previous turn's KV cache.
    pub cached_tokens: u32,
    pub generated_tokens: u32,
    pub ttft_ms: Option<f64>,
    pub decode_tokens_per_s: Option<f64>,
    pub flags: Vec<safety::Flag>,
    /// Why the tutor answered the way it did, for the child (translated).
    pub note: Option<String>,
    /// Lessons to look at, for an out-of-scope question.
    pub suggestions: Vec<Suggestion>,
    /// The exact result of an arithmetic problem ("7/8").
    pub result: Option<String>,
    pub audit: Audit,
}

impl Reply {
    pub(crate) fn new(answer: String, mode: Mode) -> Reply {
        Reply {
            answer,
            citations: Vec::new(),
            mode,
            model: None,
            prompt_tokens: 0,
            cached_tokens: 0,
            generated_tokens: 0,
            ttft_ms: None,
            decode_tokens_per_s: None,
            flags: Vec::new(),
            note: None,
            suggestions: Vec::new(),
            result: None,
            audit: Audit::default(),
        }
    }
}

/// The tutor over one content pack.
pub struct Tutor<'p> {
    pack: &'p Pack,
    filter: safety::Filter,
}

impl<'p> Tutor<'p> {
    pub fn new(pack: &'p Pack) -> Tutor<'p> {
        Tutor { pack, filter: safety::Filter::default() }
    }

    /// Checks a child's message against the safety filter.
    pub fn screen(&self, text: &str) -> Vec<safety::Flag> {
        self.filter.check(text)
    }

    /// When a child opens a lesson (or names it with `--lesson`): has `generator` compute the
    /// system prompt of each of the lesson's sections in the background, so that the first
    /// question on the lesson only computes itself. Nothing happens when the model does not
    /// write the child's language (the tutor then quotes the lesson).
    pub fn prefill(&self, lesson_id: &str, locale: &str, generator: &mut dyn Generator) -> Result<()> {
        if !generator.languages().iter().any(|l| l == locale) {
            return Ok(());
        }
        let lesson = self.pack.lesson(lesson_id)?;
        let text_locale = lesson.body_locale(locale);
        let mut openings = Vec::new();
        for passage in retrieve::teaching_passages(self.pack, &lesson.id, &text_locale)? {
            let grounded = llm::grounded_prompt(self.pack, &lesson, &text_locale, &passage.section, locale)?;
            openings.push(vec![llm_protocol::Message { role: llm_protocol::Role::System, content: grounded.system }]);
        }
        generator.prefill(openings);
        Ok(())
    }

    /// The kind message of a closed tutor, in the child's language.
    pub fn closed(locale: &str, why: Closed) -> Reply {
        let tr = i18n::Translator::new(locale);
        let answer = match why {
            Closed::Off => tr.t("tutor-closed-off", &[]),
            Closed::Limit(limit) => tr.t("tutor-closed-limit", &[("limit", i18n::arg(limit))]),
        };
        Reply::new(answer, Mode::Closed)
    }

    /// Answers without a language model: blocked, hint, arithmetic, out of scope, or quoted
    /// from the curriculum.
    pub fn answer_from_curriculum(&self, question: &Question<'_>, reason: CurriculumReason) -> Result<Reply> {
        self.answer(question, &[], None, reason, &mut |_| {})
    }

    /// Answers with the model when it can write the child's language, else from the
    /// curriculum. Text the child may see goes to `on_token` as it is released.
    pub fn ask(
        &self,
        question: &Question<'_>,
        history: &[Turn],
        generator: Option<&mut dyn Generator>,
        on_token: &mut dyn FnMut(&str),
    ) -> Result<Reply> {
        match generator {
            None => self.answer(question, history, None, CurriculumReason::NoModel, on_token),
            Some(generator) if !generator.languages().iter().any(|l| l == question.locale) => {
                self.answer(question, history, None, CurriculumReason::Language, on_token)
            }
            Some(generator) => self.answer(question, history, Some(generator), CurriculumReason::NoModel, on_token),
        }
    }

    fn answer(
        &self,
        question: &Question<'_>,
        history: &[Turn],
        generator: Option<&mut dyn Generator>,
        reason: CurriculumReason,
        on_token: &mut dyn FnMut(&str),
    ) -> Result<Reply> {
        let tr = i18n::Translator::new(question.locale);
        let understood = understand::understand(self.pack, question)?;
        let mut reply = match route::decide(self.pack, &self.filter, question, &understood)? {
            route::Route::Unclear(message_id) => Reply::new(tr.t(message_id, &[]), Mode::Curriculum),
            route::Route::Blocked(flags) => compose::blocked(&tr, flags),
            route::Route::Hint(target) => compose::hint(self.pack, &tr, question, target)?,
            route::Route::Arithmetic(solved) => arithmetic::reply(self.pack, &tr, &understood, solved)?,
            route::Route::OutOfScope { suggestions, coverage } => {
                let mut reply = compose::out_of_scope(&tr, suggestions);
                reply.audit.coverage = coverage.map(|c| c.share);
                reply.audit.explained = coverage.and_then(|c| c.explained);
                reply
            }
            route::Route::Grounded(grounding) => {
                let coverage = grounding.coverage;
                let mut reply = match generator {
                    Some(generator) => {
                        llm::answer(self.pack, &self.filter, &tr, question, &grounding, history, generator, on_token)?
                    }
                    None => compose::from_lesson(self.pack, &tr, question, &grounding, Some(reason))?,
                };
                reply.audit.coverage = Some(coverage.share);
                reply.audit.explained = coverage.explained;
                reply
            }
        };
        reply.audit.asks = understood.asks;
        if understood.roman_urdu {
            reply.audit.transliteration = Some(understood.search_text.clone());
        }
        Ok(reply)
    }
}
