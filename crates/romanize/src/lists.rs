//! The word lists in `data/`: Roman Urdu function words and curriculum words with their Urdu
//! spelling (one or more Roman words per entry, as in "nizam e shamsi"), and the Roman spellings
//! that are English words too, common English words, and common Urdu words.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::sound::{roman_sound, Sound};

const FUNCTION_WORDS: &str = include_str!("../data/function-words.txt");
const LEXICON: &str = include_str!("../data/lexicon.tsv");
const ENGLISH_HOMOGRAPHS: &str = include_str!("../data/english-homographs.txt");
const ENGLISH_WORDS: &str = include_str!("../data/english-words.txt");
pub(crate) const URDU_COMMON: &str = include_str!("../data/urdu-common.txt");

/// What a Roman spelling stands for: Urdu words, or nothing (the izafat "e").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub urdu: Option<String>,
    pub function_word: bool,
}

#[derive(Debug)]
pub(crate) struct Lists {
    /// Roman spellings, as their words joined by one space, to what they stand for.
    pub phrases: HashMap<String, Entry>,
    /// The most words in one Roman spelling.
    pub longest_phrase: usize,
    /// The sound of every one-word Roman spelling, to its entry: "maqnatis" meets "maqnatees".
    pub by_sound: HashMap<Sound, Entry>,
    /// The Urdu words of the lexicon, for matching when no vocabulary is given.
    pub urdu_words: Vec<String>,
    pub homographs: HashSet<String>,
    /// Common English words of four letters or more.
    pub english: HashSet<&'static str>,
}

pub(crate) static LISTS: LazyLock<Lists> = LazyLock::new(Lists::load);

/// The lines of a data file that carry data.
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#'))
}

impl Lists {
    fn load() -> Lists {
        let mut lists = Lists {
            phrases: HashMap::new(),
            longest_phrase: 1,
            by_sound: HashMap::new(),
            urdu_words: Vec::new(),
            homographs: HashSet::new(),
            english: data_lines(ENGLISH_WORDS).collect(),
        };
        for (text, function_word) in [(FUNCTION_WORDS, true), (LEXICON, false)] {
            for line in data_lines(text) {
                let Some((romans, urdu)) = line.split_once('\t') else { continue };
                let urdu = urdu.trim();
                let entry = Entry { urdu: (urdu != "-").then(|| urdu.to_owned()), function_word };
                if let Some(urdu) = &entry.urdu {
                    if !function_word && !lists.urdu_words.contains(urdu) {
                        lists.urdu_words.push(urdu.clone());
                    }
                }
                for roman in romans.split(',') {
                    let words = crate::roman_words(roman);
                    if words.is_empty() {
                        continue;
                    }
                    lists.longest_phrase = lists.longest_phrase.max(words.len());
                    if words.len() == 1 {
                        lists.by_sound.entry(roman_sound(&words[0])).or_insert_with(|| entry.clone());
                    }
                    lists.phrases.entry(words.join(" ")).or_insert_with(|| entry.clone());
                }
            }
        }
        lists.homographs = data_lines(ENGLISH_HOMOGRAPHS).map(str::to_owned).collect();
        lists
    }

    /// Whether a word is English as well as Roman Urdu, so that it proves nothing about the
    /// language of a question.
    pub fn is_homograph(&self, word: &str) -> bool {
        self.homographs.contains(word) || textnorm::is_stop_word(word)
    }
}
