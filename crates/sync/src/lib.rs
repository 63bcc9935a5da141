//! Offline sync between laptops: a teacher's laptop and the learner laptops of a school
//! exchange signed bundles ([`bundle`]) by USB stick.
//!
//! - **What moves.** The learner database's synced records (`learner::replica`): append-only,
//!   stamped with device and per-device sequence number, so a laptop's holdings are ranges
//!   of `(device, seq)` ([`learner::Knowledge`]) and an export is a query for what the
//!   receiver lacks, by its last acknowledgement (the knowledge in its last bundle). No
//!   outbox table: nothing to prune, nothing dropped before it is safe.
//! - **Merging.** Union of records; the values that change are elected from change events
//!   by clock (newest wins, the rest stay as history); a field changed on two laptops that had
//!   not seen each other's change is listed for the teacher ([`learner::Conflict`]).
//! - **Trust.** Each laptop has an Ed25519 key ([`keys`]); each record carries its origin's
//!   signature and each bundle its sender's, so a record relayed A → B → C still proves where
//!   it was made. Laptops join a class with its join code ([`code`]) and are certified by the
//!   teacher's laptop ([`trust`]); anything else is refused before a byte of it is imported.

pub mod bundle;
pub mod code;
#[cfg(feature = "fixtures")]
pub mod fixtures;
pub mod keys;
mod laptop;
pub mod seal;
pub mod trust;
pub mod usb;

use std::path::PathBuf;

use error_codes::ErrorCode;
use learner::LearnerDbError;

pub use laptop::{DeviceStatus, ExportSummary, Hello, ImportSummary, Laptop, Target};

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("{path} is not an Ustad sync file")]
    NotABundle { path: PathBuf },
    #[error("the sync file {path} is damaged or incomplete ({detail}); nothing was imported")]
    Damaged { path: PathBuf, detail: String },
    #[error("the sync file was changed after it was made (its signature does not match); nothing was imported")]
    Tampered,
    #[error("the sync file was made by a newer Ustad (format {found}; this one reads {supported})")]
    FormatNewer { found: i32, supported: i32 },
    #[error("the sync file comes from a laptop with a newer Ustad (data version {found}; this one has {supported}); update this laptop first")]
    SchemaNewer { found: i32, supported: i32 },
    #[error("the sync file comes from a laptop with an older Ustad (data version {found}; this one has {supported}); update that laptop first")]
    SchemaOlder { found: i32, supported: i32 },
    #[error("the sync file belongs to another school")]
    ForeignSchool,
    #[error("the sync file comes from a laptop that has not joined a class here; join with the class's code first")]
    NotPaired,
    #[error("the sync file comes from a laptop the teacher removed from the class")]
    DeviceRemoved,
    #[error("a join code has 10 letters and digits, like ABCDE-12345")]
    CodeInvalid,
    #[error("this laptop has not joined a school yet; join a class with its code first")]
    NoSchool,
    #[error("the disk is full; no sync file was written")]
    DiskFull,
    #[error("cannot use {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error(transparent)]
    Learner(#[from] LearnerDbError),
}

impl SyncError {
    pub fn code(&self) -> ErrorCode {
        match self {
            SyncError::NotABundle { .. } => ErrorCode::SyncNotABundle,
            SyncError::Damaged { .. } => ErrorCode::SyncBundleDamaged,
            SyncError::Tampered => ErrorCode::SyncBundleTampered,
            SyncError::FormatNewer { .. } | SyncError::SchemaNewer { .. } => ErrorCode::SyncSchemaNewer,
            SyncError::SchemaOlder { .. } => ErrorCode::SyncSchemaOlder,
            SyncError::ForeignSchool => ErrorCode::SyncForeignSchool,
            SyncError::NotPaired => ErrorCode::SyncNotPaired,
            SyncError::DeviceRemoved => ErrorCode::SyncDeviceRemoved,
            SyncError::CodeInvalid => ErrorCode::SyncCodeInvalid,
            SyncError::NoSchool => ErrorCode::SyncNoSchool,
            SyncError::DiskFull => ErrorCode::DiskFull,
            SyncError::Io { .. } => ErrorCode::IoError,
            SyncError::Learner(e) => e.code(),
        }
    }
}

pub type Result<T> = std::result::Result<T, SyncError>;

pub(crate) use signing::{hex, unhex};
