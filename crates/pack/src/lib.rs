//! Content packs: a curriculum compiled into one SQLite file (schema in [`schema`]), read-only
//! at run time. [`build_pack`] writes one; [`Pack::open`] reads one back.

mod archive;
mod build;
mod diff;
pub mod schema;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use curriculum::{Lesson, Subject};
use error_codes::ErrorCode;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde::Serialize;

pub use archive::{archive_removed, version_key, ARCHIVE_DIR};
pub use build::{build_pack, BuildReport};
pub use diff::{diff, PackDiff};

#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("no content pack at {0}")]
    NotFound(PathBuf),
    #[error("{0} is not an Ustad content pack")]
    NotAPack(PathBuf),
    #[error("{path} has pack format {found}; this version of Ustad reads format {supported}")]
    UnsupportedVersion { path: PathBuf, found: i32, supported: i32 },
    #[error("the content pack is damaged: {0}")]
    Corrupt(String),
    #[error("no lesson `{0}` in this pack")]
    LessonNotFound(String),
    #[error("cannot write {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

impl PackError {
    /// A stable code for the UI and for scripts.
    pub fn code(&self) -> ErrorCode {
        match self {
            PackError::NotFound(_) => ErrorCode::PackNotFound,
            PackError::NotAPack(_) => ErrorCode::PackInvalid,
            PackError::UnsupportedVersion { .. } => ErrorCode::PackVersionUnsupported,
            PackError::Corrupt(_) | PackError::Json(_) => ErrorCode::PackCorrupt,
            PackError::LessonNotFound(_) => ErrorCode::LessonNotFound,
            PackError::Io { .. } => ErrorCode::IoError,
            PackError::Sqlite(_) => ErrorCode::PackReadFailed,
        }
    }
}

pub type Result<T> = std::result::Result<T, PackError>;

/// What `pack info` shows.
#[derive(Debug, Clone, Serialize)]
pub struct PackInfo {
    pub path: PathBuf,
    pub schema_version: i32,
    pub pack_id: String,
    pub version: String,
    pub publisher: String,
    pub title: BTreeMap<String, String>,
    pub build_date: String,
    pub content_hash: String,
    pub locales: Vec<String>,
    pub n_lessons: usize,
    /// Lessons with text in each locale (the documents of that locale's search index).
    pub docs_per_locale: BTreeMap<String, usize>,
    pub bytes: u64,
}

/// One line of a lesson list.
#[derive(Debug, Clone, Serialize)]
pub struct LessonSummary {
    pub id: String,
    pub grade: u8,
    pub subject: Subject,
    pub order: u32,
    pub slo: Option<String>,
    pub title: String,
    pub locales: Vec<String>,
    pub n_questions: usize,
}

/// Which lessons to list.
#[derive(Debug, Clone, Default)]
pub struct LessonFilter {
    pub grade: Option<u8>,
    pub subject: Option<Subject>,
}

/// A searchable passage: one section (or the objectives, or the glossary) in one locale.
#[derive(Debug, Clone, Serialize)]
pub struct Passage {
    pub lesson_id: String,
    pub locale: String,
    pub section: String,
    pub heading: String,
    pub text: String,
    /// Stems of the heading and of the text, space-separated (see `textnorm::terms`).
    #[serde(skip)]
    pub heading_terms: String,
    #[serde(skip)]
    pub terms: String,
}

/// An open, read-only content pack, with the archived packs behind it (see [`Pack::with_archive`]).
#[derive(Debug)]
pub struct Pack {
    path: PathBuf,
    conn: Connection,
    info: PackInfo,
    archive: Vec<Pack>,
}

impl Pack {
    /// Opens the pack at `path`, refusing anything that is not a pack of a known format.
    pub fn open(path: &Path) -> Result<Pack> {
        if !path.is_file() {
            return Err(PackError::NotFound(path.to_owned()));
        }
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
                .map_err(|_| PackError::NotAPack(path.to_owned()))?;
        let application_id: i32 = conn
            .query_row("PRAGMA application_id", [], |row| row.get(0))
            .map_err(|_| PackError::NotAPack(path.to_owned()))?;
        if application_id != schema::APPLICATION_ID {
            return Err(PackError::NotAPack(path.to_owned()));
        }
        let found: i32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if found != schema::SCHEMA_VERSION {
            return Err(PackError::UnsupportedVersion {
                path: path.to_owned(),
                found,
                supported: schema::SCHEMA_VERSION,
            });
        }
        conn.execute_batch("PRAGMA query_only = ON; PRAGMA trusted_schema = OFF; PRAGMA cache_size = -16000;")?;
        let info = read_info(&conn, path).map_err(|err| match err {
            PackError::Sqlite(e) => PackError::Corrupt(e.to_string()),
            other => other,
        })?;
        Ok(Pack { path: path.to_owned(), conn, info, archive: Vec::new() })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn info(&self) -> &PackInfo {
        &self.info
    }

    /// The connection, for the search engine. Read-only.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Runs SQLite's integrity check over the whole file.
    pub fn verify(&self) -> Result<()> {
        let verdict: String = self.conn.query_row("PRAGMA integrity_check(1)", [], |row| row.get(0))?;
        if verdict == "ok" {
            Ok(())
        } else {
            Err(PackError::Corrupt(verdict))
        }
    }

    /// Lessons matching `filter`, by subject and then order, titled in `locale` (or English).
    pub fn lessons(&self, filter: &LessonFilter, locale: &str) -> Result<Vec<LessonSummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.id, l.grade, l.subject, l.ord, l.slo, l.locales, l.n_questions,
                    COALESCE(t.title, e.title)
             FROM lessons l
             JOIN titles e ON e.lesson_id = l.id AND e.locale = 'en'
             LEFT JOIN titles t ON t.lesson_id = l.id AND t.locale = ?1
             WHERE (?2 IS NULL OR l.grade = ?2) AND (?3 IS NULL OR l.subject = ?3)
             ORDER BY l.subject DESC, l.ord, l.id",
        )?;
        let rows =
            stmt.query_map(rusqlite::params![locale, filter.grade, filter.subject.map(Subject::as_str)], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, u8>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, u32>(3)?,
                    row.get::<_, Option<String>>(4)?,
                    row.get::<_, String>(5)?,
                    row.get::<_, i64>(6)? as usize,
                    row.get::<_, String>(7)?,
                ))
            })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, grade, subject, order, slo, locales, n_questions, title) = row?;
            let subject = Subject::parse(&subject).ok_or_else(|| PackError::Corrupt(format!("subject `{subject}`")))?;
            out.push(LessonSummary {
                id,
                grade,
                subject,
                order,
                slo,
                title,
                locales: serde_json::from_str(&locales)?,
                n_questions,
            });
        }
        Ok(out)
    }

    /// The whole lesson (from the archive if the current pack no longer has it).
    pub fn lesson(&self, id: &str) -> Result<Lesson> {
        let data: Option<String> = self
            .source(id)?
            .conn
            .prepare_cached("SELECT data FROM lessons WHERE id = ?1")?
            .query_row([id], |row| row.get(0))
            .optional()?;
        let data = data.ok_or_else(|| PackError::LessonNotFound(id.to_owned()))?;
        Ok(serde_json::from_str(&data)?)
    }

    /// The passages of a lesson in one locale, in reading order.
    pub fn passages(&self, lesson_id: &str, locale: &str) -> Result<Vec<Passage>> {
        self.read_passages(lesson_id, locale, true)
    }

    /// The passages of a lesson in one locale with their stems only (`text` left empty), for
    /// choosing among them cheaply; [`Pack::passage_text`] then reads the chosen one.
    pub fn passage_terms(&self, lesson_id: &str, locale: &str) -> Result<Vec<Passage>> {
        self.read_passages(lesson_id, locale, false)
    }

    fn read_passages(&self, lesson_id: &str, locale: &str, with_text: bool) -> Result<Vec<Passage>> {
        let mut stmt = self.source(lesson_id)?.conn.prepare_cached(
            "SELECT section, heading, CASE WHEN ?3 THEN text ELSE '' END, heading_terms, terms FROM passages
             WHERE lesson_id = ?1 AND locale = ?2 ORDER BY idx",
        )?;
        let rows = stmt.query_map(rusqlite::params![lesson_id, locale, with_text], |row| {
            Ok(Passage {
                lesson_id: lesson_id.to_owned(),
                locale: locale.to_owned(),
                section: row.get(0)?,
                heading: row.get(1)?,
                text: row.get(2)?,
                heading_terms: row.get(3)?,
                terms: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The plain text of one passage.
    pub fn passage_text(&self, lesson_id: &str, locale: &str, section: &str) -> Result<Option<String>> {
        Ok(self
            .source(lesson_id)?
            .conn
            .prepare_cached("SELECT text FROM passages WHERE lesson_id = ?1 AND locale = ?2 AND section = ?3")?
            .query_row([lesson_id, locale, section], |row| row.get(0))
            .optional()?)
    }

    /// In how many lessons of `locale` the stem `term` occurs.
    pub fn term_df(&self, locale: &str, term: &str) -> Result<usize> {
        let df: Option<i64> = self
            .conn
            .prepare_cached("SELECT df FROM terms WHERE locale = ?1 AND term = ?2")?
            .query_row([locale, term], |row| row.get(0))
            .optional()?;
        Ok(df.unwrap_or(0) as usize)
    }

    /// The title of a lesson in `locale`, if the lesson has that locale.
    pub fn title(&self, lesson_id: &str, locale: &str) -> Result<Option<String>> {
        Ok(self
            .source(lesson_id)?
            .conn
            .prepare_cached("SELECT title FROM titles WHERE lesson_id = ?1 AND locale = ?2")?
            .query_row([lesson_id, locale], |row| row.get(0))
            .optional()?)
    }
}

fn read_info(conn: &Connection, path: &Path) -> Result<PackInfo> {
    let mut stmt = conn.prepare("SELECT key, value FROM meta")?;
    let meta: BTreeMap<String, String> =
        stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?.collect::<std::result::Result<_, _>>()?;
    let field =
        |key: &str| meta.get(key).cloned().ok_or_else(|| PackError::Corrupt(format!("metadata `{key}` is missing")));
    Ok(PackInfo {
        path: path.to_owned(),
        schema_version: field("schema_version")?.parse().map_err(|_| PackError::Corrupt("schema_version".into()))?,
        pack_id: field("pack_id")?,
        version: field("version")?,
        publisher: field("publisher").unwrap_or_default(),
        title: serde_json::from_str(&field("title")?)?,
        build_date: field("build_date")?,
        content_hash: field("content_hash")?,
        locales: serde_json::from_str(&field("locales")?)?,
        n_lessons: field("n_lessons")?.parse().map_err(|_| PackError::Corrupt("n_lessons".into()))?,
        docs_per_locale: serde_json::from_str(&field("docs_per_locale")?)?,
        bytes: std::fs::metadata(path).map(|m| m.len()).unwrap_or(0),
    })
}
