//! LLM mode: the answer is written by a language model from the same grounding curriculum mode
//! quotes. The prompt holds a system prompt, the lesson passage with the lesson's glossary, and
//! as much of the conversation as fits the budget (oldest turns dropped first, never the
//! grounding). The model's text reaches the child only through [`crate::check`]: a sentence at
//! a time, each supported by the passage and passing the safety filter. If no sentence
//! survives, or the model's text is flagged, the lesson is quoted instead, marked as such (a
//! flagged answer keeps its flags, for the teacher).

use curriculum::pick;
use i18n::Translator;
use llm_protocol::{Message, Role, Stats, StopReason};
use pack::Pack;
use serde::Serialize;

use crate::check::{SentenceStream, Support};
use crate::compose::{self, citation, stem_set};
use crate::retrieve::Grounding;
use crate::{Mode, ModelRef, Question, Reply, Result};

/// Characters of conversation history kept in a prompt (about 4 characters a token in English).
const HISTORY_BUDGET_CHARS: usize = 2400;
/// Tokens the model may write for one answer; a sentence the budget cuts is not shown.
pub const MAX_ANSWER_TOKENS: u32 = 160;
/// Glossary entries given to the model with the passage.
const MAX_GLOSSARY_ENTRIES: usize = 4;

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
    ) -> std::result::Result<Stats, GenerateError>;
    /// Computes the openings of prompts to come (see [`crate::Tutor::prefill`]) in the
    /// background, if the generator can; the next `generate` must not wait for it.
    fn prefill(&mut self, _openings: Vec<Vec<Message>>) {}
}

/// A generation failure with its stable code (WORKER_CRASHED, CONTEXT_OVERFLOW, ...).
#[derive(Debug, Clone, Serialize, thiserror::Error)]
#[error("{code}: {message}")]
pub struct GenerateError {
    pub code: llm_protocol::ErrorCode,
    pub message: String,
}

/// One earlier turn of the conversation.
#[derive(Debug, Clone)]
pub struct Turn {
    pub question: String,
    pub answer: String,
}

pub(crate) fn system_prompt(
    language: &str,
    lesson_title: &str,
    section_title: &str,
    passage: &str,
    glossary: &str,
) -> String {
    format!(
        "You are Ustad, a kind and patient tutor for a 10-year-old child in a school in Pakistan.\n\
         Answer in {language}.\n\
         Answer ONLY with facts from the lesson text below, in 2 to 4 short, simple sentences.\n\
         Do not add facts, names or numbers that are not in the lesson text. Do not ask questions.\n\
         Never just give the answer to a quiz or homework question; give a hint instead.\n\n\
         Lesson: {lesson_title}\nSection: {section_title}\n\"\"\"\n{passage}\n\"\"\"\n{glossary}"
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

/// A section's grounding as the model sees it: the system prompt, and the passage and glossary
/// in it (what the model's sentences are checked against), with the section's citation.
pub(crate) struct Grounded {
    pub system: String,
    pub cite: crate::Citation,
    pub passage: String,
    pub glossary_text: String,
}

/// The system prompt for answering from one section of a lesson to a child reading
/// `child_locale`. It depends on nothing the child asks, so it can be computed into the
/// model's cache when the lesson opens ([`crate::Tutor::prefill`]).
pub(crate) fn grounded_prompt(
    pack: &Pack,
    lesson: &curriculum::Lesson,
    locale: &str,
    section: &str,
    child_locale: &str,
) -> Result<Grounded> {
    let passage = pack.passage_text(&lesson.id, locale, section)?.unwrap_or_default().replace("**", "");
    let cite = citation(pack, lesson, locale, section)?;
    // The glossary entries the passage uses: the model may use their words, and the prompt
    // stays short (each token of it is time before the first word).
    let context = stem_set(&passage);
    let glossary: Vec<String> = lesson
        .glossary
        .iter()
        .filter(|entry| entry.term.values().any(|term| stem_set(term).iter().all(|s| context.contains(s))))
        .take(MAX_GLOSSARY_ENTRIES)
        .map(|entry| format!("{}: {}", pick(&entry.term, locale), pick(&entry.definition, locale)))
        .collect();
    let glossary_text = if glossary.is_empty() { String::new() } else { format!("Words:\n{}", glossary.join("\n")) };
    // The system prompt names the child's language in English, which instruct models follow best.
    let language = i18n::Translator::new("en").t(&format!("language-{child_locale}"), &[]);
    let system = system_prompt(&language, &cite.lesson_title, &cite.section_title, &passage, &glossary_text);
    Ok(Grounded { system, cite, passage, glossary_text })
}

/// The model's answer from `grounding`, checked sentence by sentence.
#[allow(clippy::too_many_arguments)]
pub(crate) fn answer(
    pack: &Pack,
    filter: &safety::Filter,
    tr: &Translator,
    question: &Question<'_>,
    grounding: &Grounding,
    history: &[Turn],
    generator: &mut dyn Generator,
    on_token: &mut dyn FnMut(&str),
) -> Result<Reply> {
    let Grounding { lesson, locale, section, .. } = grounding;
    let Grounded { system, cite, passage, glossary_text } =
        grounded_prompt(pack, lesson, locale, section, question.locale)?;
    let support = Support::new(&[&passage, &glossary_text]);
    let mut stream = SentenceStream::new(filter, &support);
    let model = generator.model();
    let generated = generator.generate(messages(system, history, question.text), MAX_ANSWER_TOKENS, &mut |piece| {
        let shown = stream.push(piece);
        if !shown.is_empty() {
            on_token(&shown);
        }
    });
    let stats = match generated {
        Ok(stats) => stats,
        Err(source) => {
            // What the child saw and what was held back stay in the record.
            let mut partial = Reply::new(stream.released().to_owned(), Mode::Llm);
            partial.model = Some(model);
            partial.citations.push(cite);
            partial.audit.sentences_released = stream.n_released;
            partial.audit.dropped = std::mem::take(&mut stream.dropped);
            partial.audit.error_code = Some(source.code);
            return Err(crate::TutorError::Generate { source, partial: Box::new(partial) });
        }
    };
    let rest = stream.finish();
    if !rest.is_empty() {
        on_token(&rest);
    }
    let mut reply = if !stream.flags.is_empty() {
        // The child's question passed the filter but the model's text did not: the child sees
        // the lesson instead, and the flags take the exchange to the teacher's flagged view.
        let mut reply = compose::from_lesson(pack, tr, question, grounding, None)?;
        reply.note = Some(tr.t("tutor-note-checked-fallback", &[]));
        reply.audit.fell_back = true;
        reply.flags = stream.flags.clone();
        reply
    } else if stats.stop == StopReason::Cancelled {
        // The child pressed Stop: what was shown is the answer.
        let mut reply = Reply::new(stream.released().to_owned(), Mode::Llm);
        reply.citations.push(cite);
        reply
    } else if stream.n_released == 0 {
        // Nothing the model wrote is supported by the lesson: quote the lesson instead.
        let mut reply = compose::from_lesson(pack, tr, question, grounding, None)?;
        reply.note = Some(tr.t("tutor-note-checked-fallback", &[]));
        reply.audit.fell_back = true;
        reply
    } else {
        // The lesson's own question to think about follows every answer, whatever the model wrote.
        let guiding = compose::guiding_question(lesson, question, &stem_set(stream.released()), tr);
        on_token(&format!("\n\n{guiding}"));
        let mut reply = Reply::new(format!("{}\n\n{guiding}", stream.released()), Mode::Llm);
        reply.citations.push(cite);
        reply
    };
    reply.model = Some(model);
    reply.prompt_tokens = stats.prompt_tokens;
    reply.cached_tokens = stats.cached_tokens;
    reply.generated_tokens = stats.generated_tokens;
    reply.ttft_ms = Some(stats.ttft_ms);
    reply.decode_tokens_per_s = Some(stats.decode_tokens_per_s);
    reply.audit.sentences_released = stream.n_released;
    reply.audit.dropped = std::mem::take(&mut stream.dropped);
    Ok(reply)
}

#[cfg(test)]
mod tests {
    use super::*;

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
