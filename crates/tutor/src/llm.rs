//! LLM mode: the answer is written by a language model from the same grounding curriculum mode
//! quotes. The prompt holds a system prompt, the lesson passage, and as much of the
//! conversation as fits the budget (oldest turns dropped first, never the grounding). The
//! model's words are screened by the safety filter before the child sees them: text is released
//! a word at a time, and a flagged answer stops and is replaced by a kind reply.

use llm_protocol::{Message, Role, Stats};
use serde::Serialize;

use crate::{Citation, ModelRef};

/// Characters of conversation history kept in a prompt (about 4 characters a token in English).
const HISTORY_BUDGET_CHARS: usize = 2400;
/// Tokens the model may write for one answer.
pub const MAX_ANSWER_TOKENS: u32 = 120;

/// Something that can write an answer: the supervised LLM worker in the app and the CLI.
pub trait Generator {
    /// The model, for the record.
    fn model(&self) -> ModelRef;
    /// Languages the model can really answer in (from the catalogue).
    fn languages(&self) -> Vec<String>;
    fn generate(
        &mut self,
        messages: Vec<Message>,
        max_tokens: u32,
        on_token: &mut dyn FnMut(&str),
    ) -> Result<Stats, GenerateError>;
}

/// A generation failure with its stable code (WORKER_CRASHED, CONTEXT_OVERFLOW, ...).
#[derive(Debug, Clone, Serialize, thiserror::Error)]
#[error("{code}: {message}")]
pub struct GenerateError {
    pub code: String,
    pub message: String,
}

/// One earlier turn of the conversation.
#[derive(Debug, Clone)]
pub struct Turn {
    pub question: String,
    pub answer: String,
}

pub(crate) fn system_prompt(language: &str, lesson_title: &str, section_title: &str, passage: &str) -> String {
    format!(
        "You are Ustad, a kind and patient tutor for a 10-year-old child in a school in Pakistan.\n\
         Answer in {language}.\n\
         Answer ONLY from the lesson text below. Use simple words and 2 to 4 short sentences.\n\
         Then ask the child one short question that makes them think.\n\
         Never just give the answer to a quiz or homework question; give a hint instead.\n\
         If the lesson text does not answer the question, say so and suggest asking the teacher.\n\n\
         Lesson: {lesson_title}\nSection: {section_title}\n\"\"\"\n{passage}\n\"\"\""
    )
}

/// The messages for the model: system prompt with the grounding, the newest turns that fit, then
/// the question.
pub(crate) fn messages(system: String, history: &[Turn], question: &str) -> Vec<Message> {
    let mut kept: Vec<&Turn> = Vec::new();
    let mut used = 0;
    for turn in history.iter().rev() {
        let cost = turn.question.len() + turn.answer.len();
        if used + cost > HISTORY_BUDGET_CHARS {
            break;
        }
        used += cost;
        kept.push(turn);
    }
    let mut messages = vec![Message { role: Role::System, content: system }];
    for turn in kept.into_iter().rev() {
        messages.push(Message { role: Role::User, content: turn.question.clone() });
        messages.push(Message { role: Role::Assistant, content: turn.answer.clone() });
    }
    messages.push(Message { role: Role::User, content: question.to_owned() });
    messages
}

/// Releases generated text a word at a time, and only while the text so far passes the filter.
/// A flag becomes final only if it is still there once one more word has arrived (or the answer
/// has ended): "the naked" is held back until "eye" shows it to be "the naked eye".
pub(crate) struct ScreenedStream<'f> {
    filter: &'f safety::Filter,
    text: String,
    released: usize,
    /// The text up to here was flagged, pending the next word.
    pending: Option<usize>,
    pub flags: Vec<safety::Flag>,
}

impl<'f> ScreenedStream<'f> {
    pub fn new(filter: &'f safety::Filter) -> ScreenedStream<'f> {
        ScreenedStream { filter, text: String::new(), released: 0, pending: None, flags: Vec::new() }
    }

    /// Adds a piece; returns the text that may be shown now.
    pub fn push(&mut self, piece: &str) -> String {
        self.text.push_str(piece);
        let Some(boundary) = self.text.rfind(char::is_whitespace) else { return String::new() };
        self.advance(boundary, false)
    }

    /// The rest of the text once the model has finished.
    pub fn finish(&mut self) -> String {
        self.advance(self.text.len(), true)
    }

    fn advance(&mut self, end: usize, last: bool) -> String {
        if !self.flags.is_empty() || (end <= self.released && !last) || self.pending.is_some_and(|p| end <= p && !last)
        {
            return String::new();
        }
        let flags = self.filter.check(&self.text[..end]);
        if !flags.is_empty() {
            if last || self.pending.is_some() {
                self.flags = flags;
            } else {
                self.pending = Some(end);
            }
            return String::new();
        }
        self.pending = None;
        let out = self.text[self.released..end].to_owned();
        self.released = end;
        out
    }

    pub fn text(&self) -> &str {
        &self.text
    }
}

/// Citations and the model for a reply written by the model.
pub(crate) struct Written {
    pub answer: String,
    pub stats: Stats,
    pub flags: Vec<safety::Flag>,
    pub citation: Citation,
    pub model: ModelRef,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_text_is_released_word_by_word_until_it_is_flagged() {
        let filter = safety::Filter::default();
        let mut stream = ScreenedStream::new(&filter);
        let mut shown = String::new();
        for piece in ["Light ", "travels in str", "aight lines. ", "Too faint for the naked", " eye."] {
            shown.push_str(&stream.push(piece));
        }
        shown.push_str(&stream.finish());
        assert_eq!(shown, "Light travels in straight lines. Too faint for the naked eye.");
        assert!(stream.flags.is_empty());

        let mut unsafe_stream = ScreenedStream::new(&filter);
        let mut shown = String::new();
        for piece in ["You could ", "kill ", "yourself ", "with that."] {
            shown.push_str(&unsafe_stream.push(piece));
        }
        shown.push_str(&unsafe_stream.finish());
        assert_eq!(shown, "You could kill", "nothing after the flagged words reaches the child");
        assert_eq!(unsafe_stream.flags[0].category, safety::Category::SelfHarm);
    }

    #[test]
    fn history_is_trimmed_oldest_first_and_the_grounding_stays() {
        let long = "x".repeat(HISTORY_BUDGET_CHARS / 2);
        let history: Vec<Turn> =
            (0..5).map(|i| Turn { question: format!("q{i} {long}"), answer: "a".into() }).collect();
        let messages = messages("SYSTEM with the lesson".into(), &history, "now?");
        assert_eq!(messages[0].content, "SYSTEM with the lesson");
        assert_eq!(messages.last().unwrap().content, "now?");
        assert!(messages.len() < 2 + 2 * history.len(), "old turns were dropped");
        assert!(messages[1].content.starts_with("q4"), "the newest turn is kept");
        assert_eq!(messages.len(), 4, "system, the newest turn (question and answer), the question");
    }
}
