//! Light stemming: Snowball English for Latin words, suffix stripping for Urdu words, and the
//! stop-word lists (data files in `data/`).

use std::collections::HashSet;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

pub(crate) static STOP_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    [include_str!("../data/stopwords-en.txt"), include_str!("../data/stopwords-ur.txt")]
        .iter()
        .flat_map(|list| list.lines())
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .flat_map(crate::words)
        .collect()
});

/// Urdu inflectional endings, longest first, in folded form (ے is already folded to ی).
const URDU_SUFFIXES: [&str; 7] = ["یاں", "یوں", "وں", "یں", "ا", "ی", "ہ"];

/// The stem of one folded word.
pub fn stem(word: &str) -> String {
    match word.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => ENGLISH.stem(word).into_owned(),
        Some(c) if crate::is_arabic_script(c) => stem_urdu(word),
        _ => word.to_owned(),
    }
}

fn stem_urdu(word: &str) -> String {
    let n_chars = word.chars().count();
    for suffix in URDU_SUFFIXES {
        let n_suffix = suffix.chars().count();
        if n_chars >= n_suffix + 2 && word.ends_with(suffix) {
            let stem = &word[..word.len() - suffix.len()];
            // A plural ending may follow a final ہ that the singular loses too (ھ folds to ہ):
            // سکھوں and سکھ, بچوں and بچہ meet in the same stem.
            if n_suffix > 1 && stem.ends_with('ہ') && stem.chars().count() >= 3 {
                return stem[..stem.len() - 'ہ'.len_utf8()].to_owned();
            }
            return stem.to_owned();
        }
    }
    word.to_owned()
}
