//! Retrieval and scope: the lesson and section that answer a question, and how much of the
//! question they cover. Coverage is the share of the question's content (each term weighted by
//! how rare it is in the pack, so "cricket" weighs more than "make") found in the chosen
//! section, the lesson's title and keywords (in full) or elsewhere in the lesson (in half).
//! Words the pack does not know at all weigh the most: the lessons cannot be about them. A
//! question is in scope when coverage reaches [`MIN_COVERAGE`] (calibrated on the tutor
//! evaluation's question sets).

use std::collections::HashSet;
use std::sync::LazyLock;

use curriculum::Lesson;
use pack::Pack;
use serde::Serialize;

use crate::understand::Understood;
use crate::{Question, Result};

/// The least coverage of an answerable question. On the evaluation sets (144 in-scope, 60
/// out-of-scope questions) 0.45 declines about 4 % of in-scope questions and 70 % of the others;
/// 0.6 would decline 10 % and 87 %.
pub(crate) const MIN_COVERAGE: f64 = 0.45;

/// Question openings that ask for a number or a date (folded words).
static QUANTITY: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    crate::lists::entries(include_str!("../data/quantity.txt"))
        .into_iter()
        .map(|(_, entry)| textnorm::words(entry))
        .collect()
});

/// Whether `text` asks for a number or a date ("how far", "کتنا", "kab").
pub(crate) fn asks_for_number(text: &str) -> bool {
    let words = textnorm::words(text);
    QUANTITY.iter().any(|phrase| !phrase.is_empty() && words.windows(phrase.len()).any(|w| w == phrase.as_slice()))
}

/// How well a lesson passage covers a question.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Coverage {
    /// Weighted share of the question's terms the passage or its lesson holds (0..1).
    pub share: f64,
    /// Content terms in the question.
    pub n_terms: usize,
    /// The question asks for a number or a date and a sentence of the lesson holds one with
    /// the question's words (always true for other questions).
    pub number_found: bool,
}

/// What an answer is grounded in: a lesson, the locale of its text and the section to quote,
/// with the question's stems (from the query plan) that chose them.
pub(crate) struct Grounding {
    pub lesson: Lesson,
    pub locale: String,
    pub section: String,
    pub stems: Vec<String>,
    pub coverage: Coverage,
}

/// The locale of the lesson text to quote for a child reading `locale`: the child's own when
/// the lesson has teaching sections in it, else Urdu for the Arabic-script languages, else
/// English.
pub(crate) fn text_locale(lesson: &Lesson, locale: &str) -> String {
    let preferred = [locale, if locale == "en" { "en" } else { "ur" }, "en"];
    preferred
        .iter()
        .find(|l| lesson.texts.get(**l).is_some_and(|text| !text.sections.is_empty()))
        .map_or("en", |l| *l)
        .to_owned()
}

/// The Arabic-script locale of `lesson` whose words an Urdu-script question is matched against:
/// the child's own when the lesson has teaching text in it, else Urdu.
fn arabic_locale(lesson: &Lesson, locale: &str) -> String {
    match text_locale(lesson, if locale == "en" { "ur" } else { locale }) {
        l if l == "en" => "ur".to_owned(),
        l => l,
    }
}

/// The teaching sections of a lesson (objectives and the glossary are not quoted).
fn teaching_passages(pack: &Pack, lesson_id: &str, locale: &str) -> Result<Vec<pack::Passage>> {
    Ok(pack
        .passage_terms(lesson_id, locale)?
        .into_iter()
        .filter(|p| p.section != "objectives" && p.section != "glossary")
        .collect())
}

fn holds(terms: &HashSet<&str>, stem: &str) -> bool {
    terms.contains(stem) || (stem.chars().count() >= 4 && terms.iter().any(|t| t.starts_with(stem)))
}

/// One locale's side of a lesson: its teaching passages, the terms of its title and keywords,
/// and its number of lessons (for term weights).
struct Side {
    locale: String,
    passages: Vec<pack::Passage>,
    lesson_terms: Vec<String>,
    n_docs: f64,
}

impl Side {
    fn new(pack: &Pack, lesson: &Lesson, locale: &str) -> Result<Side> {
        let mut lesson_terms: Vec<String> = textnorm::terms(&lesson.text(locale).title);
        for keyword in lesson.keywords.get(locale).into_iter().flatten() {
            lesson_terms.extend(textnorm::terms(keyword));
        }
        let n_docs = pack.info().docs_per_locale.get(locale).copied().unwrap_or(1).max(1) as f64;
        Ok(Side {
            locale: locale.to_owned(),
            passages: teaching_passages(pack, &lesson.id, locale)?,
            lesson_terms,
            n_docs,
        })
    }

    /// Terms of one section with the lesson's title and keywords.
    fn section_terms(&self, section: &str) -> HashSet<&str> {
        self.passages
            .iter()
            .filter(|p| p.section == section)
            .flat_map(|p| p.terms.split(' ').chain(p.heading_terms.split(' ')))
            .chain(self.lesson_terms.iter().map(String::as_str))
            .filter(|t| !t.is_empty())
            .collect()
    }

    /// How often `stem` begins a term of one section's text.
    fn occurrences(&self, section: &str, stem: &str) -> usize {
        self.passages
            .iter()
            .filter(|p| p.section == section)
            .flat_map(|p| p.terms.split(' '))
            .filter(|t| !t.is_empty() && t.starts_with(stem))
            .count()
    }

    /// Terms anywhere in the lesson's teaching text.
    fn lesson_terms(&self) -> HashSet<&str> {
        self.passages.iter().flat_map(|p| p.terms.split(' ')).filter(|t| !t.is_empty()).collect()
    }
}

/// Credit for a term found in the lesson but not in the chosen section.
const ELSEWHERE_CREDIT: f64 = 0.5;

/// The stems a query term stands for, and whether the pack knows them.
fn term_stems(term: &search::QueryTerm) -> (Vec<&str>, bool) {
    match term {
        search::QueryTerm::Known(stem) => (vec![stem.as_str()], true),
        search::QueryTerm::Corrected { stems, .. } => (stems.iter().map(String::as_str).collect(), true),
        search::QueryTerm::Prefix(start) => (vec![start.as_str()], false),
    }
}

/// The section of `lesson` to quote for the question and how well it covers the question.
/// Each term is judged in the language of its script (a Roman Urdu question keeps English
/// words such as "photosynthesis" beside Urdu ones): it counts fully when the section, the
/// lesson's title or its keywords hold it, half when another section does, and not at all
/// otherwise; rare terms weigh more, and a word the pack does not know at all weighs the most.
fn best_section(
    pack: &Pack,
    lesson: &Lesson,
    understood: &Understood,
    locale: &str,
) -> Result<Option<(String, Coverage)>> {
    let english = Side::new(pack, lesson, "en")?;
    let arabic = Side::new(pack, lesson, &arabic_locale(lesson, locale))?;
    let side_of = |stem: &str| if stem.starts_with(|c: char| c.is_ascii()) { &english } else { &arabic };
    // The section holding most of the question's stems, counted in both languages.
    let mut sections: Vec<&str> = Vec::new();
    for passage in english.passages.iter().chain(&arabic.passages) {
        if !sections.contains(&passage.section.as_str()) {
            sections.push(&passage.section);
        }
    }
    // Ties go to the section that uses the stems most often ("why are leaves green": the
    // section saying chlorophyll "makes leaves green", not the one that names green plants once).
    let mut best: Option<((usize, usize), &str)> = None;
    for section in sections {
        let english_terms = english.section_terms(section);
        let arabic_terms = arabic.section_terms(section);
        let hits = understood
            .stems
            .iter()
            .filter(|s| holds(if side_of(s).locale == "en" { &english_terms } else { &arabic_terms }, s))
            .count();
        let uses = understood.stems.iter().map(|stem| side_of(stem).occurrences(section, stem)).sum::<usize>();
        if best.is_none_or(|(b, _)| (hits, uses) > b) {
            best = Some(((hits, uses), section));
        }
    }
    let Some((_, section)) = best else { return Ok(None) };
    let (english_section, arabic_section) = (english.section_terms(section), arabic.section_terms(section));
    let (english_lesson, arabic_lesson) = (english.lesson_terms(), arabic.lesson_terms());
    let (mut covered, mut total) = (0.0, 0.0);
    for term in &understood.plan.terms {
        let (stems, known) = term_stems(term);
        let Some(first) = stems.first() else { continue };
        let side = side_of(first);
        let (in_section, in_lesson) =
            if side.locale == "en" { (&english_section, &english_lesson) } else { (&arabic_section, &arabic_lesson) };
        // Inverse document frequency; a word no lesson of this locale holds weighs the most.
        let mut weight: f64 = (1.0 + side.n_docs / 0.5).ln();
        if known {
            weight = 0.0;
            for stem in &stems {
                let df = pack.term_df(&side.locale, stem)? as f64;
                weight = weight.max((1.0 + side.n_docs / (df + 0.5)).ln());
            }
        }
        total += weight;
        if known && stems.iter().any(|s| holds(in_section, s)) {
            covered += weight;
        } else if known && stems.iter().any(|s| holds(in_lesson, s)) {
            covered += ELSEWHERE_CREDIT * weight;
        }
    }
    let share = if total > 0.0 { covered / total } else { 0.0 };
    let number_found =
        !understood.asks_for_number || holds_number_with(pack, lesson, &[&english, &arabic], &understood.stems)?;
    let coverage =
        Coverage { share: (share * 1000.0).round() / 1000.0, n_terms: understood.plan.terms.len(), number_found };
    Ok(Some((section.to_owned(), coverage)))
}

/// Whether a sentence of the lesson (in either language) holds a number and at least half of
/// the question's stems of its language: where a question asking "how far" or "when" finds
/// its answer.
fn holds_number_with(pack: &Pack, lesson: &Lesson, sides: &[&Side], stems: &[String]) -> Result<bool> {
    for side in sides {
        let side_stems: Vec<String> =
            stems.iter().filter(|s| s.starts_with(|c: char| c.is_ascii()) == (side.locale == "en")).cloned().collect();
        if side_stems.is_empty() {
            continue;
        }
        for passage in pack.passages(&lesson.id, &side.locale)? {
            for sentence in search::sentences(&passage.text) {
                let has_number = textnorm::fold(sentence.text).chars().any(|c| c.is_ascii_digit());
                if has_number && 2 * search::stem_hits(sentence.text, &side_stems) >= side_stems.len() {
                    return Ok(true);
                }
            }
        }
    }
    Ok(false)
}

/// The lesson and section for a question, with its coverage: the open lesson when it covers
/// the question at least as well as the best search hit, otherwise the best search hit.
/// `None` when search finds nothing at all.
pub(crate) fn ground(pack: &Pack, question: &Question<'_>, understood: &Understood) -> Result<Option<Grounding>> {
    let mut candidates: Vec<String> = Vec::new();
    if let Some(lesson_id) = question.lesson_id {
        candidates.push(lesson_id.to_owned());
    }
    let options = search::SearchOptions { limit: 3, locale: Some(question.locale.to_owned()) };
    for hit in search::search_prepared(pack, &understood.prepared, &options)? {
        if !candidates.contains(&hit.lesson_id) {
            candidates.push(hit.lesson_id);
        }
    }
    let mut best: Option<Grounding> = None;
    for (rank, lesson_id) in candidates.iter().enumerate() {
        let lesson = pack.lesson(lesson_id)?;
        let Some((section, coverage)) = best_section(pack, &lesson, understood, question.locale)? else { continue };
        // Later candidates must cover clearly more to replace an earlier one: search's order
        // already weighs keywords and titles.
        let better =
            best.as_ref().is_none_or(|b| coverage.share > b.coverage.share + if rank > 0 { 0.15 } else { 0.0 });
        if better {
            let locale = text_locale(&lesson, question.locale);
            // Quote the same section in the child's language (sections share ids across locales).
            let section = if pack.passage_text(&lesson.id, &locale, &section)?.is_some() {
                section
            } else {
                teaching_passages(pack, &lesson.id, &locale)?.first().map(|p| p.section.clone()).unwrap_or(section)
            };
            best = Some(Grounding { lesson, locale, section, stems: understood.stems.clone(), coverage });
        }
    }
    Ok(best)
}

/// Up to three lessons near the question, for an out-of-scope reply.
pub(crate) fn suggestions(
    pack: &Pack,
    question: &Question<'_>,
    understood: &Understood,
) -> Result<Vec<crate::Suggestion>> {
    let options = search::SearchOptions { limit: 3, locale: Some(question.locale.to_owned()) };
    let mut out = Vec::new();
    for hit in search::search_prepared(pack, &understood.prepared, &options)? {
        let lesson = pack.lesson(&hit.lesson_id)?;
        let title = lesson.text(&text_locale(&lesson, question.locale)).title.clone();
        out.push(crate::Suggestion { lesson_id: hit.lesson_id, title });
    }
    Ok(out)
}
