//! Writing a pack: everything goes into a temporary file beside the target, which is renamed
//! over it only once complete, so a pack on disk is never half-written.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use curriculum::{pick, plain_text, Curriculum, Lesson};
use rusqlite::{params, Connection};

use crate::schema::{self, fts_table};
use crate::{PackError, Result};

/// What a build did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct BuildReport {
    pub path: PathBuf,
    pub pack_id: String,
    pub version: String,
    pub content_hash: String,
    pub n_lessons: usize,
    pub n_passages: usize,
    pub locales: Vec<String>,
    pub bytes: u64,
}

/// One searchable unit of a lesson in one locale.
struct Passage {
    section: String,
    heading: String,
    text: String,
}

/// The passages of `lesson` in `locale`: objectives, each section, then the glossary.
fn passages(lesson: &Lesson, locale: &str) -> Vec<Passage> {
    let Some(text) = lesson.texts.get(locale) else { return Vec::new() };
    let mut out =
        vec![Passage { section: "objectives".into(), heading: text.title.clone(), text: text.objectives.join("\n") }];
    for section in &text.sections {
        out.push(Passage {
            section: section.id.clone(),
            heading: section.heading.clone(),
            text: plain_text(&section.body),
        });
    }
    let glossary: Vec<String> = lesson
        .glossary
        .iter()
        .filter_map(|entry| {
            let term = entry.term.get(locale)?;
            let english =
                entry.term.get("en").filter(|_| locale != "en").map(|en| format!(" ({en})")).unwrap_or_default();
            Some(format!("{term}{english}: {}", pick(&entry.definition, locale)))
        })
        .collect();
    if !glossary.is_empty() {
        out.push(Passage { section: "glossary".into(), heading: String::new(), text: glossary.join("\n") });
    }
    out
}

/// Writes a spelling vocabulary: each word with its stem, sound key and document frequency, and
/// the deletion variants that find it. `locale` is `None` for the shared English and Urdu one
/// (`words`, `spell`), a regional locale for its own (`local_words`, `local_spell`).
fn insert_vocabulary(tx: &Connection, locale: Option<&str>, word_df: &HashMap<String, i64>) -> Result<()> {
    // The regional tables have a locale column, bound last.
    let (words, spell, column, word_locale, variant_locale) = match locale {
        None => ("words", "spell", "", "", ""),
        Some(_) => ("local_words", "local_spell", ", locale", ", ?5", ", ?3"),
    };
    let mut insert_word =
        tx.prepare(&format!("INSERT INTO {words} (word, stem, key, df{column}) VALUES (?1, ?2, ?3, ?4{word_locale})"))?;
    let mut insert_variant =
        tx.prepare(&format!("INSERT OR IGNORE INTO {spell} (variant, word{column}) VALUES (?1, ?2{variant_locale})"))?;
    let with_locale = |mut values: Vec<rusqlite::types::Value>| {
        values.extend(locale.map(|l| rusqlite::types::Value::Text(l.to_owned())));
        rusqlite::params_from_iter(values)
    };
    let mut sorted_words: Vec<(&String, &i64)> = word_df.iter().collect();
    sorted_words.sort();
    for (word, df) in sorted_words {
        let key = textnorm::sound_key(word);
        insert_word.execute(with_locale(vec![
            word.clone().into(),
            textnorm::stem(word).into(),
            key.clone().into(),
            (*df).into(),
        ]))?;
        // Words of one or two letters are too short to correct without guessing. Variants of
        // the sound key catch phonetic spellings, variants of the word itself catch slips such
        // as swapped letters.
        if word.chars().count() >= 3 && !word.chars().all(|c| c.is_ascii_digit()) {
            for variant in textnorm::deletion_variants(&key).into_iter().chain(textnorm::deletion_variants(word)) {
                insert_variant.execute(with_locale(vec![variant.into(), word.clone().into()]))?;
            }
        }
    }
    Ok(())
}

/// Builds the pack for `curriculum` at `out`. `build_date` is RFC 3339.
pub fn build_pack(curriculum: &Curriculum, out: &Path, build_date: &str) -> Result<BuildReport> {
    let file_name = out
        .file_name()
        .ok_or_else(|| PackError::Io { path: out.to_owned(), source: std::io::ErrorKind::InvalidInput.into() })?;
    let dir = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|source| PackError::Io { path: dir.to_owned(), source })?;
    let tmp = dir.join(format!(".{}.tmp-{}", file_name.to_string_lossy(), std::process::id()));
    let _ = fs::remove_file(&tmp);
    let result = write_pack(curriculum, &tmp, build_date).and_then(|report| {
        let file = fs::File::open(&tmp).map_err(|source| PackError::Io { path: tmp.clone(), source })?;
        file.sync_all().map_err(|source| PackError::Io { path: tmp.clone(), source })?;
        fs::rename(&tmp, out).map_err(|source| PackError::Io { path: out.to_owned(), source })?;
        if let Ok(dir_handle) = fs::File::open(dir) {
            let _ = dir_handle.sync_all();
        }
        let bytes = fs::metadata(out).map(|m| m.len()).unwrap_or(0);
        Ok(BuildReport { path: out.to_owned(), bytes, ..report })
    });
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn write_pack(curriculum: &Curriculum, path: &Path, build_date: &str) -> Result<BuildReport> {
    let mut conn = Connection::open(path)?;
    conn.execute_batch(&format!(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA application_id = {}; PRAGMA user_version = {};",
        schema::APPLICATION_ID,
        schema::SCHEMA_VERSION
    ))?;
    let locales: Vec<String> = curriculum::LOCALES
        .iter()
        .filter(|l| curriculum.lessons.iter().any(|lesson| lesson.texts.contains_key(**l)))
        .map(|l| l.to_string())
        .collect();
    let tx = conn.transaction()?;
    tx.execute_batch(schema::SQL)?;
    for locale in &locales {
        tx.execute_batch(&schema::fts_sql(locale))?;
    }
    let meta = [
        ("schema_version", schema::SCHEMA_VERSION.to_string()),
        ("pack_id", curriculum.pack.id.clone()),
        ("version", curriculum.pack.version.clone()),
        ("publisher", curriculum.pack.publisher.clone()),
        ("title", serde_json::to_string(&curriculum.pack.title)?),
        ("build_date", build_date.to_owned()),
        ("content_hash", curriculum.content_hash.clone()),
        ("locales", serde_json::to_string(&locales)?),
        ("n_lessons", curriculum.lessons.len().to_string()),
    ];
    for (key, value) in &meta {
        tx.execute("INSERT INTO meta (key, value) VALUES (?1, ?2)", params![key, value])?;
    }
    // Document frequency of each folded word: in how many lesson texts (English or Urdu) it occurs.
    let mut word_df: HashMap<String, i64> = HashMap::new();
    let mut local_df: BTreeMap<String, HashMap<String, i64>> = BTreeMap::new();
    let mut term_df: BTreeMap<(String, String), i64> = BTreeMap::new();
    let mut docs_per_locale: BTreeMap<String, usize> = BTreeMap::new();
    let mut n_passages = 0;
    {
        let mut insert_lesson = tx.prepare(
            "INSERT INTO lessons (id, grade, subject, ord, slo, locales, n_questions, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        let mut insert_title = tx.prepare("INSERT INTO titles (lesson_id, locale, title) VALUES (?1, ?2, ?3)")?;
        let mut insert_passage =
            tx.prepare("INSERT INTO passages (lesson_id, locale, idx, section, heading, text, heading_terms, terms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?;
        let mut insert_fts: BTreeMap<&str, rusqlite::Statement<'_>> = BTreeMap::new();
        for locale in &locales {
            let sql = format!(
                "INSERT INTO {} (lesson_id, title, keywords, glossary, body) VALUES (?1, ?2, ?3, ?4, ?5)",
                fts_table(locale)
            );
            insert_fts.insert(locale.as_str(), tx.prepare(&sql)?);
        }
        for lesson in &curriculum.lessons {
            insert_lesson.execute(params![
                lesson.id,
                lesson.grade,
                lesson.subject.as_str(),
                lesson.order,
                lesson.slo,
                serde_json::to_string(&lesson.locales())?,
                lesson.quiz.len() as i64,
                serde_json::to_string(lesson)?,
            ])?;
            for (locale, text) in &lesson.texts {
                insert_title.execute(params![lesson.id, locale, text.title])?;
                let keywords = lesson.keywords.get(locale).map(|k| k.join(" ")).unwrap_or_default();
                let glossary_terms: Vec<&str> =
                    lesson.glossary.iter().filter_map(|e| e.term.get(locale).map(String::as_str)).collect();
                let mut body_terms: Vec<String> = Vec::new();
                let mut lesson_words: BTreeSet<String> = BTreeSet::new();
                for (idx, passage) in passages(lesson, locale).into_iter().enumerate() {
                    n_passages += 1;
                    let heading_terms = textnorm::terms(&passage.heading);
                    let terms = textnorm::terms(&passage.text);
                    insert_passage.execute(params![
                        lesson.id,
                        locale,
                        idx as i64,
                        passage.section,
                        passage.heading,
                        passage.text,
                        heading_terms.join(" "),
                        terms.join(" ")
                    ])?;
                    body_terms.extend(heading_terms);
                    body_terms.extend(terms);
                    let words = textnorm::words(&format!("{} {}", passage.heading, passage.text));
                    lesson_words.extend(words.into_iter().filter(|w| !textnorm::is_stop_word(w)));
                }
                lesson_words.extend(
                    textnorm::words(&format!("{} {keywords}", text.title))
                        .into_iter()
                        .filter(|w| !textnorm::is_stop_word(w)),
                );
                let title_terms = textnorm::terms(&text.title);
                let keyword_terms = textnorm::terms(&keywords);
                let glossary_terms = textnorm::terms(&glossary_terms.join(" "));
                let distinct: BTreeSet<&String> =
                    title_terms.iter().chain(&keyword_terms).chain(&glossary_terms).chain(&body_terms).collect();
                for term in distinct {
                    *term_df.entry((locale.clone(), term.clone())).or_default() += 1;
                }
                *docs_per_locale.entry(locale.clone()).or_default() += 1;
                insert_fts.get_mut(locale.as_str()).expect("a table per locale").execute(params![
                    lesson.id,
                    title_terms.join(" "),
                    keyword_terms.join(" "),
                    glossary_terms.join(" "),
                    body_terms.join(" ")
                ])?;
                // The shared vocabulary (spelling correction and Roman Urdu) knows English and
                // Urdu words only: Punjabi, Pashto and Sindhi words close to Urdu ones would
                // "correct" Urdu questions. Each of those has a vocabulary of its own.
                let df = if curriculum::REQUIRED_LOCALES.contains(&locale.as_str()) {
                    &mut word_df
                } else {
                    local_df.entry(locale.clone()).or_default()
                };
                for word in lesson_words {
                    *df.entry(word).or_default() += 1;
                }
            }
        }
        let mut insert_term = tx.prepare("INSERT INTO terms (locale, term, df) VALUES (?1, ?2, ?3)")?;
        for ((locale, term), df) in &term_df {
            insert_term.execute(params![locale, term, df])?;
        }
        insert_vocabulary(&tx, None, &word_df)?;
        for (locale, df) in &mut local_df {
            df.retain(|word, _| !word_df.contains_key(word));
            insert_vocabulary(&tx, Some(locale), df)?;
        }
    }
    tx.execute(
        "INSERT INTO meta (key, value) VALUES ('docs_per_locale', ?1)",
        [serde_json::to_string(&docs_per_locale)?],
    )?;
    for locale in &locales {
        let table = fts_table(locale);
        tx.execute_batch(&format!("INSERT INTO {table} ({table}) VALUES ('optimize');"))?;
    }
    tx.commit()?;
    conn.execute_batch("ANALYZE;")?;
    conn.close().map_err(|(_, err)| err)?;
    Ok(BuildReport {
        path: path.to_owned(),
        pack_id: curriculum.pack.id.clone(),
        version: curriculum.pack.version.clone(),
        content_hash: curriculum.content_hash.clone(),
        n_lessons: curriculum.lessons.len(),
        n_passages,
        locales,
        bytes: 0,
    })
}
