//! Signatures the ministry makes and every laptop checks, offline.
//!
//! - [`keyfile`]: an Ed25519 key pair in two files, `PREFIX` (the secret, readable by its
//!   owner only) and `PREFIX.pub` (the public key in hex).
//! - [`root`]: the root of trust, a small version of The Update Framework's root role. The
//!   ministry's root public keys are compiled into the build ([`ROOT_KEYS`]); a root document
//!   signed by one of them names the keys that may sign packs now (and those revoked), so a
//!   signing key is rotated or revoked with a new document, not a new app. A laptop keeps the
//!   newest document it has seen and refuses older ones.
//! - [`signed`]: a file (a content pack) signed in a trailer after its SQLite image, checked
//!   while it is copied: the copy is what is checked, then renamed into place.

pub mod keyfile;
pub mod root;
pub mod signed;

use std::io::Write;
use std::path::{Path, PathBuf};

use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use error_codes::ErrorCode;

include!(concat!(env!("OUT_DIR"), "/roots.rs"));

#[derive(Debug, thiserror::Error)]
pub enum SigningError {
    #[error("{path} is not signed (or was cut short)")]
    Unsigned { path: PathBuf },
    #[error("{path} was changed after it was signed, or its signature is damaged")]
    SignatureInvalid { path: PathBuf },
    #[error("{path} is signed by a key this laptop does not trust")]
    KeyUntrusted { path: PathBuf },
    #[error("the root of trust document is not signed by a root key of this build")]
    RootInvalid,
    #[error("the root of trust document is older (version {found}) than the one this laptop has (version {have})")]
    RootRollback { found: u64, have: u64 },
    #[error("{path} is not a key file")]
    KeyInvalid { path: PathBuf },
    #[error("cannot use {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

impl SigningError {
    pub fn code(&self) -> ErrorCode {
        match self {
            SigningError::Unsigned { .. } => ErrorCode::PackUnsigned,
            SigningError::SignatureInvalid { .. } => ErrorCode::PackSignatureInvalid,
            SigningError::KeyUntrusted { .. } | SigningError::RootInvalid => ErrorCode::PackKeyUntrusted,
            SigningError::RootRollback { .. } => ErrorCode::PackRollback,
            SigningError::KeyInvalid { .. } => ErrorCode::InvalidInput,
            SigningError::Io { source, .. } if source.raw_os_error() == Some(28) => ErrorCode::DiskFull,
            SigningError::Io { .. } => ErrorCode::IoError,
        }
    }
}

pub type Result<T> = std::result::Result<T, SigningError>;

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok()).collect()
}

/// Checks `sig` over `message` by the public key `public_hex`.
pub fn verify(public_hex: &str, message: &[u8], sig: &[u8]) -> bool {
    let Some(key) = unhex(public_hex).and_then(|b| <[u8; 32]>::try_from(b).ok()) else { return false };
    let Ok(key) = VerifyingKey::from_bytes(&key) else { return false };
    let Ok(sig) = Signature::from_slice(sig) else { return false };
    key.verify(message, &sig).is_ok()
}

/// 32 random bytes from the operating system.
pub fn random_32(path: &Path) -> Result<[u8; 32]> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|e| SigningError::Io { path: path.to_owned(), source: std::io::Error::other(e.to_string()) })?;
    Ok(bytes)
}

/// Writes a file only its owner can read: temporary file, fsync, rename.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let io = |source| SigningError::Io { path: path.to_owned(), source };
    let temp = path.with_extension("partial");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&temp).map_err(io)?;
    file.write_all(bytes).and_then(|()| file.sync_all()).map_err(io)?;
    std::fs::rename(&temp, path).map_err(io)
}
