//! The device's Ed25519 key: made on first use, kept in the data folder (`sync-key`, readable
//! by its owner only) beside the device id it belongs to. A copied disk image takes a new
//! device id when it opens on another machine (`learner::clock`), and with it a new key.

use std::path::Path;

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};

use learner::Record;

use crate::{hex, unhex, Result, SyncError};

fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    signing::write_private(path, bytes).map_err(|e| match e {
        signing::SigningError::Io { path, source } => SyncError::Io { path, source },
        other => SyncError::Io { path: path.to_owned(), source: std::io::Error::other(other.to_string()) },
    })
}

pub const KEY_FILE: &str = "sync-key";

#[derive(Serialize, Deserialize)]
struct Stored {
    device_id: String,
    secret: String,
}

/// This laptop's signing key.
pub struct DeviceKey {
    pub device_id: String,
    signing: SigningKey,
}

impl std::fmt::Debug for DeviceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceKey").field("device_id", &self.device_id).field("public", &self.public_hex()).finish()
    }
}

impl DeviceKey {
    /// The key of `device_id` in `data_dir`, made (and stored) if there is none for it.
    pub fn load_or_create(data_dir: &Path, device_id: &str) -> Result<DeviceKey> {
        let path = data_dir.join(KEY_FILE);
        if let Ok(text) = std::fs::read_to_string(&path) {
            if let Ok(stored) = serde_json::from_str::<Stored>(&text) {
                let secret = unhex(&stored.secret).and_then(|b| <[u8; 32]>::try_from(b).ok());
                if let (true, Some(secret)) = (stored.device_id == device_id, secret) {
                    return Ok(DeviceKey { device_id: device_id.to_owned(), signing: SigningKey::from_bytes(&secret) });
                }
            }
        }
        let secret = signing::random_32(std::path::Path::new("random"))
            .map_err(|e| SyncError::Io { path: path.clone(), source: std::io::Error::other(e.to_string()) })?;
        let key = DeviceKey { device_id: device_id.to_owned(), signing: SigningKey::from_bytes(&secret) };
        let stored = Stored { device_id: device_id.to_owned(), secret: hex(&secret) };
        write_private(&path, serde_json::to_string(&stored).expect("a key serialises").as_bytes())?;
        Ok(key)
    }

    pub fn public_hex(&self) -> String {
        hex(self.signing.verifying_key().as_bytes())
    }

    /// The key as X25519 (for [`crate::seal`]): the scalar's bytes, clamped when used.
    pub(crate) fn scalar_bytes(&self) -> [u8; 32] {
        self.signing.to_scalar_bytes()
    }

    pub(crate) fn montgomery(&self) -> curve25519_dalek::montgomery::MontgomeryPoint {
        self.signing.verifying_key().to_montgomery()
    }

    pub fn sign(&self, message: &[u8]) -> Vec<u8> {
        self.signing.sign(message).to_bytes().to_vec()
    }
}

/// An origin device's public key, parsed once for all its records.
#[derive(Debug, Clone)]
pub enum PublicKey {
    Key(Box<VerifyingKey>),
    /// A laptop the teacher removed: its records are left out.
    Revoked,
}

impl PublicKey {
    pub fn parse(public_hex: &str) -> Option<PublicKey> {
        let bytes = unhex(public_hex).and_then(|b| <[u8; 32]>::try_from(b).ok())?;
        VerifyingKey::from_bytes(&bytes).ok().map(|k| PublicKey::Key(Box::new(k)))
    }
}

/// The threads to sign and check with: the laptop's cores.
fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from).clamp(1, 8)
}

/// Whether every record's signature holds by its origin's key (checked on all cores).
pub fn verify_all(records: &[(&Record, &PublicKey)]) -> bool {
    let chunk = records.len().div_ceil(threads()).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = records
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter().all(|(record, key)| {
                        let PublicKey::Key(key) = key else { return false };
                        let Some(sig) = record.sig.as_deref().and_then(|s| Signature::from_slice(s).ok()) else {
                            return false;
                        };
                        key.verify(&record.message(), &sig).is_ok()
                    })
                })
            })
            .collect();
        workers.into_iter().all(|w| w.join().unwrap_or(false))
    })
}

/// Signs each record as `key` (on all cores).
pub fn sign_all(key: &DeviceKey, records: &mut [&mut Record]) {
    let chunk = records.len().div_ceil(threads()).max(1);
    std::thread::scope(|scope| {
        for part in records.chunks_mut(chunk) {
            scope.spawn(move || {
                for record in part.iter_mut() {
                    record.sig = Some(key.sign(&record.message()));
                }
            });
        }
    });
}

pub use signing::verify;
