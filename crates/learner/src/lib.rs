//! The learner database: profiles, lesson progress, quiz attempts and settings, in one
//! read-write SQLite file in the data folder. WAL mode with full sync, one transaction per
//! change, `PRAGMA quick_check` at open, a backup copy before any migration.
//!
//! Everything that moves between devices is an append-only record stamped with its UUID v7,
//! the device, the device's sequence number and a hybrid logical clock ([`clock`]); what can
//! change (a profile's name, PIN, ...) is a change event, the newest by clock winning
//! ([`profiles`]). Devices therefore merge by union. `settings` is this laptop's own
//! preferences and never moves.

mod backfill;
mod changes;
mod classroom;
pub mod clock;
#[cfg(feature = "fixtures")]
pub mod fixtures;
pub mod knowledge;
mod profiles;
mod records;
mod replica;
mod schema;
mod synced;

use std::path::{Path, PathBuf};

use error_codes::ErrorCode;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

pub use classroom::{AssignPart, Assignment, Class, Group, NewAssignment, Teacher, TutorMode, TutorPolicy};
pub use knowledge::{Knowledge, Ranges};
pub use profiles::{
    hash_password, is_password_hash, pin_wait_seconds, Change, NewProfile, Profile, ProfileKind, AVATARS,
    PIN_FREE_TRIES,
};
pub use records::{Answer, AttemptRecord, Exchange, LessonProgress, NewAttempt, ProgressEvent, ReadingEvent};
pub use replica::{Conflict, DeviceCert, Import, ImportCounts, Record, Scope};
pub use schema::VERSION as SCHEMA_VERSION;

/// The database's file name inside the data folder.
pub const FILE_NAME: &str = "learner.db";

#[derive(Debug, thiserror::Error)]
pub enum LearnerDbError {
    #[error("the learner database {path} is damaged ({detail}); it was left untouched")]
    Corrupt { path: PathBuf, detail: String },
    #[error("the learner database {path} was written by a newer Ustad (schema {found}; this one knows {supported})")]
    TooNew { path: PathBuf, found: i32, supported: i32 },
    #[error("the disk is full; nothing was saved")]
    DiskFull,
    #[error("a {kind} named `{name}` already exists")]
    ProfileExists { kind: &'static str, name: String },
    #[error("no profile named `{0}`")]
    ProfileNotFound(String),
    #[error("a PIN has 4 to 8 digits")]
    PinInvalid,
    #[error("a password has 6 to 64 characters")]
    PasswordInvalid,
    #[error("too many wrong PINs; wait {seconds} s")]
    PinLocked { seconds: u64 },
    #[error("wrong password")]
    PasswordWrong,
    #[error("only the class's teacher may do this")]
    NotAuthorised,
    #[error("no class `{0}`")]
    ClassNotFound(String),
    #[error("no group `{0}` in this class")]
    GroupNotFound(String),
    #[error("{0}")]
    Invalid(String),
    #[error("cannot use {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("learner database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for LearnerDbError {
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => LearnerDbError::DiskFull,
            _ => LearnerDbError::Sqlite(err),
        }
    }
}

impl LearnerDbError {
    /// A stable code for the UI and for scripts.
    pub fn code(&self) -> ErrorCode {
        match self {
            LearnerDbError::Corrupt { .. } => ErrorCode::DbCorrupt,
            LearnerDbError::TooNew { .. } => ErrorCode::DbTooNew,
            LearnerDbError::DiskFull => ErrorCode::DiskFull,
            LearnerDbError::ProfileExists { .. } => ErrorCode::ProfileExists,
            LearnerDbError::ProfileNotFound(_) => ErrorCode::ProfileNotFound,
            LearnerDbError::PinInvalid => ErrorCode::PinInvalid,
            LearnerDbError::PasswordInvalid => ErrorCode::PasswordInvalid,
            LearnerDbError::PinLocked { .. } => ErrorCode::PinLocked,
            LearnerDbError::PasswordWrong => ErrorCode::PasswordWrong,
            LearnerDbError::NotAuthorised => ErrorCode::NotAuthorised,
            LearnerDbError::ClassNotFound(_) => ErrorCode::ClassNotFound,
            LearnerDbError::GroupNotFound(_) => ErrorCode::GroupNotFound,
            LearnerDbError::Invalid(_) => ErrorCode::InvalidInput,
            LearnerDbError::Io { .. } => ErrorCode::IoError,
            LearnerDbError::Sqlite(_) => ErrorCode::DbError,
        }
    }
}

pub type Result<T> = std::result::Result<T, LearnerDbError>;

/// Now, as stored: RFC 3339 in UTC.
pub fn now() -> String {
    OffsetDateTime::now_utc().format(&Rfc3339).expect("UTC time formats")
}

/// An open learner database.
#[derive(Debug)]
pub struct LearnerDb {
    path: PathBuf,
    conn: Connection,
    device_id: String,
    backup: Option<PathBuf>,
}

impl LearnerDb {
    /// Opens (creating if needed) the database in `data_dir`.
    pub fn open_in(data_dir: &Path) -> Result<LearnerDb> {
        std::fs::create_dir_all(data_dir).map_err(|source| LearnerDbError::Io { path: data_dir.to_owned(), source })?;
        LearnerDb::open(&data_dir.join(FILE_NAME))
    }

    /// Opens (creating if needed) the database at `path`, checks it and migrates it.
    pub fn open(path: &Path) -> Result<LearnerDb> {
        LearnerDb::open_on(path, clock::machine_key().as_deref())
    }

    /// Like [`LearnerDb::open`], on the machine whose identity is `machine_key` (tests give
    /// their own; `None` where the machine has no identity file).
    pub fn open_on(path: &Path, machine_key: Option<&str>) -> Result<LearnerDb> {
        let existed = path.exists();
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let corrupt = |detail: String| LearnerDbError::Corrupt { path: path.to_owned(), detail };
        let mut conn = Connection::open_with_flags(path, flags).map_err(|e| corrupt(e.to_string()))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        if existed {
            let verdict: String =
                conn.query_row("PRAGMA quick_check(1)", [], |row| row.get(0)).map_err(|e| corrupt(e.to_string()))?;
            if verdict != "ok" {
                return Err(corrupt(verdict));
            }
        }
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")
            .map_err(|e| corrupt(e.to_string()))?;
        let found: i32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if found > schema::VERSION {
            return Err(LearnerDbError::TooNew { path: path.to_owned(), found, supported: schema::VERSION });
        }
        let mut backup = None;
        if found < schema::VERSION {
            if found > 0 {
                backup = Some(backup_copy(&conn, path, found)?);
            }
            let tx = conn.transaction()?;
            for (version, migration) in schema::MIGRATIONS.iter().enumerate().skip(found as usize) {
                migration.run(&tx)?;
                tx.pragma_update(None, "user_version", version as i32 + 1)?;
            }
            tx.commit()?;
        }
        let device_id = clock::device_id(&conn, machine_key)?;
        Ok(LearnerDb { path: path.to_owned(), conn, device_id, backup })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The id of this device: made when the database is created, and made anew when the file
    /// turns up on another machine (a copied disk image).
    pub fn device_id(&self) -> &str {
        &self.device_id
    }

    /// The copy made before this open migrated the database, if it did.
    pub fn backup(&self) -> Option<&Path> {
        self.backup.as_deref()
    }

    /// Moves everything in the write-ahead log into the database file (before copying it).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    pub fn schema_version(&self) -> Result<i32> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| row.get(0)).optional()?)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }
}

/// Copies the database beside itself before a migration: `learner.db.v1-<time>.bak`.
fn backup_copy(conn: &Connection, path: &Path, version: i32) -> Result<PathBuf> {
    let stamp = OffsetDateTime::now_utc().unix_timestamp();
    let name = format!("{}.v{version}-{stamp}.bak", path.file_name().unwrap_or_default().to_string_lossy());
    let target = path.with_file_name(name);
    conn.execute("VACUUM INTO ?1", [target.to_string_lossy()])?;
    Ok(target)
}
