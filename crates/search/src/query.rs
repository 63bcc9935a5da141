//! From a child's question to an FTS5 match expression: stop words dropped, known words stemmed,
//! unknown words corrected to the nearest words the pack knows, or matched as a prefix.

use rusqlite::{params_from_iter, Connection};

/// What became of one word of the question.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub enum QueryTerm {
    /// A word the pack knows, by its stem.
    Known(String),
    /// An unknown word, replaced by the stems of its nearest known words.
    Corrected { word: String, stems: Vec<String> },
    /// An unknown word with no near neighbour, matched as the start of longer words.
    Prefix(String),
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct QueryPlan {
    pub terms: Vec<QueryTerm>,
    /// Unknown words too short to correct or to match as a prefix ("قزح", "bey"): search
    /// leaves them out, and the tutor's scope check counts them as words no lesson holds.
    pub unmatched: Vec<String>,
}

fn quoted(term: &str) -> String {
    format!("\"{}\"", term.replace('"', ""))
}

impl QueryPlan {
    /// The FTS5 expression: every term OR-ed, so lessons matching more terms rank higher.
    /// Known stems in `skip` are left out, unless that would leave nothing.
    pub fn match_expression(&self, skip: &[&str]) -> Option<String> {
        let kept: Vec<&QueryTerm> = self
            .terms
            .iter()
            .filter(|t| !matches!(t, QueryTerm::Known(stem) if skip.contains(&stem.as_str())))
            .collect();
        let terms = if kept.is_empty() { self.terms.iter().collect() } else { kept };
        let parts: Vec<String> = terms
            .into_iter()
            .map(|term| match term {
                QueryTerm::Known(stem) => quoted(stem),
                QueryTerm::Corrected { stems, .. } => {
                    format!("({})", stems.iter().map(|s| quoted(s)).collect::<Vec<_>>().join(" OR "))
                }
                QueryTerm::Prefix(start) => format!("{}*", quoted(start)),
            })
            .collect();
        (!parts.is_empty()).then(|| parts.join(" OR "))
    }

    /// Every stem the query looks for, for snippets.
    pub fn all_stems(&self) -> Vec<String> {
        self.terms
            .iter()
            .flat_map(|term| match term {
                QueryTerm::Known(stem) | QueryTerm::Prefix(stem) => vec![stem.clone()],
                QueryTerm::Corrected { stems, .. } => stems.clone(),
            })
            .collect()
    }
}

/// How far a word may be from the child's spelling, by the length of its sound key.
fn max_distance(key_len: usize) -> usize {
    match key_len {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    }
}

/// Whether the pack has a vocabulary of `locale`'s own (see `pack::schema`; older packs have none).
fn has_local_words(conn: &Connection, locale: &str) -> rusqlite::Result<bool> {
    let table =
        conn.prepare_cached("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'local_words'")?.exists([])?;
    Ok(table && conn.prepare_cached("SELECT 1 FROM local_words WHERE locale = ?1 LIMIT 1")?.exists([locale])?)
}

/// Plans the search for `query`, asked by a reader of `locale`: words are known, corrected or
/// matched as prefixes against the pack's English and Urdu vocabulary and, for a Pashto, Sindhi
/// or Punjabi reader, that language's own.
pub fn plan_query(conn: &Connection, query: &str, locale: Option<&str>) -> rusqlite::Result<QueryPlan> {
    let mut plan = QueryPlan::default();
    let local = match locale {
        Some(locale) if has_local_words(conn, locale)? => Some(locale),
        _ => None,
    };
    // The local vocabulary's locale is bound last, when there is one.
    let mut known = conn.prepare_cached(if local.is_none() {
        "SELECT 1 FROM words WHERE word = ?1 OR stem = ?2 LIMIT 1"
    } else {
        "SELECT 1 FROM words WHERE word = ?1 OR stem = ?2 \
         UNION ALL SELECT 1 FROM local_words WHERE locale = ?3 AND (word = ?1 OR stem = ?2) LIMIT 1"
    })?;
    let mut neighbours = conn.prepare_cached(if local.is_none() {
        "SELECT w.word, w.key, w.df FROM spell s JOIN words w ON w.word = s.word WHERE s.variant = ?1"
    } else {
        "SELECT w.word, w.key, w.df FROM spell s JOIN words w ON w.word = s.word WHERE s.variant = ?1 \
         UNION ALL SELECT w.word, w.key, w.df FROM local_spell s \
         JOIN local_words w ON w.locale = s.locale AND w.word = s.word WHERE s.locale = ?2 AND s.variant = ?1"
    })?;
    for word in textnorm::words(query) {
        if textnorm::is_stop_word(&word) {
            continue;
        }
        let stem = textnorm::stem(&word);
        if plan.terms.iter().any(|t| matches!(t, QueryTerm::Known(s) if *s == stem)) {
            continue;
        }
        if known.exists(params_from_iter([word.as_str(), stem.as_str()].into_iter().chain(local)))? {
            plan.terms.push(QueryTerm::Known(stem));
            continue;
        }
        if word.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let key = textnorm::sound_key(&word);
        let limit = max_distance(key.chars().count().min(word.chars().count()));
        let mut candidates: Vec<(usize, i64, String)> = Vec::new();
        if limit > 0 {
            let mut variants = textnorm::deletion_variants(&key);
            variants.extend(
                textnorm::deletion_variants(&word).into_iter().filter(|v| !variants.contains(v)).collect::<Vec<_>>(),
            );
            for variant in variants {
                let rows = neighbours
                    .query_map(params_from_iter([variant.as_str()].into_iter().chain(local)), |row| {
                        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, i64>(2)?))
                    })?;
                for row in rows {
                    let (candidate, candidate_key, df) = row?;
                    // Near in sound or near in spelling, whichever is nearer.
                    let distance =
                        textnorm::osa_distance(&key, &candidate_key).min(textnorm::osa_distance(&word, &candidate));
                    if distance <= limit && !candidates.iter().any(|(_, _, w)| *w == candidate) {
                        candidates.push((distance, df, candidate));
                    }
                }
            }
        }
        candidates.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        if let Some(best_distance) = candidates.first().map(|c| c.0) {
            let mut stems: Vec<String> = Vec::new();
            for (_, _, candidate) in candidates.iter().filter(|c| c.0 == best_distance).take(3) {
                let candidate_stem = textnorm::stem(candidate);
                if !stems.contains(&candidate_stem) {
                    stems.push(candidate_stem);
                }
            }
            plan.terms.push(QueryTerm::Corrected { word, stems });
        } else if word.chars().count() >= 4 {
            plan.terms.push(QueryTerm::Prefix(word));
        } else if !plan.unmatched.contains(&word) {
            plan.unmatched.push(word);
        }
    }
    Ok(plan)
}
