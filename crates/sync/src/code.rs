//! Join codes. Each class made on a teacher's laptop has one: ten letters and digits of
//! Crockford's base 32 (50 bits; no I, L, O or U, so nothing reads as something else), shown
//! as `ABCDE-FGHJK`. A learner laptop that joins with the code proves it to the teacher's
//! laptop (an HMAC of its device id and key under the code, in its bundles), and the
//! teacher's laptop proves to it that it holds the code too (an HMAC of the school, its root
//! key and the sender's key). Nothing else is shared in advance: both sides check each other
//! offline, from the bundles alone.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::{hex, Result, SyncError};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH: usize = 10;

/// A new random code, normalised (no dash).
pub fn generate() -> Result<String> {
    let mut bytes = [0u8; LENGTH];
    getrandom::fill(&mut bytes)
        .map_err(|e| SyncError::Io { path: "random".into(), source: std::io::Error::other(e.to_string()) })?;
    Ok(bytes.iter().map(|b| ALPHABET[usize::from(b % 32)] as char).collect())
}

/// The code as people read it: `ABCDE-FGHJK`.
pub fn display(code: &str) -> String {
    if code.len() == LENGTH {
        format!("{}-{}", &code[..5], &code[5..])
    } else {
        code.to_owned()
    }
}

/// A code as typed (any case, with dashes or spaces, O for 0, I or L for 1), normalised.
pub fn normalise(typed: &str) -> Result<String> {
    let code: String = typed
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '_'))
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    if code.len() == LENGTH && code.bytes().all(|b| ALPHABET.contains(&b)) {
        Ok(code)
    } else {
        Err(SyncError::CodeInvalid)
    }
}

fn mac(code: &str, parts: &[&str]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(code.as_bytes()).expect("HMAC takes any key length");
    for part in parts {
        mac.update(part.as_bytes());
        mac.update(b"\n");
    }
    hex(&mac.finalize().into_bytes())
}

/// A learner laptop's proof that it was given the code.
pub fn request_proof(code: &str, device_id: &str, public_key: &str) -> String {
    mac(code, &["ustad-join-request", device_id, public_key])
}

/// A teacher laptop's proof that it holds the code the learner laptop joined with.
pub fn answer_proof(code: &str, school_id: &str, root_key: &str, device_id: &str, public_key: &str) -> String {
    mac(code, &["ustad-join-answer", school_id, root_key, device_id, public_key])
}

/// Compares two proofs in time that does not depend on where they differ.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
