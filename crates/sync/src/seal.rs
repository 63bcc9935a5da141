//! A bundle sealed for one receiver, for the school's network: only the laptop it is for can
//! read it. An ephemeral X25519 key agrees a secret with the receiver's key (its Ed25519 key
//! in Montgomery form, as libsodium's `crypto_sign_ed25519_pk_to_curve25519`), and
//! ChaCha20-Poly1305 under a key hashed from it encrypts and authenticates the bundle. Who
//! sent it is proved by the bundle's own signature inside.

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use curve25519_dalek::montgomery::MontgomeryPoint;
use ed25519_dalek::VerifyingKey;
use sha2::{Digest, Sha256};

use crate::keys::DeviceKey;
use crate::{unhex, Result, SyncError};

const MAGIC: &[u8; 16] = b"USTAD-SEALED-1\0\0";

fn cipher(shared: &MontgomeryPoint, ephemeral: &MontgomeryPoint, receiver: &MontgomeryPoint) -> ChaCha20Poly1305 {
    let mut hash = Sha256::new();
    hash.update(b"ustad-seal-v1\n");
    hash.update(shared.as_bytes());
    hash.update(ephemeral.as_bytes());
    hash.update(receiver.as_bytes());
    let key: [u8; 32] = hash.finalize().into();
    ChaCha20Poly1305::new(Key::from_slice(&key))
}

/// `plain` sealed for the laptop whose public key is `receiver_hex`.
pub fn seal(receiver_hex: &str, plain: &[u8]) -> Result<Vec<u8>> {
    let receiver = unhex(receiver_hex)
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .and_then(|b| VerifyingKey::from_bytes(&b).ok())
        .ok_or(SyncError::Tampered)?
        .to_montgomery();
    let secret = signing::random_32(std::path::Path::new("random"))
        .map_err(|e| SyncError::Io { path: "random".into(), source: std::io::Error::other(e.to_string()) })?;
    let ephemeral = MontgomeryPoint::mul_base_clamped(secret);
    let shared = receiver.mul_clamped(secret);
    // Each message has its own key, so a fixed nonce is never used twice with one key.
    let sealed = cipher(&shared, &ephemeral, &receiver)
        .encrypt(Nonce::from_slice(&[0; 12]), plain)
        .map_err(|_| SyncError::Tampered)?;
    let mut out = Vec::with_capacity(MAGIC.len() + 32 + sealed.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(ephemeral.as_bytes());
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// Opens what was sealed for this laptop; anything else, or anything changed, is `Tampered`.
pub fn open(key: &DeviceKey, sealed: &[u8]) -> Result<Vec<u8>> {
    if sealed.len() < MAGIC.len() + 32 + 16 || &sealed[..MAGIC.len()] != MAGIC {
        return Err(SyncError::Tampered);
    }
    let ephemeral = MontgomeryPoint(sealed[MAGIC.len()..MAGIC.len() + 32].try_into().expect("32 bytes"));
    let receiver = key.montgomery();
    let shared = ephemeral.mul_clamped(key.scalar_bytes());
    cipher(&shared, &ephemeral, &receiver)
        .decrypt(Nonce::from_slice(&[0; 12]), &sealed[MAGIC.len() + 32..])
        .map_err(|_| SyncError::Tampered)
}
