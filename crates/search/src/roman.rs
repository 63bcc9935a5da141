//! Roman Urdu questions ("paudhe khana kaise banate hain", "photosynthesis kya hai"): written
//! in Urdu script with `romanize` against the pack's own Urdu vocabulary, the Urdu searched in
//! the Arabic-script locales and the English words in English, and the two rankings merged.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock, Mutex};

use pack::Pack;
use romanize::Vocabulary;
use rusqlite::OptionalExtension;
use serde::Serialize;

use crate::{locale_order, make_hit, plan_query, rank, Hit, QueryPlan, QueryTerm, Ranked, Result, SearchOptions};

/// A question understood once, for search and for the tutor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PreparedQuery {
    /// What to search and stem: the Urdu-script transliteration of a Roman Urdu question, else
    /// the question itself.
    pub text: String,
    pub roman_urdu: bool,
    /// The words of a Roman Urdu question kept as English (searched in English).
    pub english: Vec<String>,
}

/// A pack's path and content hash.
type PackKey = (PathBuf, String);

/// Vocabularies of the packs opened so far: reading a pack's words takes a moment, and a pack
/// never changes.
static VOCABULARIES: LazyLock<Mutex<HashMap<PackKey, Arc<Vocabulary>>>> = LazyLock::new(Default::default);

/// The Urdu words of `pack` with their document frequencies, indexed once per pack.
fn vocabulary(pack: &Pack) -> Result<Arc<Vocabulary>> {
    let key = (pack.path().to_owned(), pack.info().content_hash.clone());
    let mut cache = VOCABULARIES.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(vocabulary) = cache.get(&key) {
        return Ok(Arc::clone(vocabulary));
    }
    // The words table holds every locale's words; those whose stem is an Urdu term are Urdu.
    let sql = if pack.info().locales.iter().any(|l| l == "ur") {
        "SELECT w.word, w.df FROM words w WHERE EXISTS \
         (SELECT 1 FROM terms t WHERE t.locale = 'ur' AND t.term = w.stem)"
    } else {
        "SELECT word, df FROM words"
    };
    let mut stmt = pack.connection().prepare(sql)?;
    let rows: Vec<(String, i64)> =
        stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    let vocabulary =
        Arc::new(Vocabulary::new(rows.iter().map(|(word, df)| (word.as_str(), u32::try_from(*df).unwrap_or(0)))));
    cache.insert(key, Arc::clone(&vocabulary));
    Ok(vocabulary)
}

/// Chat spellings of English content words and the words they stand for (`data/chat.txt`).
static CHAT: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    include_str!("../data/chat.txt")
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
        .map(|(spelling, word)| (spelling.trim(), word.trim()))
        .collect()
});

/// `query` with chat spellings written out ("nite" → "night"); other text as it is.
fn without_chat_spellings(query: &str) -> String {
    let mut out = String::with_capacity(query.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match CHAT.get(word.to_lowercase().as_str()) {
            Some(full) => out.push_str(full),
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in query.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Understands `query`: a Roman Urdu question becomes Urdu script (English words kept apart);
/// anything else is searched as it is, chat spellings written out.
pub fn prepare(pack: &Pack, query: &str) -> Result<PreparedQuery> {
    if !romanize::is_roman_urdu(query) {
        return Ok(PreparedQuery { text: without_chat_spellings(query), roman_urdu: false, english: Vec::new() });
    }
    let vocabulary = vocabulary(pack)?;
    let known =
        RefCell::new(pack.connection().prepare_cached("SELECT 1 FROM words WHERE word = ?1 OR stem = ?2 LIMIT 1")?);
    let failure: RefCell<Option<rusqlite::Error>> = RefCell::new(None);
    // English: an English stop word, or a Latin word of the pack (its English lessons).
    let is_english = |word: &str| -> bool {
        if !word.chars().all(|c| c.is_ascii_alphabetic()) {
            return false;
        }
        if textnorm::is_stop_word(word) {
            return true;
        }
        let found = known.borrow_mut().query_row([word, textnorm::stem(word).as_str()], |_| Ok(())).optional();
        found
            .unwrap_or_else(|err| {
                failure.borrow_mut().get_or_insert(err);
                None
            })
            .is_some()
    };
    let transliteration = romanize::to_urdu(query, Some(&vocabulary), &is_english);
    if let Some(err) = failure.into_inner() {
        return Err(err.into());
    }
    Ok(PreparedQuery { text: transliteration.urdu, roman_urdu: true, english: transliteration.english })
}

/// One half of a Roman Urdu question, searched in its own locales.
struct Part {
    plan: QueryPlan,
    ranked: Vec<Ranked>,
    /// How much the half says: its terms weighted by rarity (inverse document frequency),
    /// corrected words 3/4 of that, prefixes half.
    weight: f64,
    top_score: f64,
}

fn search_part(pack: &Pack, text: &str, locales: &[String], depth: usize) -> Result<Part> {
    let plan = plan_query(pack.connection(), text, None)?;
    let ranked = if plan.terms.is_empty() { Vec::new() } else { rank(pack, &plan, locales, depth)? };
    // Rare words say more than common ones ("protein" against "والی چیزیں").
    let Some(locale) = locales.first() else { return Ok(Part { plan, ranked, weight: 0.0, top_score: 0.0 }) };
    let n_docs = pack.info().docs_per_locale.get(locale).copied().unwrap_or(1).max(1) as f64;
    let idf = |stem: &str| -> Result<f64> { Ok((1.0 + n_docs / (pack.term_df(locale, stem)? as f64 + 0.5)).ln()) };
    let mut weight = 0.0;
    for term in &plan.terms {
        weight += match term {
            QueryTerm::Known(stem) => idf(stem)?,
            QueryTerm::Corrected { stems, .. } => {
                let mut best: f64 = 0.0;
                for stem in stems {
                    best = best.max(idf(stem)?);
                }
                0.75 * best
            }
            QueryTerm::Prefix(start) => 0.5 * idf(start)?,
        };
    }
    let top_score = ranked.iter().map(|r| r.score).fold(0.0, f64::max);
    Ok(Part { plan, ranked, weight, top_score })
}

/// Searches a prepared Roman Urdu question: the Urdu words in the Arabic-script locales (Urdu
/// first), the English words in English. Each half's scores are scaled to its best lesson and
/// weighed by how many terms the half holds; a lesson found by both adds both.
pub(crate) fn search_roman(pack: &Pack, prepared: &PreparedQuery, options: &SearchOptions) -> Result<Vec<Hit>> {
    let limit = options.limit.max(1);
    let depth = limit.max(10);
    let pack_locales = &pack.info().locales;
    let urdu_text: Vec<&str> = prepared
        .text
        .split_whitespace()
        .filter(|word| word.chars().any(|c| textnorm::is_arabic_script(c) || c.is_ascii_digit()))
        .collect();
    let urdu_locales = locale_order(pack_locales, "اردو", Some("ur"));
    let english_locales: Vec<String> = pack_locales.iter().filter(|l| *l == "en").cloned().collect();
    let parts = [
        search_part(pack, &urdu_text.join(" "), &urdu_locales, depth)?,
        search_part(pack, &prepared.english.join(" "), &english_locales, depth)?,
    ];
    let mut merged: Vec<Merged> = Vec::new();
    for (part_idx, part) in parts.iter().enumerate() {
        if part.top_score <= 0.0 {
            continue;
        }
        for ranked in &part.ranked {
            let share = part.weight * ranked.score / part.top_score;
            match merged.iter_mut().find(|m| m.lesson_id == ranked.lesson_id) {
                Some(lesson) => {
                    lesson.score += share;
                    if share > lesson.best_share {
                        (lesson.part_idx, lesson.locale, lesson.best_share) = (part_idx, ranked.locale.clone(), share);
                    }
                }
                None => merged.push(Merged {
                    lesson_id: ranked.lesson_id.clone(),
                    score: share,
                    part_idx,
                    locale: ranked.locale.clone(),
                    best_share: share,
                }),
            }
        }
    }
    merged.sort_by(|a, b| b.score.total_cmp(&a.score));
    merged
        .into_iter()
        .take(limit)
        .map(|lesson| make_hit(pack, &parts[lesson.part_idx].plan, lesson.lesson_id, &lesson.locale, lesson.score))
        .collect()
}

/// A lesson found by one half of a Roman Urdu question or both.
struct Merged {
    lesson_id: String,
    /// The halves' scaled scores added up.
    score: f64,
    /// The half (and its locale) that found the lesson best: its title, section and snippet
    /// are shown.
    part_idx: usize,
    locale: String,
    best_share: f64,
}
