//! Text normalisation shared by the pack builder and the search engine: folding of Urdu and
//! Arabic-script variants, tokens, light stemming, stop words and sound keys for spelling
//! correction. Index and query go through exactly the same functions, so they always agree.

mod distance;
mod fold;
mod stem;

pub use distance::{character_error_rate, deletion_variants, osa_distance, word_error_rate};
pub use fold::{fold, fold_char, sound_key};
pub use stem::stem;

/// The writing system of a piece of text, judged by its letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Arabic,
    Unknown,
}

/// Whether `c` is a letter of the Arabic script (Urdu, Pashto, Sindhi, Shahmukhi and Arabic).
pub fn is_arabic_script(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// The script most letters of `text` are written in.
pub fn detect_script(text: &str) -> Script {
    let (mut n_latin, mut n_arabic) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if is_arabic_script(c) {
            n_arabic += 1;
        } else if c.is_ascii_alphabetic() || matches!(c as u32, 0x00C0..=0x024F) {
            n_latin += 1;
        }
    }
    match (n_latin, n_arabic) {
        (0, 0) => Script::Unknown,
        (l, a) if a > l => Script::Arabic,
        _ => Script::Latin,
    }
}

/// Splits folded text into words: runs of letters and digits.
pub fn words(text: &str) -> Vec<String> {
    fold(text).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// Whether a folded word is a stop word (English or Urdu) that carries no topic.
pub fn is_stop_word(word: &str) -> bool {
    stem::STOP_WORDS.contains(word)
}

/// The index terms of a text: folded words, stop words dropped, each stemmed.
pub fn terms(text: &str) -> Vec<String> {
    words(text).iter().filter(|w| !is_stop_word(w)).map(|w| stem(w)).collect()
}

#[cfg(test)]
mod tests;
