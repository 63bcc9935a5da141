//! Composing answers from the curriculum: the kind reply to a blocked message, the hint for a
//! quiz question, the honest reply to a question the lessons do not cover, and the quoted
//! answer with its words to know and a question to think about.

use curriculum::{pick, Lesson, QuestionKind};
use i18n::{arg, Translator};
use pack::Pack;

use crate::retrieve::Grounding;
use crate::route::HintTarget;
use crate::{quote, Citation, CurriculumReason, Mode, Question, Reply, Result, Suggestion};

/// Glossary entries shown with an answer.
const WORDS_TO_KNOW: usize = 3;

pub(crate) fn blocked(tr: &Translator, flags: Vec<safety::Flag>) -> Reply {
    let id = flags.first().map_or("tutor-blocked-unkind", |f| f.category.reply_id());
    let mut reply = Reply::new(tr.t(id, &[]), Mode::Blocked);
    reply.flags = flags;
    reply
}

pub(crate) fn stem_set(text: &str) -> Vec<String> {
    let mut stems = textnorm::terms(text);
    stems.sort();
    stems.dedup();
    stems
}

/// The quiz question of `lesson` that `text` asks, if it asks one: most of the quiz question's
/// terms (in any of its languages) appear in the child's question.
pub fn quiz_match<'l>(lesson: &'l Lesson, text: &str) -> Option<&'l curriculum::Question> {
    let asked = stem_set(text);
    let mut best: Option<(f64, &curriculum::Question)> = None;
    for question in &lesson.quiz {
        for wording in question.question.values() {
            let terms = stem_set(wording);
            if terms.is_empty() {
                continue;
            }
            let shared = terms.iter().filter(|t| asked.contains(t)).count();
            let share = shared as f64 / terms.len() as f64;
            if shared >= terms.len().min(2) && share >= 0.6 && best.is_none_or(|(b, _)| share > b) {
                best = Some((share, question));
            }
        }
    }
    best.map(|(_, q)| q)
}

pub(crate) fn citation(pack: &Pack, lesson: &Lesson, locale: &str, section: &str) -> Result<Citation> {
    let passage = pack.passage_terms(&lesson.id, locale)?.into_iter().find(|p| p.section == section);
    Ok(Citation {
        lesson_id: lesson.id.clone(),
        section: section.to_owned(),
        lesson_title: lesson.text(locale).title.clone(),
        section_title: passage.map(|p| p.heading).unwrap_or_default(),
        locale: locale.to_owned(),
    })
}

/// The section of `lesson` (in `locale`) that holds most of `stems`.
pub(crate) fn section_for(pack: &Pack, lesson: &Lesson, locale: &str, stems: &[String]) -> Result<String> {
    let passages = pack.passage_terms(&lesson.id, locale)?;
    Ok(search::best_passage(&passages, stems).map_or("objectives".to_owned(), |p| p.section.clone()))
}

/// The hint for a quiz question, never its answer; for an arithmetic question, also the first
/// step of working it out.
pub(crate) fn hint(pack: &Pack, tr: &Translator, question: &Question<'_>, target: HintTarget) -> Result<Reply> {
    let (lesson, question_id) = match target {
        HintTarget::Question { lesson, question_id } => (lesson, question_id),
        HintTarget::Unspecified { lesson } => {
            let id = if lesson.is_some() { "tutor-hint-which" } else { "tutor-hint-open-lesson" };
            return Ok(Reply::new(tr.t(id, &[]), Mode::Hint));
        }
    };
    let quiz_question = lesson.quiz.iter().find(|q| q.id == question_id).expect("the route found it");
    let hint = pick(&quiz_question.hint, question.locale);
    let mut parts = vec![tr.t("tutor-hint-intro", &[]), hint.to_owned()];
    // The first step of working it out, unless that step already reaches the result.
    let wording = pick(&quiz_question.question, "en");
    if let Some(Ok(solution)) = math::solve(wording) {
        let first = solution.steps.first().map(|step| crate::arithmetic::render_step(tr, step));
        let gives_result = |step: &str| {
            step.split(|c: char| !(c.is_ascii_digit() || c == '/' || c == '.'))
                .any(|token| math::parse_value(token).is_some_and(|v| v == solution.answer.value))
        };
        if let Some(step) = first.filter(|step| solution.steps.len() > 1 && !gives_result(step)) {
            parts.push(format!("{} {step}", tr.t("tutor-math-first-step", &[])));
        }
    }
    parts.push(tr.t("tutor-hint-think", &[]));
    let mut reply = Reply::new(parts.join("\n"), Mode::Hint);
    let locale = lesson.body_locale(question.locale);
    let section = section_for(pack, &lesson, &locale, &textnorm::terms(hint))?;
    reply.citations.push(citation(pack, &lesson, &locale, &section)?);
    Ok(reply)
}

/// The honest reply to a question the lessons do not cover, with lessons to look at.
pub(crate) fn out_of_scope(tr: &Translator, suggestions: Vec<Suggestion>) -> Reply {
    let mut answer = tr.t("tutor-out-of-scope", &[]);
    if !suggestions.is_empty() {
        answer.push_str("\n\n");
        answer.push_str(&tr.t("tutor-out-of-scope-look-at", &[]));
        for suggestion in &suggestions {
            answer.push_str(&format!("\n• {}", suggestion.title));
        }
    }
    let mut reply = Reply::new(answer, Mode::OutOfScope);
    reply.suggestions = suggestions;
    reply
}

/// Glossary terms of `lesson` the question names, as stems (in any of the term's languages).
pub(crate) fn key_stems(lesson: &Lesson, stems: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for entry in &lesson.glossary {
        for term in entry.term.values() {
            let term_stems = stem_set(term);
            if !term_stems.is_empty() && term_stems.iter().all(|s| stems.contains(s)) {
                out.extend(term_stems);
            }
        }
    }
    out
}

/// Glossary terms of `lesson` in `locale` whose glossary words the text uses, with definitions.
fn words_to_know(lesson: &Lesson, locale: &str, context: &[String]) -> Vec<String> {
    lesson
        .glossary
        .iter()
        .filter(|entry| {
            entry.term.values().any(|term| {
                let term_stems = stem_set(term);
                !term_stems.is_empty() && term_stems.iter().all(|s| context.contains(s))
            })
        })
        .take(WORDS_TO_KNOW)
        .map(|entry| {
            let term = pick(&entry.term, locale);
            let english =
                entry.term.get("en").filter(|en| en.as_str() != term).map(|en| format!(" ({en})")).unwrap_or_default();
            format!("• {term}{english}: {}", pick(&entry.definition, locale))
        })
        .collect()
}

/// The answer quoted from the grounding passage, with words to know and a question to think
/// about; `reason` says why there is no model answer (none for a fallback, whose note the
/// caller sets).
pub(crate) fn from_lesson(
    pack: &Pack,
    tr: &Translator,
    question: &Question<'_>,
    grounding: &Grounding,
    reason: Option<CurriculumReason>,
) -> Result<Reply> {
    let Grounding { lesson, locale, section, stems, .. } = grounding;
    let text = pack.passage_text(&lesson.id, locale, section)?.unwrap_or_default();
    // The key terms in the language of the quoted text too (an English question quoted in Urdu).
    let keys = key_stems(lesson, stems);
    let key_in_locale: Vec<String> = lesson
        .glossary
        .iter()
        .filter(|e| e.term.values().any(|t| stem_set(t).iter().any(|s| keys.contains(s))))
        .flat_map(|e| stem_set(pick(&e.term, locale)))
        .collect();
    let quote_stems: Vec<String> = stems.iter().chain(&key_in_locale).cloned().collect();
    let quoted = quote::render(&quote::choose(&text, &quote_stems, &key_in_locale));
    let cite = citation(pack, lesson, locale, section)?;
    let mut parts = vec![
        tr.t(
            "tutor-quoting",
            &[("lesson", arg(cite.lesson_title.as_str())), ("section", arg(cite.section_title.as_str()))],
        ),
        quoted.clone(),
    ];
    // A Pashto, Sindhi or Punjabi reader of a lesson written in Urdu only is told so.
    if locale != question.locale {
        let language = tr.t(&format!("language-{locale}"), &[]);
        parts.insert(1, tr.t("tutor-quoted-in", &[("language", arg(language))]));
    }
    let context: Vec<String> = stem_set(&format!("{} {}", question.text, quoted));
    let words = words_to_know(lesson, question.locale, &context);
    if !words.is_empty() {
        parts.push(format!("{}\n{}", tr.t("tutor-words-to-know", &[]), words.join("\n")));
    }
    parts.push(guiding_question(lesson, question, &context, tr));
    let mut reply = Reply::new(parts.join("\n\n"), Mode::Curriculum);
    reply.citations.push(cite);
    if let Some(reason) = reason {
        let language = tr.t(&format!("language-{}", question.locale), &[]);
        reply.note = Some(match reason {
            CurriculumReason::NoModel => tr.t("tutor-note-no-model", &[]),
            CurriculumReason::Language => tr.t("tutor-note-language", &[("language", i18n::arg(language))]),
            CurriculumReason::NoEngine => tr.t("tutor-note-no-engine", &[]),
            CurriculumReason::Teacher => tr.t("tutor-note-teacher", &[]),
        });
    }
    Ok(reply)
}

/// A question that sends the child back to thinking: a true/false or number question of the
/// lesson that shares words with the answer (without its answer), or an invitation to explain.
pub(crate) fn guiding_question(
    lesson: &Lesson,
    question: &Question<'_>,
    context: &[String],
    tr: &Translator,
) -> String {
    let candidate = lesson
        .quiz
        .iter()
        .filter(|q| matches!(q.kind, QuestionKind::TrueFalse | QuestionKind::Number))
        .filter(|q| quiz_match(lesson, question.text).is_none_or(|asked| asked.id != q.id))
        .max_by_key(|q| {
            stem_set(pick(&q.question, "en")).iter().filter(|s| context.contains(s)).count()
                + stem_set(pick(&q.question, question.locale)).iter().filter(|s| context.contains(s)).count()
        });
    match candidate {
        Some(q) => {
            let mut text = pick(&q.question, question.locale).to_owned();
            if q.kind == QuestionKind::TrueFalse {
                text = format!("{text} {}", tr.t("tutor-true-or-false", &[]));
            }
            tr.t("tutor-check-yourself", &[("question", arg(text))])
        }
        None => tr.t("tutor-think", &[]),
    }
}
