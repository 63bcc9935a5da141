//! The vocabulary: CTranslate2's `vocabulary.txt` holds one token per line in GPT-2's
//! byte-to-unicode spelling; whisper.cpp wants the raw bytes of the regular tokens (those
//! before `<|endoftext|>`), and names the special tokens itself.

use std::collections::HashMap;
use std::path::Path;

use crate::{ConvertError, Result};

/// GPT-2's mapping from bytes to printable characters, inverted.
fn unicode_to_byte() -> HashMap<char, u8> {
    let mut printable: Vec<u32> = (u32::from(b'!')..=u32::from(b'~')).chain(0xA1..=0xAC).chain(0xAE..=0xFF).collect();
    let mut chars: Vec<u32> = printable.clone();
    let mut extra = 0;
    for byte in 0..256u32 {
        if !printable.contains(&byte) {
            printable.push(byte);
            chars.push(256 + extra);
            extra += 1;
        }
    }
    printable.into_iter().zip(chars).map(|(byte, ch)| (char::from_u32(ch).expect("valid char"), byte as u8)).collect()
}

/// The regular tokens of `vocabulary.txt` as raw bytes, in id order.
pub fn read_vocabulary(path: &Path) -> Result<Vec<Vec<u8>>> {
    let text = std::fs::read_to_string(path).map_err(|source| ConvertError::Io { path: path.to_owned(), source })?;
    let lines: Vec<&str> = text.split('\n').collect();
    let n_regular = lines
        .iter()
        .position(|l| *l == "<|endoftext|>")
        .ok_or_else(|| ConvertError::Damaged(format!("{} has no <|endoftext|> token", path.display())))?;
    let map = unicode_to_byte();
    Ok(lines[..n_regular]
        .iter()
        .map(|token| {
            let mut bytes = Vec::with_capacity(token.len());
            for c in token.chars() {
                match map.get(&c) {
                    Some(byte) => bytes.push(*byte),
                    None => bytes.extend(c.to_string().as_bytes()),
                }
            }
            bytes
        })
        .collect())
}
