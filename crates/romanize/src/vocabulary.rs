//! Urdu-script words indexed by their consonant skeleton, so that a Roman Urdu word the lists
//! do not know ("magnatees", "hamesha") meets the nearest Urdu word of a content pack.

use std::collections::{HashMap, HashSet};

use crate::sound::{distance, max_distance, roman_sound, skeleton, urdu_sound, Sound};

#[derive(Debug)]
struct Word {
    text: String,
    sound: Sound,
    frequency: u32,
}

/// Urdu-script words with their frequencies, searchable by a Roman Urdu spelling.
#[derive(Debug, Default)]
pub struct Vocabulary {
    words: Vec<Word>,
    /// Each word's skeleton and the skeleton with one symbol deleted, to word indices.
    index: HashMap<Vec<u8>, Vec<u32>>,
}

/// The nearest Urdu word to a Roman spelling.
#[derive(Debug, Clone, PartialEq)]
pub struct VocabularyMatch<'v> {
    pub word: &'v str,
    /// Weighted edit distance between the two sounds; 0 is the same sound.
    pub distance: f32,
    pub frequency: u32,
}

/// A skeleton and every form of it with one symbol deleted.
fn index_keys(skeleton: &[u8]) -> Vec<Vec<u8>> {
    let mut keys = vec![skeleton.to_vec()];
    for idx in 0..skeleton.len() {
        let mut key = skeleton.to_vec();
        key.remove(idx);
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

impl Vocabulary {
    /// Indexes `words` (word, frequency). Words without Arabic-script letters, single letters
    /// and phrases are left out; a word given twice keeps its higher frequency.
    pub fn new<'a>(words: impl IntoIterator<Item = (&'a str, u32)>) -> Vocabulary {
        let mut vocabulary = Vocabulary::default();
        let mut position: HashMap<String, usize> = HashMap::new();
        for (text, frequency) in words {
            let text = text.trim();
            let n_chars = text.chars().count();
            if n_chars < 2 || !text.chars().any(textnorm::is_arabic_script) || text.chars().any(char::is_whitespace) {
                continue;
            }
            if let Some(&idx) = position.get(text) {
                let word: &mut Word = &mut vocabulary.words[idx];
                word.frequency = word.frequency.max(frequency);
                continue;
            }
            let sound = urdu_sound(text);
            if sound.is_empty() {
                continue;
            }
            let idx = vocabulary.words.len();
            for key in index_keys(&skeleton(&sound)) {
                vocabulary.index.entry(key).or_default().push(idx as u32);
            }
            position.insert(text.to_owned(), idx);
            vocabulary.words.push(Word { text: text.to_owned(), sound, frequency });
        }
        vocabulary
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The Urdu word nearest in sound to the Roman word `roman`, if one is near enough:
    /// the smallest distance wins, then the higher frequency, then the shorter word.
    pub fn nearest(&self, roman: &str) -> Option<VocabularyMatch<'_>> {
        let sound = roman_sound(roman);
        if sound.is_empty() {
            return None;
        }
        let limit = max_distance(&sound);
        let mut best: Option<(f32, &Word)> = None;
        let mut seen: HashSet<u32> = HashSet::new();
        for key in index_keys(&skeleton(&sound)) {
            for &idx in self.index.get(&key).map(Vec::as_slice).unwrap_or_default() {
                if !seen.insert(idx) {
                    continue;
                }
                let word = &self.words[idx as usize];
                let word_distance = distance(&sound, &word.sound);
                if word_distance > limit {
                    continue;
                }
                let better = match best {
                    None => true,
                    Some((best_distance, best_word)) => {
                        (word_distance, std::cmp::Reverse(word.frequency), word.text.chars().count())
                            < (best_distance, std::cmp::Reverse(best_word.frequency), best_word.text.chars().count())
                    }
                };
                if better {
                    best = Some((word_distance, word));
                }
            }
        }
        best.map(|(distance, word)| VocabularyMatch { word: &word.text, distance, frequency: word.frequency })
    }
}
