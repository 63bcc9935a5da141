//! The learner database schema and its migrations. `MIGRATIONS[i]` takes a database from
//! version `i` to `i + 1`; a migration that has shipped is never edited, only followed by
//! another. `tests/fixtures/learner-v1.sql` and `learner-v2.sql` (top level) keep copies of
//! the first schemas, and a test migrates each.

use rusqlite::Transaction;

/// The schema version this code writes.
pub const VERSION: i32 = MIGRATIONS.len() as i32;

/// One step: SQL, or SQL around a backfill that needs Rust (ids, clocks).
pub enum Migration {
    Sql(&'static str),
    Steps { before: &'static str, backfill: fn(&Transaction<'_>) -> rusqlite::Result<()>, after: &'static str },
}

impl Migration {
    pub fn run(&self, tx: &Transaction<'_>) -> rusqlite::Result<()> {
        match self {
            Migration::Sql(sql) => tx.execute_batch(sql),
            Migration::Steps { before, backfill, after } => {
                tx.execute_batch(before)?;
                backfill(tx)?;
                tx.execute_batch(after)
            }
        }
    }
}

pub const MIGRATIONS: &[Migration] = &[
    Migration::Sql(V1),
    Migration::Sql(V2),
    Migration::Sql(V3),
    Migration::Steps { before: V4_BEFORE, backfill: crate::backfill::v4, after: V4_AFTER },
    Migration::Sql(V5),
    Migration::Sql(V6),
    Migration::Sql(V7),
];

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

/// Version 4: ready for teachers and for merging devices.
/// - Every record that moves between devices carries its UUID v7 id, the device that made it,
///   that device's sequence number (`seq`, one counter over all tables) and a hybrid logical
///   clock (`hlc`: milliseconds since 1970, never less than the last clock this device saw plus
///   one). Order is `(hlc, device_id, seq)`, never a formatted time.
/// - Answers carry their learner and device.
/// - Profiles: two learners may share a name. What can change about a profile (name, language,
///   picture, PIN, deletion) is an append-only change event; the newest by clock wins and the
///   older stay as history. The `profiles` row holds the winning values for fast reading.
/// - Erasing a learner's data leaves a tombstone in `erasures`; the append-only triggers let
///   rows of an erased learner, and only those, be deleted.
/// - The device row remembers which machine it belongs to (`machine_key`); a copied disk image
///   on another machine gets a new device id, and the old one is kept in `former_devices`.
/// - `pin_failures` (this laptop only, never synced) slows down guessing a PIN.
const V4_BEFORE: &str = "
DROP TRIGGER progress_no_update;
DROP TRIGGER progress_no_delete;
DROP TRIGGER attempts_no_update;
DROP TRIGGER attempts_no_delete;
DROP TRIGGER answers_no_update;
DROP TRIGGER answers_no_delete;
DROP TRIGGER exchanges_no_update;
DROP TRIGGER exchanges_no_delete;
DROP INDEX profiles_name;
CREATE INDEX profiles_by_name ON profiles (name COLLATE NOCASE);

ALTER TABLE device ADD COLUMN machine_key TEXT;
ALTER TABLE device ADD COLUMN next_seq INTEGER NOT NULL DEFAULT 1;
ALTER TABLE device ADD COLUMN clock INTEGER NOT NULL DEFAULT 0;
CREATE TABLE former_devices (
    device_id TEXT PRIMARY KEY,
    machine_key TEXT,
    last_seq INTEGER NOT NULL,
    retired_at TEXT NOT NULL
);

ALTER TABLE profiles ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE profiles ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE profiles ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE progress ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE progress ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attempts ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attempts ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE answers ADD COLUMN device_id TEXT NOT NULL DEFAULT '';
ALTER TABLE answers ADD COLUMN learner_id TEXT NOT NULL DEFAULT '';
ALTER TABLE answers ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE answers ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE exchanges ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE exchanges ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
UPDATE answers SET device_id = (SELECT a.device_id FROM attempts a WHERE a.id = answers.attempt_id),
                   learner_id = (SELECT a.learner_id FROM attempts a WHERE a.id = answers.attempt_id);

CREATE TABLE changes (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    entity TEXT NOT NULL,           -- profile (classes and enrolment follow)
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,            -- name, locale, avatar, pin_hash, deleted
    value TEXT NOT NULL,            -- JSON
    at TEXT NOT NULL
);
CREATE INDEX changes_field ON changes (entity, entity_id, field, hlc, device_id);
CREATE TABLE erasures (
    learner_id TEXT PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    erased_by TEXT,
    at TEXT NOT NULL
);
CREATE TABLE pin_failures (
    profile_id TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_ms INTEGER NOT NULL
);
";

const V4_AFTER: &str = "
CREATE UNIQUE INDEX profiles_seq ON profiles (device_id, seq);
CREATE UNIQUE INDEX progress_seq ON progress (device_id, seq);
CREATE UNIQUE INDEX attempts_seq ON attempts (device_id, seq);
CREATE UNIQUE INDEX answers_seq ON answers (device_id, seq);
CREATE UNIQUE INDEX exchanges_seq ON exchanges (device_id, seq);
CREATE UNIQUE INDEX changes_seq ON changes (device_id, seq);
CREATE INDEX answers_learner ON answers (learner_id);
CREATE INDEX exchanges_learner_hlc ON exchanges (learner_id, hlc);

CREATE TRIGGER profiles_fixed BEFORE UPDATE OF id, device_id, kind, created_at, seq, hlc ON profiles
BEGIN SELECT RAISE(ABORT, 'a profile keeps its id, kind and clock'); END;
CREATE TRIGGER profiles_no_delete BEFORE DELETE ON profiles
WHEN NOT EXISTS (SELECT 1 FROM erasures e WHERE e.learner_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'a profile is deleted by a tombstone'); END;
CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes BEGIN SELECT RAISE(ABORT, 'changes are append-only'); END;
CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes
WHEN NOT EXISTS (SELECT 1 FROM erasures e WHERE e.learner_id = OLD.entity_id)
BEGIN SELECT RAISE(ABORT, 'changes are append-only'); END;
CREATE TRIGGER erasures_no_update BEFORE UPDATE ON erasures BEGIN SELECT RAISE(ABORT, 'erasures are append-only'); END;
CREATE TRIGGER erasures_no_delete BEFORE DELETE ON erasures BEGIN SELECT RAISE(ABORT, 'erasures are append-only'); END;
CREATE TRIGGER progress_no_update BEFORE UPDATE ON progress BEGIN SELECT RAISE(ABORT, 'progress is append-only'); END;
CREATE TRIGGER progress_no_delete BEFORE DELETE ON progress
WHEN NOT EXISTS (SELECT 1 FROM erasures e WHERE e.learner_id = OLD.learner_id)
BEGIN SELECT RAISE(ABORT, 'progress is append-only'); END;
CREATE TRIGGER attempts_no_update BEFORE UPDATE ON attempts BEGIN SELECT RAISE(ABORT, 'attempts are append-only'); END;
CREATE TRIGGER attempts_no_delete BEFORE DELETE ON attempts
WHEN NOT EXISTS (SELECT 1 FROM erasures e WHERE e.learner_id = OLD.learner_id)
BEGIN SELECT RAISE(ABORT, 'attempts are append-only'); END;
CREATE TRIGGER answers_no_update BEFORE UPDATE ON answers BEGIN SELECT RAISE(ABORT, 'answers are append-only'); END;
CREATE TRIGGER answers_no_delete BEFORE DELETE ON answers
WHEN NOT EXISTS (SELECT 1 FROM erasures e WHERE e.learner_id = OLD.learner_id)
BEGIN SELECT RAISE(ABORT, 'answers are append-only'); END;
CREATE TRIGGER exchanges_no_update BEFORE UPDATE ON exchanges BEGIN SELECT RAISE(ABORT, 'exchanges are append-only'); END;
CREATE TRIGGER exchanges_no_delete BEFORE DELETE ON exchanges
WHEN NOT EXISTS (SELECT 1 FROM erasures e WHERE e.learner_id = OLD.learner_id)
BEGIN SELECT RAISE(ABORT, 'exchanges are append-only'); END;
";

/// Version 5: the classroom. Classes (with their teacher and how much the tutor may do),
/// groups inside a class, enrolment (a learner's `class_id` and `group_id`, changed by events
/// like the rest of a profile) and assignments. Rows are stamped like every synced record;
/// the columns that change are the winners of change events.
const V5: &str = "
ALTER TABLE profiles ADD COLUMN class_id TEXT;
ALTER TABLE profiles ADD COLUMN group_id TEXT;
CREATE TABLE classes (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    name TEXT NOT NULL,
    teacher_id TEXT NOT NULL,
    tutor_mode TEXT NOT NULL DEFAULT 'on',   -- on, hints, off
    daily_limit INTEGER,                     -- questions per learner per day; NULL: no limit
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX classes_seq ON classes (device_id, seq);
CREATE TABLE class_groups (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    class_id TEXT NOT NULL,
    name TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX class_groups_seq ON class_groups (device_id, seq);
CREATE INDEX class_groups_class ON class_groups (class_id);
CREATE TABLE assignments (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    class_id TEXT NOT NULL,
    group_id TEXT,                           -- to one group of the class
    learner_id TEXT,                         -- to one learner
    lesson_id TEXT NOT NULL,
    part TEXT NOT NULL CHECK (part IN ('lesson', 'quiz', 'both')),
    assigned_by TEXT NOT NULL,
    due TEXT,                                -- YYYY-MM-DD
    note TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX assignments_seq ON assignments (device_id, seq);
CREATE INDEX assignments_class ON assignments (class_id);
CREATE INDEX profiles_class ON profiles (class_id);

CREATE TRIGGER classes_fixed BEFORE UPDATE OF id, device_id, seq, hlc, created_at ON classes
BEGIN SELECT RAISE(ABORT, 'a class keeps its id and clock'); END;
CREATE TRIGGER classes_no_delete BEFORE DELETE ON classes BEGIN SELECT RAISE(ABORT, 'a class is deleted by a tombstone'); END;
CREATE TRIGGER class_groups_fixed BEFORE UPDATE OF id, device_id, seq, hlc, created_at, class_id ON class_groups
BEGIN SELECT RAISE(ABORT, 'a group keeps its id, class and clock'); END;
CREATE TRIGGER class_groups_no_delete BEFORE DELETE ON class_groups
BEGIN SELECT RAISE(ABORT, 'a group is deleted by a tombstone'); END;
CREATE TRIGGER assignments_fixed
BEFORE UPDATE OF id, device_id, seq, hlc, created_at, class_id, group_id, learner_id, lesson_id, part, assigned_by
ON assignments BEGIN SELECT RAISE(ABORT, 'an assignment keeps what it assigns to whom'); END;
CREATE TRIGGER assignments_no_delete BEFORE DELETE ON assignments
WHEN OLD.learner_id IS NULL OR NOT EXISTS (SELECT 1 FROM erasures e WHERE e.learner_id = OLD.learner_id)
BEGIN SELECT RAISE(ABORT, 'an assignment is deleted by a tombstone'); END;
";

/// Version 6: a teacher marks a tutor answer as wrong (kept for the report and the content
/// authors). Append-only and stamped; an erased learner's marks go with their exchanges.
const V6: &str = "
CREATE TABLE exchange_marks (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    exchange_id TEXT NOT NULL,
    learner_id TEXT,
    teacher_id TEXT NOT NULL,
    note TEXT,
    at TEXT NOT NULL
);
CREATE UNIQUE INDEX exchange_marks_seq ON exchange_marks (device_id, seq);
CREATE INDEX exchange_marks_exchange ON exchange_marks (exchange_id);
CREATE TRIGGER exchange_marks_no_update BEFORE UPDATE ON exchange_marks
BEGIN SELECT RAISE(ABORT, 'marks are append-only'); END;
CREATE TRIGGER exchange_marks_no_delete BEFORE DELETE ON exchange_marks
WHEN OLD.learner_id IS NULL OR NOT EXISTS (SELECT 1 FROM erasures e WHERE e.learner_id = OLD.learner_id)
BEGIN SELECT RAISE(ABORT, 'marks are append-only'); END;
";

/// Version 7: sync between laptops (the `sync` crate; `replica.rs`). All of it is this
/// laptop's own bookkeeping and never moves as records:
/// - `record_sigs`: each synced record's Ed25519 signature by the device that made it, so a
///   record relayed through other laptops still proves its origin;
/// - `sync_held`: which sequence numbers of each other device this laptop holds (JSON ranges;
///   its own are `1 .. next_seq - 1`, a former id's `1 .. last_seq`);
/// - `sync_peers`: what each peer said it holds in its last bundle (its acknowledgement; what
///   it still lacks is what an export for it carries);
/// - `sync_devices`: the school's laptops, each a certificate signed by a teacher's laptop
///   (the newest by clock wins, so a removal replaces it);
/// - `class_codes`: the join code of each class made here;
/// - `sync_imports`: the import log; `sync_conflicts`: a field changed on two laptops that had
///   not seen each other's change (both values stay in `changes`; this is the teacher's list).
const V7: &str = "
CREATE TABLE record_sigs (
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    sig BLOB NOT NULL,
    PRIMARY KEY (device_id, seq)
) WITHOUT ROWID;
CREATE TABLE sync_held (device_id TEXT PRIMARY KEY, ranges TEXT NOT NULL);
CREATE TABLE sync_peers (device_id TEXT PRIMARY KEY, knowledge TEXT NOT NULL);
CREATE TABLE sync_devices (
    device_id TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    school_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('teacher', 'learner')),
    class_id TEXT,
    label TEXT NOT NULL,
    certified_by TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0,
    signature TEXT NOT NULL
);
CREATE TABLE class_codes (class_id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE);
CREATE TABLE sync_imports (
    id INTEGER PRIMARY KEY,
    bundle_sha256 TEXT NOT NULL,
    sender TEXT NOT NULL,
    at TEXT NOT NULL,
    summary TEXT NOT NULL
);
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    kept TEXT NOT NULL,
    other TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (kept, other)
);
";
