//! Composing answers from the curriculum: the kind reply to a blocked message, the hint for a
//! quiz question, and the quoted answer with its words to know and a question to think about.

use curriculum::{pick, Lesson, QuestionKind};
use i18n::{arg, Translator};
use pack::Pack;
use safety::Category;

use crate::{Citation, Mode, Question, Reply, Result};

/// Sentences quoted from the best passage.
const QUOTED_SENTENCES: usize = 3;
/// Glossary entries shown with an answer.
const WORDS_TO_KNOW: usize = 3;

pub(crate) fn blocked(tr: &Translator, flags: Vec<safety::Flag>) -> Reply {
    let id = match flags.first().map(|f| f.category) {
        Some(Category::SelfHarm) => "tutor-blocked-self-harm",
        Some(Category::PersonalData) => "tutor-blocked-personal",
        _ => "tutor-blocked-unkind",
    };
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
            if shared >= 2 && share >= 0.6 && best.is_none_or(|(b, _)| share > b) {
                best = Some((share, question));
            }
        }
    }
    best.map(|(_, q)| q)
}

/// The locale of the lesson text to quote for a child reading `locale`: the child's own when
/// the lesson has teaching sections in it, else Urdu for the Arabic-script languages, else
/// English.
fn text_locale(lesson: &Lesson, locale: &str) -> String {
    let preferred = [locale, if locale == "en" { "en" } else { "ur" }, "en"];
    preferred
        .iter()
        .find(|l| lesson.texts.get(**l).is_some_and(|text| !text.sections.is_empty()))
        .map_or("en", |l| *l)
        .to_owned()
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

pub(crate) fn hint(pack: &Pack, tr: &Translator, question: &Question<'_>) -> Result<Option<Reply>> {
    let Some(lesson_id) = question.lesson_id else { return Ok(None) };
    let lesson = pack.lesson(lesson_id)?;
    let Some(quiz_question) = quiz_match(&lesson, question.text) else { return Ok(None) };
    let hint = pick(&quiz_question.hint, question.locale);
    let answer = format!("{}\n{hint}\n{}", tr.t("tutor-hint-intro", &[]), tr.t("tutor-hint-think", &[]));
    let mut reply = Reply::new(answer, Mode::Hint);
    let locale = text_locale(&lesson, question.locale);
    let passages = pack.passage_terms(&lesson.id, &locale)?;
    let section =
        search::best_passage(&passages, &textnorm::terms(hint)).map_or("objectives".to_owned(), |p| p.section.clone());
    reply.citations.push(citation(pack, &lesson, &locale, &section)?);
    Ok(Some(reply))
}

/// The section of a lesson to quote for `stems`: the teaching section that holds most of them.
/// Objectives and the glossary are not quoted (the glossary is shown as words to know).
fn section_to_quote(pack: &Pack, lesson_id: &str, locale: &str, stems: &[String]) -> Result<Option<String>> {
    let passages: Vec<pack::Passage> = pack
        .passage_terms(lesson_id, locale)?
        .into_iter()
        .filter(|p| p.section != "objectives" && p.section != "glossary")
        .collect();
    Ok(search::best_passage(&passages, stems).map(|p| p.section.clone()))
}

fn holds_any(passages: &[pack::Passage], stems: &[String]) -> bool {
    passages.iter().any(|p| {
        stems.iter().any(|s| p.terms.split(' ').chain(p.heading_terms.split(' ')).any(|t| t.starts_with(s.as_str())))
    })
}

/// What an answer is grounded in: a lesson, the locale of its text and the section to quote,
/// with the question's stems (from the query plan) that chose them.
pub(crate) struct Grounding {
    pub lesson: Lesson,
    pub locale: String,
    pub section: String,
    pub stems: Vec<String>,
}

/// The lesson and section to quote: the open lesson when it speaks to the question, otherwise
/// the best search hit.
pub(crate) fn ground(pack: &Pack, question: &Question<'_>) -> Result<Option<Grounding>> {
    let stems = search::plan_query(pack.connection(), question.text).map_err(search::SearchError::from)?.all_stems();
    if let Some(lesson_id) = question.lesson_id {
        let lesson = pack.lesson(lesson_id)?;
        let locale = text_locale(&lesson, question.locale);
        if holds_any(&pack.passage_terms(lesson_id, &locale)?, &stems) {
            if let Some(section) = section_to_quote(pack, lesson_id, &locale, &stems)? {
                return Ok(Some(Grounding { lesson, locale, section, stems }));
            }
        }
    }
    let options = search::SearchOptions { limit: 1, locale: Some(question.locale.to_owned()) };
    let Some(hit) = search::search(pack, question.text, &options)?.into_iter().next() else { return Ok(None) };
    let lesson = pack.lesson(&hit.lesson_id)?;
    // Quote in the child's language when the lesson has it, whatever language matched.
    let locale = text_locale(&lesson, question.locale);
    let section = section_to_quote(pack, &lesson.id, &locale, &stems)?;
    Ok(section.map(|section| Grounding { lesson, locale, section, stems }))
}

pub(crate) fn from_lesson(pack: &Pack, tr: &Translator, question: &Question<'_>) -> Result<Reply> {
    let Some(Grounding { lesson, locale, section, stems }) = ground(pack, question)? else {
        return Ok(Reply::new(tr.t("tutor-not-found", &[]), Mode::Curriculum));
    };
    let text = pack.passage_text(&lesson.id, &locale, &section)?.unwrap_or_default();
    let quoted = search::best_sentences(&text, &stems, QUOTED_SENTENCES);
    let cite = citation(pack, &lesson, &locale, &section)?;
    let mut parts = vec![
        tr.t(
            "tutor-quoting",
            &[("lesson", arg(cite.lesson_title.as_str())), ("section", arg(cite.section_title.as_str()))],
        ),
        quoted.join(" "),
    ];
    // Words to know: glossary terms the question or the quote uses.
    let context: Vec<String> = stem_set(&format!("{} {}", question.text, quoted.join(" ")));
    let words: Vec<String> = lesson
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
            let term = pick(&entry.term, question.locale);
            let english =
                entry.term.get("en").filter(|en| en.as_str() != term).map(|en| format!(" ({en})")).unwrap_or_default();
            format!("• {term}{english}: {}", pick(&entry.definition, question.locale))
        })
        .collect();
    if !words.is_empty() {
        parts.push(format!("{}\n{}", tr.t("tutor-words-to-know", &[]), words.join("\n")));
    }
    parts.push(guiding_question(&lesson, question, &context, tr));
    let mut reply = Reply::new(parts.join("\n\n"), Mode::Curriculum);
    reply.citations.push(cite);
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
