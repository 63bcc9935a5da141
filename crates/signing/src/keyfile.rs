//! A key pair in files: `PREFIX` holds the secret (JSON, mode 0600), `PREFIX.pub` the public
//! key in hex. `ustad keys generate --out PREFIX` makes them.

use std::path::{Path, PathBuf};

use ed25519_dalek::{Signer, SigningKey};
use serde::{Deserialize, Serialize};

use crate::{hex, random_32, unhex, write_private, Result, SigningError};

#[derive(Serialize, Deserialize)]
struct Stored {
    secret: String,
}

/// A signing key read from its file.
pub struct KeyPair {
    signing: SigningKey,
}

impl std::fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyPair").field("public", &self.public_hex()).finish()
    }
}

/// `PREFIX.pub`.
pub fn public_path(prefix: &Path) -> PathBuf {
    let mut name = prefix.file_name().unwrap_or_default().to_os_string();
    name.push(".pub");
    prefix.with_file_name(name)
}

impl KeyPair {
    /// A new key, written to `prefix` and `prefix.pub` (existing files are not replaced).
    pub fn generate(prefix: &Path) -> Result<KeyPair> {
        let public = public_path(prefix);
        for path in [prefix, public.as_path()] {
            if path.exists() {
                return Err(SigningError::Io {
                    path: path.to_owned(),
                    source: std::io::Error::new(std::io::ErrorKind::AlreadyExists, "a key is already there"),
                });
            }
        }
        let key = KeyPair { signing: SigningKey::from_bytes(&random_32(prefix)?) };
        let stored = Stored { secret: hex(&key.signing.to_bytes()) };
        write_private(prefix, serde_json::to_string(&stored).expect("a key serialises").as_bytes())?;
        std::fs::write(&public, format!("{}\n", key.public_hex()))
            .map_err(|source| SigningError::Io { path: public.clone(), source })?;
        Ok(key)
    }

    /// The key whose secret is in `prefix`.
    pub fn load(prefix: &Path) -> Result<KeyPair> {
        let invalid = || SigningError::KeyInvalid { path: prefix.to_owned() };
        let text =
            std::fs::read_to_string(prefix).map_err(|source| SigningError::Io { path: prefix.to_owned(), source })?;
        let stored: Stored = serde_json::from_str(&text).map_err(|_| invalid())?;
        let secret = unhex(&stored.secret).and_then(|b| <[u8; 32]>::try_from(b).ok()).ok_or_else(invalid)?;
        Ok(KeyPair { signing: SigningKey::from_bytes(&secret) })
    }

    pub fn public_hex(&self) -> String {
        hex(self.signing.verifying_key().as_bytes())
    }

    pub fn sign(&self, message: &[u8]) -> Vec<u8> {
        self.signing.sign(message).to_bytes().to_vec()
    }
}

/// A public key read from `PREFIX.pub` (or any file holding one hex key).
pub fn read_public(path: &Path) -> Result<String> {
    let text = std::fs::read_to_string(path).map_err(|source| SigningError::Io { path: path.to_owned(), source })?;
    let key = text.trim().to_owned();
    if key.len() == 64 && unhex(&key).is_some() {
        Ok(key)
    } else {
        Err(SigningError::KeyInvalid { path: path.to_owned() })
    }
}
