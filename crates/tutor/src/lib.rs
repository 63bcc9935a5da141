//! The tutor. Every question goes: safety filter → quiz-hint check (a question from the quiz of
//! the lesson the child is on gets its hint, never its answer) → retrieval from the content
//! pack → an answer grounded in one lesson passage, with citations the app can open.
//!
//! This crate knows nothing of llama.cpp. Curriculum mode, implemented here, answers in the
//! child's language from the lesson itself (the most relevant sentences, the glossary terms, a
//! question to think about) and says that it is quoting the lesson. It serves every locale
//! when no model is installed, and every locale the model cannot really write.

mod compose;
mod llm;

use pack::Pack;
use serde::Serialize;

pub use compose::quiz_match;
pub use llm::{GenerateError, Generator, Turn, MAX_ANSWER_TOKENS};

#[derive(Debug, thiserror::Error)]
pub enum TutorError {
    #[error(transparent)]
    Pack(#[from] pack::PackError),
    #[error(transparent)]
    Search(#[from] search::SearchError),
    #[error(transparent)]
    Generate(#[from] GenerateError),
}

impl TutorError {
    pub fn code(&self) -> &'static str {
        match self {
            TutorError::Pack(e) => e.code(),
            TutorError::Search(_) => "SEARCH_FAILED",
            TutorError::Generate(e) => match e.code.as_str() {
                "WORKER_CRASHED" => "WORKER_CRASHED",
                "TIMEOUT" => "TIMEOUT",
                "CONTEXT_OVERFLOW" => "CONTEXT_OVERFLOW",
                "MODEL_NOT_CHAT" => "MODEL_NOT_CHAT",
                "MODEL_TOO_LARGE" => "MODEL_TOO_LARGE",
                "CPU_UNSUPPORTED" => "CPU_UNSUPPORTED",
                _ => "TUTOR_FAILED",
            },
        }
    }
}

pub type Result<T> = std::result::Result<T, TutorError>;

/// How an answer was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Written by the local language model from lesson passages.
    Llm,
    /// Quoted from the lesson, in the child's language.
    Curriculum,
    /// The question is one of the quiz questions of the open lesson: its hint, not its answer.
    Hint,
    /// The safety filter stopped the message.
    Blocked,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Llm => "llm",
            Mode::Curriculum => "curriculum",
            Mode::Hint => "hint",
            Mode::Blocked => "blocked",
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

/// The model that wrote an answer.
#[derive(Debug, Clone, Serialize)]
pub struct ModelRef {
    pub id: String,
    pub sha256: String,
}

/// Why an answer is in curriculum mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CurriculumReason {
    NoModel,
    /// The model cannot really write the child's language.
    Language,
    /// A model is installed but no engine runs it on this laptop.
    NoEngine,
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
}

impl Reply {
    fn new(answer: String, mode: Mode) -> Reply {
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

    /// Checks a message (the child's or the model's) against the safety filter.
    pub fn screen(&self, text: &str) -> Vec<safety::Flag> {
        self.filter.check(text)
    }

    /// The answers that come before any other: a kind reply to a flagged message, and the hint
    /// for a question from the open lesson's quiz.
    fn blocked_or_hint(&self, question: &Question<'_>, tr: &i18n::Translator) -> Result<Option<Reply>> {
        let flags = self.screen(question.text);
        if !flags.is_empty() {
            return Ok(Some(compose::blocked(tr, flags)));
        }
        compose::hint(self.pack, tr, question)
    }

    /// Answers without a language model: blocked, hint, or quoted from the curriculum.
    pub fn answer_from_curriculum(&self, question: &Question<'_>, reason: CurriculumReason) -> Result<Reply> {
        let tr = i18n::Translator::new(question.locale);
        if let Some(reply) = self.blocked_or_hint(question, &tr)? {
            return Ok(reply);
        }
        let mut reply = compose::from_lesson(self.pack, &tr, question)?;
        if !reply.citations.is_empty() {
            let language = tr.t(&format!("language-{}", question.locale), &[]);
            reply.note = Some(match reason {
                CurriculumReason::NoModel => tr.t("tutor-note-no-model", &[]),
                CurriculumReason::Language => tr.t("tutor-note-language", &[("language", i18n::arg(language))]),
                CurriculumReason::NoEngine => tr.t("tutor-note-no-engine", &[]),
            });
        }
        Ok(reply)
    }

    /// Answers with the model when it can write the child's language, else from the
    /// curriculum. Text the child may see goes to `on_token` as it is written.
    pub fn ask(
        &self,
        question: &Question<'_>,
        history: &[Turn],
        generator: Option<&mut dyn Generator>,
        on_token: &mut dyn FnMut(&str),
    ) -> Result<Reply> {
        let Some(generator) = generator else {
            return self.answer_from_curriculum(question, CurriculumReason::NoModel);
        };
        if !generator.languages().iter().any(|l| l == question.locale) {
            return self.answer_from_curriculum(question, CurriculumReason::Language);
        }
        let tr = i18n::Translator::new(question.locale);
        if let Some(reply) = self.blocked_or_hint(question, &tr)? {
            return Ok(reply);
        }
        let Some(compose::Grounding { lesson, locale, section, .. }) = compose::ground(self.pack, question)? else {
            return Ok(Reply::new(tr.t("tutor-not-found", &[]), Mode::Curriculum));
        };
        let passage = self.pack.passage_text(&lesson.id, &locale, &section)?.unwrap_or_default();
        let citation = compose::citation(self.pack, &lesson, &locale, &section)?;
        // The system prompt names the child's language in English, which instruct models follow best.
        let language = i18n::Translator::new("en").t(&format!("language-{}", question.locale), &[]);
        let system = llm::system_prompt(&language, &citation.lesson_title, &citation.section_title, &passage);
        let messages = llm::messages(system, history, question.text);
        let mut stream = llm::ScreenedStream::new(&self.filter);
        let stats = generator.generate(messages, llm::MAX_ANSWER_TOKENS, &mut |piece| {
            let shown = stream.push(piece);
            if !shown.is_empty() {
                on_token(&shown);
            }
        })?;
        let rest = stream.finish();
        if !rest.is_empty() {
            on_token(&rest);
        }
        let written = llm::Written {
            answer: stream.text().trim().to_owned(),
            stats,
            flags: stream.flags.clone(),
            citation,
            model: generator.model(),
        };
        if !written.flags.is_empty() {
            let mut reply = compose::blocked(&tr, written.flags);
            reply.model = Some(written.model);
            return Ok(reply);
        }
        // The lesson's own question to think about follows every answer, whatever the model wrote.
        let guiding = compose::guiding_question(&lesson, question, &compose::stem_set(&written.answer), &tr);
        on_token(&format!("\n\n{guiding}"));
        let mut reply = Reply::new(format!("{}\n\n{guiding}", written.answer), Mode::Llm);
        reply.citations.push(written.citation);
        reply.model = Some(written.model);
        reply.prompt_tokens = written.stats.prompt_tokens;
        reply.cached_tokens = written.stats.cached_tokens;
        reply.generated_tokens = written.stats.generated_tokens;
        reply.ttft_ms = Some(written.stats.ttft_ms);
        reply.decode_tokens_per_s = Some(written.stats.decode_tokens_per_s);
        Ok(reply)
    }
}
