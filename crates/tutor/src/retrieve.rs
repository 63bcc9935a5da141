//! Retrieval: the lesson and section that answer a question, and how well they cover it
//! (judged in [`crate::scope`]).

use std::collections::HashSet;

use curriculum::Lesson;
use pack::Pack;

use crate::explains::Judged;
use crate::scope::{Coverage, Tally, CORRECTED_CREDIT, MIN_EXPLAINED};
use crate::understand::Understood;
use crate::{Question, Result};

/// What an answer is grounded in: a lesson, the locale of its text and the section to quote,
/// with the question's stems (from the query plan) that chose them.
pub(crate) struct Grounding {
    pub lesson: Lesson,
    pub locale: String,
    pub section: String,
    pub stems: Vec<String>,
    pub coverage: Coverage,
}

/// The teaching sections of a lesson (objectives and the glossary are not quoted).
pub(crate) fn teaching_passages(pack: &Pack, lesson_id: &str, locale: &str) -> Result<Vec<pack::Passage>> {
    Ok(pack.passage_terms(lesson_id, locale)?.into_iter().filter(is_teaching).collect())
}

fn is_teaching(passage: &pack::Passage) -> bool {
    passage.section != "objectives" && passage.section != "glossary"
}

pub(crate) fn holds(terms: &HashSet<&str>, stem: &str) -> bool {
    terms.contains(stem) || (matches_longer(stem) && terms.iter().any(|t| t.starts_with(stem)))
}

/// Whether a lesson term stands for a question's stem: the same, or a longer word it begins
/// ([`matches_longer`]).
pub(crate) fn stem_matches(term: &str, stem: &str) -> bool {
    term == stem || (matches_longer(stem) && term.starts_with(stem))
}

/// A stem of four letters or more also stands for the longer words it begins.
fn matches_longer(stem: &str) -> bool {
    stem.chars().count() >= 4
}

/// One locale's side of a lesson: its teaching passages, the terms of its title, keywords and
/// glossary, and its number of lessons (for term weights).
struct Side {
    locale: String,
    passages: Vec<pack::Passage>,
    /// The terms, in order, of the title (first), each keyword, then each glossary term and
    /// definition (words the lesson teaches, though it does not quote them).
    phrases: Vec<Vec<String>>,
    /// How many of `phrases` are the title and keywords.
    n_named: usize,
    n_docs: f64,
}

impl Side {
    /// `with_text`: the passages' text too (an `explains` entry is matched with the sentence of
    /// its section that states it); else their terms only.
    fn new(pack: &Pack, lesson: &Lesson, locale: &str, with_text: bool) -> Result<Side> {
        let mut phrases: Vec<Vec<String>> = vec![textnorm::terms(&lesson.text(locale).title)];
        phrases.extend(lesson.keywords.get(locale).into_iter().flatten().map(|keyword| textnorm::terms(keyword)));
        let n_named = phrases.len();
        let n_docs = pack.info().docs_per_locale.get(locale).copied().unwrap_or(1).max(1) as f64;
        phrases.extend(
            lesson
                .glossary
                .iter()
                .flat_map(|entry| [entry.term.get(locale), entry.definition.get(locale)])
                .flatten()
                .map(|text| textnorm::terms(text)),
        );
        Ok(Side {
            locale: locale.to_owned(),
            passages: if with_text {
                pack.passages(&lesson.id, locale)?.into_iter().filter(is_teaching).collect()
            } else {
                teaching_passages(pack, &lesson.id, locale)?
            },
            phrases,
            n_named,
            n_docs,
        })
    }

    /// The lesson's terms in order ([`crate::defines::Runs`]).
    fn runs(&self) -> crate::defines::Runs<'_> {
        fn split(terms: &str) -> Vec<&str> {
            terms.split(' ').filter(|t| !t.is_empty()).collect()
        }
        let title = self.phrases.first().map(|terms| terms.iter().map(String::as_str).collect()).unwrap_or_default();
        crate::defines::Runs {
            sequences: self
                .passages
                .iter()
                .flat_map(|p| [split(&p.terms), split(&p.heading_terms)])
                .chain(self.phrases.iter().map(|terms| terms.iter().map(String::as_str).collect()))
                .collect(),
            sections: self
                .passages
                .iter()
                .map(|p| ([split(&p.heading_terms), Vec::clone(&title)].concat(), split(&p.terms)))
                .collect(),
        }
    }

    /// Terms of one section with the lesson's title and keywords.
    fn section_terms(&self, section: &str) -> HashSet<&str> {
        self.passages
            .iter()
            .filter(|p| p.section == section)
            .flat_map(|p| p.terms.split(' ').chain(p.heading_terms.split(' ')))
            .chain(self.phrases[..self.n_named].iter().flatten().map(String::as_str))
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

    /// Terms anywhere in the lesson's teaching text, title, keywords or glossary.
    fn lesson_terms(&self) -> HashSet<&str> {
        self.passages
            .iter()
            .flat_map(|p| p.terms.split(' ').chain(p.heading_terms.split(' ')))
            .chain(self.phrases.iter().flatten().map(String::as_str))
            .filter(|t| !t.is_empty())
            .collect()
    }
}

/// The stems a query term stands for, and the credit a lesson holding one of them earns:
/// full for a word the pack knows, [`CORRECTED_CREDIT`] for a guessed correction, none for a
/// word the pack does not know.
fn term_stems(term: &search::QueryTerm) -> (Vec<&str>, f64) {
    match term {
        search::QueryTerm::Known(stem) => (vec![stem.as_str()], 1.0),
        search::QueryTerm::Corrected { stems, .. } => (stems.iter().map(String::as_str).collect(), CORRECTED_CREDIT),
        search::QueryTerm::Prefix(start) => (vec![start.as_str()], 0.0),
    }
}

/// Whether a word the pack does not know is an inflection of a lesson term ("چپکتیں" of
/// "چپکت"): it begins with a term of at least four letters and adds at most two ("earthquakes"
/// is not "earth").
pub(crate) fn inflects(terms: &HashSet<&str>, word: &str) -> bool {
    let length = word.chars().count();
    terms.iter().any(|t| {
        let n = t.chars().count();
        n >= 4 && length <= n + 2 && word.starts_with(t)
    })
}

/// The section of `lesson` to quote for the question and how well it covers the question.
/// Each term is judged in the language of its script (a Roman Urdu question keeps English
/// words such as "photosynthesis" beside Urdu ones): it counts fully when the section, the
/// lesson's title or its keywords hold it, half when another section does, and not at all
/// otherwise; rare terms weigh more, and a word the pack does not know at all weighs the most.
///
/// Urdu-script words are matched against the child's own language and, for a Pashto, Sindhi
/// or Punjabi reader, against Urdu too (children who read those often type Urdu): the better
/// match counts.
fn best_section(
    pack: &Pack,
    lesson: &Lesson,
    understood: &Understood,
    locale: &str,
) -> Result<Option<(String, Coverage)>> {
    // The child's own language where the lesson has any of it (its title, keywords and
    // glossary at least), else Urdu, which every lesson has.
    let own = if locale != "en" && lesson.texts.contains_key(locale) { locale } else { "ur" };
    let with_text = understood.asks.is_some() && !lesson.explains.is_empty();
    let english = Side::new(pack, lesson, "en", with_text)?;
    let mut best = best_section_in(pack, lesson, understood, &english, &Side::new(pack, lesson, own, with_text)?)?;
    if own != "ur" {
        let urdu_side = Side::new(pack, lesson, "ur", with_text)?;
        if let Some(urdu) = best_section_in(pack, lesson, understood, &english, &urdu_side)? {
            if best.as_ref().is_none_or(|(_, c)| urdu.1.in_scope() && (!c.in_scope() || urdu.1.share > c.share)) {
                best = Some(urdu);
            }
        }
    }
    Ok(best)
}

/// [`best_section`] with Latin-script words matched against `english` and Urdu-script words
/// against `arabic` (Urdu, or the reader's regional language).
fn best_section_in(
    pack: &Pack,
    lesson: &Lesson,
    understood: &Understood,
    english: &Side,
    arabic: &Side,
) -> Result<Option<(String, Coverage)>> {
    let side_of = |stem: &str| if stem.starts_with(|c: char| c.is_ascii()) { english } else { arabic };
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
    let mut tally = Tally::default();
    let mut judged: Vec<Judged<'_>> = Vec::new();
    // Words that only frame the question, and who said what in one that reports speech.
    let framing = |frame: bool, reporting: bool| frame || (understood.reports_speech && reporting);
    let terms = understood.plan.terms.iter();
    for term in terms.filter(|t| !framing(crate::scope::is_frame(t), crate::scope::is_reporting(t))) {
        let (stems, credit) = term_stems(term);
        let Some(first) = stems.first() else { continue };
        let side = side_of(first);
        let (in_section, in_lesson) =
            if side.locale == "en" { (&english_section, &english_lesson) } else { (&arabic_section, &arabic_lesson) };
        let mut weight: f64 = idf(side, 0.0);
        if credit > 0.0 {
            weight = 0.0;
            for stem in &stems {
                weight = weight.max(idf(side, pack.term_df(&side.locale, stem)? as f64));
            }
        }
        let english_side = side.locale == "en";
        if credit == 0.0 && inflects(in_lesson, first) {
            tally.add(weight, 1.0, inflects(in_section, first), true);
            judged.push(Judged { english: english_side, stems: stems.clone(), credit: 1.0, weight, inflected: true });
        } else {
            judged.push(Judged { english: english_side, stems: stems.clone(), credit, weight, inflected: false });
            tally.add(
                weight,
                credit,
                credit > 0.0 && stems.iter().any(|s| holds(in_section, s)),
                credit > 0.0 && stems.iter().any(|s| holds(in_lesson, s)),
            );
        }
    }
    // Short words the pack does not know ("قزح"), in the language of their script; chat
    // spellings of question words ("wat", "y") only frame the question.
    let unmatched = understood.plan.unmatched.iter();
    for word in unmatched.filter(|w| !framing(crate::scope::is_frame_word(w), crate::scope::is_reporting_word(w))) {
        tally.add(idf(side_of(word), 0.0), 0.0, false, false);
        let side = side_of(word);
        judged.push(Judged {
            english: side.locale == "en",
            stems: Vec::new(),
            credit: 0.0,
            weight: idf(side, 0.0),
            inflected: false,
        });
    }
    let sides = [english, arabic];
    let has_number = |sentence: &str| textnorm::fold(sentence).chars().any(|c| c.is_ascii_digit());
    let number_found =
        !understood.asks_for_number || states_with(pack, lesson, &sides, &understood.stems, &has_number)?;
    let mut coverage = tally.coverage(number_found);
    coverage.most_found =
        !understood.asks_for_most || states_with(pack, lesson, &sides, &understood.stems, &crate::scope::says_most)?;
    coverage.names_written = names_written(understood, english, arabic);
    let mut section = section.to_owned();
    // A lesson that lists no facts (a pack built before `explains`) is not judged on them.
    if let Some(asks) = understood.asks.filter(|_| !lesson.explains.is_empty()) {
        let section_text = |id: &str, in_english: bool| {
            let side = if in_english { english } else { arabic };
            side.passages.iter().find(|p| p.section == id).map(|p| p.text.clone())
        };
        let matched = crate::explains::best_match(lesson, asks, &judged, &arabic.locale, &section_text);
        coverage.explained = Some(matched.as_ref().map_or(0.0, |(_, share)| (share * 1000.0).round() / 1000.0));
        // The entry is the lesson's own word that it states the fact: its terms count as the
        // lesson's, its amount as a number found, and its section is the one to quote.
        if let Some((explaining, share)) = matched.filter(|(_, share)| *share >= MIN_EXPLAINED) {
            coverage.share = coverage.share.max(share);
            coverage.missing = coverage.missing.min(1.0 - share);
            coverage.number_found = true;
            coverage.most_found = true;
            if english.passages.iter().any(|p| p.section == explaining) {
                section = explaining;
            }
        }
    }
    Ok(Some((section, coverage)))
}

/// Whether the lesson writes together the words of every name the question asks about
/// ([`crate::defines`]), Latin-script words in English and the others in `arabic`'s language.
fn names_written(understood: &Understood, english: &Side, arabic: &Side) -> bool {
    if understood.names.is_empty() {
        return true;
    }
    let stems_of = |word: &str| {
        let mut stems = vec![textnorm::stem(word)];
        for term in &understood.plan.terms {
            if let search::QueryTerm::Corrected { word: written, stems: corrected } = term {
                if written == word {
                    stems.extend(corrected.iter().cloned());
                }
            }
        }
        stems
    };
    let (english_runs, arabic_runs) = (english.runs(), arabic.runs());
    let runs = |latin: bool| if latin { &english_runs } else { &arabic_runs };
    understood.names.iter().all(|name| crate::defines::written_together(name, &stems_of, &runs))
}

/// The weight of a term that `df` lessons of `side`'s locale hold (inverse document
/// frequency): a word no lesson holds weighs the most.
fn idf(side: &Side, df: f64) -> f64 {
    (1.0 + side.n_docs / (df + 0.5)).ln()
}

/// Whether a sentence of the lesson (in either language) states what the question asks (`states`:
/// a number, a superlative) with at least half of the question's stems of its language: where
/// a question asking "how far", "when" or "which is the biggest" finds its answer.
fn states_with(
    pack: &Pack,
    lesson: &Lesson,
    sides: &[&Side],
    stems: &[String],
    states: &dyn Fn(&str) -> bool,
) -> Result<bool> {
    for side in sides {
        let side_stems: Vec<String> =
            stems.iter().filter(|s| s.starts_with(|c: char| c.is_ascii()) == (side.locale == "en")).cloned().collect();
        if side_stems.is_empty() {
            continue;
        }
        for passage in pack.passages(&lesson.id, &side.locale)? {
            for sentence in search::sentences(&passage.text) {
                if states(sentence.text) && 2 * search::stem_hits(sentence.text, &side_stems) >= side_stems.len() {
                    return Ok(true);
                }
            }
        }
    }
    Ok(false)
}

/// How many search hits a question asking why, who, when, where or how many looks through for
/// a lesson that states the fact.
const EXPLAINS_HITS: usize = 8;

/// The lesson and section for a question, with its coverage: the open lesson when it covers
/// the question at least as well as the best search hit, otherwise the best search hit.
/// `None` when search finds nothing at all.
pub(crate) fn ground(pack: &Pack, question: &Question<'_>, understood: &Understood) -> Result<Option<Grounding>> {
    let mut candidates: Vec<String> = Vec::new();
    if let Some(lesson_id) = question.lesson_id {
        candidates.push(lesson_id.to_owned());
    }
    // A question asking why, who, when, where or how many also looks further down the hits
    // for a lesson that states that fact.
    let (searched, limit) = (3, if understood.asks.is_some() { EXPLAINS_HITS } else { 3 });
    let options = search::SearchOptions { limit, locale: Some(question.locale.to_owned()) };
    let mut further = Vec::new();
    for (idx, hit) in search::search_prepared(pack, &understood.prepared, &options)?.into_iter().enumerate() {
        if !candidates.contains(&hit.lesson_id) {
            if idx < searched {
                candidates.push(hit.lesson_id);
            } else {
                further.push(hit.lesson_id);
            }
        }
    }
    let n_searched = candidates.len();
    candidates.extend(further);
    let mut best: Option<Grounding> = None;
    for (rank, lesson_id) in candidates.iter().enumerate() {
        let lesson = pack.lesson(lesson_id)?;
        let Some((section, coverage)) = best_section(pack, &lesson, understood, question.locale)? else { continue };
        if rank >= n_searched && !coverage.explained.is_some_and(|share| share >= MIN_EXPLAINED) {
            continue;
        }
        // A lesson that states the reason, agent, time, place or amount asked for wins; else
        // later candidates must cover clearly more to replace an earlier one: search's order
        // already weighs keywords and titles.
        let explains = |c: &Coverage| c.explained.is_none_or(|share| share >= MIN_EXPLAINED);
        let better = match &best {
            None => true,
            Some(b) if explains(&coverage) != explains(&b.coverage) => explains(&coverage),
            Some(b) => coverage.share > b.coverage.share + if rank > 0 { 0.15 } else { 0.0 },
        };
        if better {
            let locale = lesson.body_locale(question.locale);
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
        let title = lesson.text(&lesson.body_locale(question.locale)).title.clone();
        out.push(crate::Suggestion { lesson_id: hit.lesson_id, title });
    }
    Ok(out)
}
