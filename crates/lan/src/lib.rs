//! Sync over the school's network. While the teacher has the sync screen open (or runs
//! `ustad sync serve`), the teacher's laptop serves HTTP on the local network and announces
//! itself by mDNS (`_ustad-sync._tcp`); a learner's laptop finds it (or is given its address)
//! and syncs both ways with one request each way. Nothing listens otherwise.
//!
//! What travels are the same bundles as on a USB stick, each sealed for its receiver
//! ([`sync::seal`]: only that laptop can read it; the bundle's signature inside proves the
//! sender), so no child's data is readable by another machine on the network. Before sending
//! anything the learner's laptop checks the server ([`sync::Laptop::check_server`]: its
//! school and key, or a proof of the class code it joined with); the server imports the
//! learner's bundle with every check of a USB import (an unpaired laptop is refused) and only
//! then answers with a bundle sealed for it. Uploads and downloads go in chunks from an
//! offset, and the sealed bundle waits in the data folder until it is through, so a transfer
//! cut off halfway resumes where it stopped.
//!
//! The protocol (`/v1/...`): `GET hello` (who the server is); `GET upload/ID` (bytes received
//! so far); `PUT upload/ID` with `X-Ustad-Offset` (a chunk); `POST finish/ID` with
//! `X-Ustad-Device` (import, then seal the answer); `GET download/ID` with `Range`;
//! `DELETE transfer/ID`. `ID` is the SHA-256 of the sealed upload.

mod client;
mod discover;
mod server;

use error_codes::ErrorCode;

pub use client::{sync_with, LanSync, Limit, Progress};
pub use discover::{discover, Found, SERVICE};
pub use server::{Server, DEFAULT_PORT};

#[derive(Debug, thiserror::Error)]
pub enum LanError {
    #[error("the teacher's laptop at {address} could not be reached ({detail})")]
    Unreachable { address: String, detail: String },
    #[error("the transfer was cut off; sync again to continue where it stopped")]
    Interrupted,
    #[error("the teacher's laptop refused: {message}")]
    Refused { code: ErrorCode, message: String },
    #[error("the network sync could not start: {0}")]
    Server(String),
    #[error(transparent)]
    Sync(#[from] sync::SyncError),
    #[error(transparent)]
    Learner(#[from] learner::LearnerDbError),
    #[error("cannot use {path}: {source}")]
    Io { path: std::path::PathBuf, source: std::io::Error },
}

impl LanError {
    pub fn code(&self) -> ErrorCode {
        match self {
            LanError::Unreachable { .. } => ErrorCode::LanUnreachable,
            LanError::Interrupted => ErrorCode::LanInterrupted,
            LanError::Refused { code, .. } => *code,
            LanError::Server(_) => ErrorCode::LanServerFailed,
            LanError::Sync(e) => e.code(),
            LanError::Learner(e) => e.code(),
            LanError::Io { .. } => ErrorCode::IoError,
        }
    }
}

pub type Result<T> = std::result::Result<T, LanError>;

pub(crate) fn io(path: &std::path::Path) -> impl Fn(std::io::Error) -> LanError + '_ {
    move |source| LanError::Io { path: path.to_owned(), source }
}
