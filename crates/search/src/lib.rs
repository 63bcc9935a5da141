//! Lesson search over an open content pack. A child's question becomes folded, stemmed terms;
//! words the pack does not know are corrected through the sound-key index (or matched as a
//! prefix); the query's own language is searched first; keywords and glossary terms weigh more
//! than body text; each lesson appears once, with its best section and a snippet. A Roman Urdu
//! question ("paudhe khana kaise banate hain") is written in Urdu script first and searched in
//! Urdu and English at once (`roman`).

mod query;
mod roman;
mod snippet;

use std::collections::HashSet;

use pack::Pack;
use serde::Serialize;
use textnorm::Script;

pub use query::{plan_query, QueryPlan, QueryTerm};
pub use roman::{prepare, PreparedQuery};
pub use snippet::{best_sentences, sentences, stem_hits, Sentence};

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("the search index of this pack cannot be read: {0}")]
    Index(#[from] rusqlite::Error),
    #[error(transparent)]
    Pack(#[from] pack::PackError),
}

pub type Result<T> = std::result::Result<T, SearchError>;

/// Column weights for bm25: title, keywords, glossary, body (the lesson id is unindexed).
const WEIGHTS: [f64; 4] = [4.0, 6.0, 5.0, 1.0];

#[derive(Debug, Clone)]
pub struct SearchOptions {
    pub limit: usize,
    /// The child's interface language; it decides which Arabic-script locale is searched first.
    pub locale: Option<String>,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions { limit: 5, locale: None }
    }
}

/// One ranked lesson.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub lesson_id: String,
    pub title: String,
    /// Id of the best-matching section (`objectives` and `glossary` are sections too).
    pub section: String,
    pub section_title: String,
    pub locale: String,
    pub snippet: String,
    /// Higher is better; comparable only within one locale.
    pub score: f64,
}

/// The order in which locales are searched for `query`: its own script's locales, the child's
/// locale first among them.
pub fn locale_order(pack_locales: &[String], query: &str, preferred: Option<&str>) -> Vec<String> {
    let script = textnorm::detect_script(query);
    let script_of = |locale: &str| if locale == "en" { Script::Latin } else { Script::Arabic };
    let first = match (script, preferred) {
        (Script::Unknown, Some(p)) => p.to_owned(),
        (Script::Unknown, None) | (Script::Latin, _) => "en".to_owned(),
        (Script::Arabic, Some(p)) if script_of(p) == Script::Arabic => p.to_owned(),
        (Script::Arabic, _) => "ur".to_owned(),
    };
    let mut order: Vec<String> = pack_locales.iter().filter(|l| **l == first).cloned().collect();
    let wanted = script_of(&first);
    order.extend(pack_locales.iter().filter(|l| **l != first && script_of(l) == wanted).cloned());
    order
}

/// Searches `pack` for `query`. A Roman Urdu question is first written in Urdu script (see
/// [`prepare`]).
pub fn search(pack: &Pack, query: &str, options: &SearchOptions) -> Result<Vec<Hit>> {
    let prepared = prepare(pack, query)?;
    search_prepared(pack, &prepared, options)
}

/// Searches `pack` for a question [`prepare`]d already.
pub fn search_prepared(pack: &Pack, prepared: &PreparedQuery, options: &SearchOptions) -> Result<Vec<Hit>> {
    if prepared.roman_urdu {
        return roman::search_roman(pack, prepared, options);
    }
    let plan = plan_query(pack.connection(), &prepared.text, options.locale.as_deref())?;
    if plan.terms.is_empty() {
        return Ok(Vec::new());
    }
    let locales = locale_order(&pack.info().locales, &prepared.text, options.locale.as_deref());
    rank(pack, &plan, &locales, options.limit.max(1))?
        .into_iter()
        .map(|ranked| make_hit(pack, &plan, ranked.lesson_id, &ranked.locale, ranked.score))
        .collect()
}

/// A lesson found for a query plan, before its hit is made.
pub(crate) struct Ranked {
    pub lesson_id: String,
    pub locale: String,
    /// Minus SQLite's bm25: higher is better.
    pub score: f64,
}

/// Up to `limit` lessons for `plan`: the best of the first locale, then of the next, a lesson
/// once. A later locale's lessons score below every lesson of an earlier one (scaled, their
/// order kept): bm25 scores of two locales do not compare, and a rare word of a Pashto passage
/// must not outrank the Urdu lessons an Urdu reader's question found.
pub(crate) fn rank(pack: &Pack, plan: &QueryPlan, locales: &[String], limit: usize) -> Result<Vec<Ranked>> {
    let conn = pack.connection();
    let mut out: Vec<Ranked> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for locale in locales {
        let Some(match_expr) = plan.match_expression(&uninformative_stems(pack, plan, locale)?) else { continue };
        let table = pack::schema::fts_table(locale);
        let sql = format!(
            "SELECT lesson_id, bm25({table}, 0, {}, {}, {}, {}) AS rank FROM {table} \
             WHERE {table} MATCH ?1 ORDER BY rank LIMIT ?2",
            WEIGHTS[0], WEIGHTS[1], WEIGHTS[2], WEIGHTS[3]
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows: Vec<(String, f64)> = stmt
            .query_map(rusqlite::params![match_expr, limit as i64], |row| {
                Ok((row.get::<_, String>(0)?, -row.get::<_, f64>(1)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let floor = out.iter().map(|r| r.score).fold(f64::INFINITY, f64::min);
        let top = rows.iter().map(|(_, score)| *score).fold(0.0, f64::max);
        let scale = if floor.is_finite() && top > 0.0 && top >= floor { 0.99 * floor.max(0.0) / top } else { 1.0 };
        for (lesson_id, score) in rows {
            if out.len() < limit && seen.insert(lesson_id.clone()) {
                out.push(Ranked { lesson_id, locale: locale.clone(), score: score * scale });
            }
        }
        if out.len() >= limit {
            break;
        }
    }
    Ok(out)
}

/// Stems of the query found in more than half of the locale's lessons. SQLite's bm25 gives them
/// an idf of almost zero, so they cannot change the ranking; they only cost time, since every
/// lesson that holds them must be scored.
fn uninformative_stems<'a>(pack: &Pack, plan: &'a QueryPlan, locale: &str) -> Result<Vec<&'a str>> {
    let n_docs = pack.info().docs_per_locale.get(locale).copied().unwrap_or(0);
    let mut common = Vec::new();
    for term in &plan.terms {
        if let QueryTerm::Known(stem) = term {
            if pack.term_df(locale, stem)? * 2 > n_docs {
                common.push(stem.as_str());
            }
        }
    }
    Ok(common)
}

fn make_hit(pack: &Pack, plan: &QueryPlan, lesson_id: String, locale: &str, score: f64) -> Result<Hit> {
    let title = pack.title(&lesson_id, locale)?.unwrap_or_default();
    let passages = pack.passage_terms(&lesson_id, locale)?;
    let stems = plan.all_stems();
    let (section, section_title, snippet) = match best_passage(&passages, &stems) {
        Some(best) => {
            let text = pack.passage_text(&lesson_id, locale, &best.section)?.unwrap_or_default();
            (best.section.clone(), best.heading.clone(), snippet::best_snippet(&text, &stems))
        }
        None => ("objectives".to_owned(), String::new(), String::new()),
    };
    let score = (score * 1000.0).round() / 1000.0;
    Ok(Hit { lesson_id, title, section, section_title, locale: locale.to_owned(), snippet, score })
}

/// The passage whose heading and text hold the most of the query's stems (heading words count
/// double); the first passage when none holds any.
pub fn best_passage<'a>(passages: &'a [pack::Passage], stems: &[String]) -> Option<&'a pack::Passage> {
    let matches =
        |terms: &str| stems.iter().filter(|stem| terms.split(' ').any(|term| term.starts_with(stem.as_str()))).count();
    let mut best: Option<(usize, &pack::Passage)> = None;
    for passage in passages {
        let score = 2 * matches(&passage.heading_terms) + matches(&passage.terms);
        if best.is_none_or(|(best_score, _)| score > best_score) {
            best = Some((score, passage));
        }
    }
    best.map(|(_, passage)| passage)
}
