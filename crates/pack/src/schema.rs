//! The pack file's schema. A pack is written once by the builder and only read afterwards, so
//! there are no migrations: a reader refuses a schema version it does not know.

/// `PRAGMA application_id` of every pack: "USTD".
pub const APPLICATION_ID: i32 = 0x5553_5444;
/// `PRAGMA user_version` of packs this code writes and reads.
pub const SCHEMA_VERSION: i32 = 1;

pub const SQL: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE lessons (
    id TEXT PRIMARY KEY,
    grade INTEGER NOT NULL,
    subject TEXT NOT NULL,
    ord INTEGER NOT NULL,
    slo TEXT,
    locales TEXT NOT NULL,          -- JSON array
    n_questions INTEGER NOT NULL,
    data TEXT NOT NULL              -- the whole lesson as JSON (curriculum::Lesson)
);
CREATE TABLE titles (
    lesson_id TEXT NOT NULL REFERENCES lessons(id),
    locale TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (lesson_id, locale)
) WITHOUT ROWID;
-- Passages: every section, plus the objectives and the glossary, per locale. Search ranks
-- lessons, then picks the passage of a lesson whose terms best meet the question.
CREATE TABLE passages (
    lesson_id TEXT NOT NULL REFERENCES lessons(id),
    locale TEXT NOT NULL,
    idx INTEGER NOT NULL,
    section TEXT NOT NULL,
    heading TEXT NOT NULL,
    text TEXT NOT NULL,             -- plain text, for snippets and for the tutor's grounding
    heading_terms TEXT NOT NULL,    -- textnorm::terms of the heading, space-separated
    terms TEXT NOT NULL,            -- textnorm::terms of the text
    PRIMARY KEY (lesson_id, locale, idx)
) WITHOUT ROWID;
-- Spelling correction: every indexed word with its stem, sound key and document frequency,
-- and the deletion variants of its sound key.
CREATE TABLE words (word TEXT PRIMARY KEY, stem TEXT NOT NULL, key TEXT NOT NULL, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX words_stem ON words(stem);
CREATE TABLE spell (variant TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY (variant, word)) WITHOUT ROWID;
-- The same for each regional locale (Pashto, Sindhi, Punjabi), holding its words that `words`
-- lacks: kept apart, they correct only that locale's readers' questions, never an Urdu one.
-- Packs built before these tables existed have none; readers check (`has_local_words`).
CREATE TABLE local_words (
    locale TEXT NOT NULL, word TEXT NOT NULL, stem TEXT NOT NULL, key TEXT NOT NULL, df INTEGER NOT NULL,
    PRIMARY KEY (locale, word)
) WITHOUT ROWID;
CREATE INDEX local_words_stem ON local_words(locale, stem);
CREATE TABLE local_spell (
    locale TEXT NOT NULL, variant TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY (locale, variant, word)
) WITHOUT ROWID;
-- In how many lessons of a locale each stem occurs. bm25 gives a stem found in more than half
-- of the lessons no weight, so search leaves such stems out of the match.
CREATE TABLE terms (locale TEXT NOT NULL, term TEXT NOT NULL, df INTEGER NOT NULL, PRIMARY KEY (locale, term)) WITHOUT ROWID;
";

/// One full-text table per locale, so that term statistics are those of one language and a
/// query searches its own language first. One row per lesson; columns hold stems (see
/// `textnorm::terms`).
pub fn fts_table(locale: &str) -> String {
    format!("fts_{}", locale.to_ascii_lowercase().replace('-', "_"))
}

pub fn fts_sql(locale: &str) -> String {
    format!(
        "CREATE VIRTUAL TABLE {} USING fts5(lesson_id UNINDEXED, title, keywords, glossary, body, \
         tokenize = 'unicode61 remove_diacritics 0');",
        fts_table(locale)
    )
}
