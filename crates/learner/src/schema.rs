//! The learner database schema and its migrations. `MIGRATIONS[i]` takes a database from
//! version `i` to `i + 1`; a migration that has shipped is never edited, only followed by
//! another. `tests/fixtures/learner-v1.sql` (top level) keeps a copy of the first schema.

/// The schema version this code writes.
pub const VERSION: i32 = MIGRATIONS.len() as i32;

pub const MIGRATIONS: &[&str] = &[V1, V2, V3];

const V1: &str = "
CREATE TABLE device (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device_id TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE profiles (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('learner', 'teacher')),
    name TEXT NOT NULL,
    locale TEXT NOT NULL,
    avatar TEXT,
    pin_hash TEXT,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX profiles_name ON profiles (kind, name COLLATE NOCASE);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- Records below move between devices. They carry a global id and the device that made them,
-- and are never changed or deleted, so merging two devices is a union.
CREATE TABLE progress (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    learner_id TEXT NOT NULL REFERENCES profiles (id),
    lesson_id TEXT NOT NULL,
    section TEXT NOT NULL,
    locale TEXT NOT NULL,
    seconds INTEGER NOT NULL CHECK (seconds >= 0),
    at TEXT NOT NULL
);
CREATE INDEX progress_learner ON progress (learner_id, lesson_id);
CREATE TABLE attempts (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    learner_id TEXT NOT NULL REFERENCES profiles (id),
    lesson_id TEXT NOT NULL,
    pack_id TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    locale TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    n_correct INTEGER NOT NULL,
    n_questions INTEGER NOT NULL
);
CREATE INDEX attempts_learner ON attempts (learner_id, lesson_id);
CREATE TABLE answers (
    id TEXT PRIMARY KEY,
    attempt_id TEXT NOT NULL REFERENCES attempts (id),
    question_id TEXT NOT NULL,
    response TEXT NOT NULL,
    correct INTEGER NOT NULL,
    hint_used INTEGER NOT NULL,
    answered_at TEXT NOT NULL
);
CREATE INDEX answers_attempt ON answers (attempt_id);
CREATE TRIGGER progress_no_update BEFORE UPDATE ON progress BEGIN SELECT RAISE(ABORT, 'progress is append-only'); END;
CREATE TRIGGER progress_no_delete BEFORE DELETE ON progress BEGIN SELECT RAISE(ABORT, 'progress is append-only'); END;
CREATE TRIGGER attempts_no_update BEFORE UPDATE ON attempts BEGIN SELECT RAISE(ABORT, 'attempts are append-only'); END;
CREATE TRIGGER attempts_no_delete BEFORE DELETE ON attempts BEGIN SELECT RAISE(ABORT, 'attempts are append-only'); END;
CREATE TRIGGER answers_no_update BEFORE UPDATE ON answers BEGIN SELECT RAISE(ABORT, 'answers are append-only'); END;
CREATE TRIGGER answers_no_delete BEFORE DELETE ON answers BEGIN SELECT RAISE(ABORT, 'answers are append-only'); END;
";

/// Version 2: every tutor exchange, for the teacher's audit view. Append-only like attempts.
const V2: &str = "
CREATE TABLE exchanges (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    learner_id TEXT REFERENCES profiles (id),
    lesson_id TEXT,
    locale TEXT NOT NULL,
    question TEXT NOT NULL,         -- redacted of personal data
    answer TEXT NOT NULL,
    mode TEXT NOT NULL,             -- llm, curriculum, hint, blocked
    model_id TEXT,
    model_sha256 TEXT,
    citations TEXT NOT NULL,        -- JSON array of {lesson_id, section}
    flags TEXT NOT NULL,            -- JSON array of {category, rule}
    at TEXT NOT NULL
);
CREATE INDEX exchanges_learner ON exchanges (learner_id, at);
CREATE TRIGGER exchanges_no_update BEFORE UPDATE ON exchanges BEGIN SELECT RAISE(ABORT, 'exchanges are append-only'); END;
CREATE TRIGGER exchanges_no_delete BEFORE DELETE ON exchanges BEGIN SELECT RAISE(ABORT, 'exchanges are append-only'); END;
";

/// Version 3: how the tutor decided and what its check removed, for the audit view: a JSON
/// object with the Roman Urdu transliteration, the coverage, the model sentences released and
/// those dropped with their reason, a fallback to quoting, and a worker error code.
const V3: &str = "
ALTER TABLE exchanges ADD COLUMN audit TEXT NOT NULL DEFAULT '{}';
";
