//! The root of trust: a document signed by a root key of this build naming the keys that may
//! sign packs now, and those revoked. Versions only go up: a laptop keeps the newest it has
//! seen (`<data>/trust-root.json`), so an old document cannot bring a revoked key back.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::keyfile::KeyPair;
use crate::{hex, unhex, verify, write_private, Result, SigningError, ROOT_KEYS};

/// What the root keys sign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delegation {
    pub version: u64,
    /// Public keys (hex) that may sign packs.
    pub signing_keys: Vec<String>,
    /// Public keys (hex) that no longer may, whatever an older document said.
    #[serde(default)]
    pub revoked: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RootSignature {
    pub key: String,
    pub sig: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RootDocument {
    pub signed: Delegation,
    pub signatures: Vec<RootSignature>,
}

fn message(delegation: &Delegation) -> Vec<u8> {
    let mut message = b"ustad-root-v1\n".to_vec();
    message.extend_from_slice(serde_json::to_string(delegation).expect("a delegation serialises").as_bytes());
    message
}

impl RootDocument {
    /// `delegation` signed by the root key `root`.
    pub fn sign(delegation: Delegation, root: &KeyPair) -> RootDocument {
        let sig = hex(&root.sign(&message(&delegation)));
        RootDocument { signed: delegation, signatures: vec![RootSignature { key: root.public_hex(), sig }] }
    }

    /// Whether a root key of `roots` signed it.
    pub fn holds(&self, roots: &[&str]) -> bool {
        let message = message(&self.signed);
        self.signatures
            .iter()
            .any(|s| roots.contains(&s.key.as_str()) && unhex(&s.sig).is_some_and(|sig| verify(&s.key, &message, &sig)))
    }
}

/// Which keys may sign packs on this laptop: the roots themselves, and the signing keys of
/// the newest root document seen (not revoked).
#[derive(Debug, Clone)]
pub struct Trust {
    roots: Vec<String>,
    newest: Option<RootDocument>,
}

impl Trust {
    /// The roots of this build and the newest document kept in `data_dir`.
    pub fn of_build(data_dir: &Path) -> Trust {
        Trust::with_roots(ROOT_KEYS, data_dir)
    }

    pub fn with_roots(roots: &[&str], data_dir: &Path) -> Trust {
        let roots: Vec<String> = roots.iter().map(|r| (*r).to_owned()).collect();
        let stored: Option<RootDocument> =
            std::fs::read(data_dir.join(STORE)).ok().and_then(|b| serde_json::from_slice(&b).ok());
        let root_refs: Vec<&str> = roots.iter().map(String::as_str).collect();
        let newest = stored.filter(|d| d.holds(&root_refs));
        Trust { roots, newest }
    }

    fn root_refs(&self) -> Vec<&str> {
        self.roots.iter().map(String::as_str).collect()
    }

    /// Takes a document that came with a pack: it must hold, and not be older than the one
    /// in hand (`Ok(true)`: newer, keep it with [`Trust::save`]).
    pub fn offer(&mut self, document: &RootDocument) -> Result<bool> {
        if !document.holds(&self.root_refs()) {
            return Err(SigningError::RootInvalid);
        }
        match &self.newest {
            Some(have) if have.signed.version > document.signed.version => {
                Err(SigningError::RootRollback { found: document.signed.version, have: have.signed.version })
            }
            Some(have) if have.signed.version == document.signed.version => Ok(false),
            _ => {
                self.newest = Some(document.clone());
                Ok(true)
            }
        }
    }

    /// Whether `key` may sign packs.
    pub fn allows(&self, key: &str) -> bool {
        if self.roots.iter().any(|r| r == key) {
            return true;
        }
        self.newest.as_ref().is_some_and(|d| {
            d.signed.signing_keys.iter().any(|k| k == key) && !d.signed.revoked.iter().any(|k| k == key)
        })
    }

    /// Keeps the newest document in `data_dir`.
    pub fn save(&self, data_dir: &Path) -> Result<()> {
        let Some(newest) = &self.newest else { return Ok(()) };
        std::fs::create_dir_all(data_dir).map_err(|source| SigningError::Io { path: data_dir.to_owned(), source })?;
        write_private(&data_dir.join(STORE), serde_json::to_string_pretty(newest).expect("serialises").as_bytes())
    }

    pub fn version(&self) -> Option<u64> {
        self.newest.as_ref().map(|d| d.signed.version)
    }
}

/// The newest root document, in the data folder.
pub const STORE: &str = "trust-root.json";
