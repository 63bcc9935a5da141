//! Roman Urdu, Urdu typed in Latin letters ("paudhe apna khana kaise banate hain"), to Urdu
//! script, so that a child's question finds the Urdu lesson. Words are looked up in the word
//! lists of `data/` (function words and curriculum words with their spelling variants), then
//! matched by sound against a vocabulary of Urdu words (a content pack's) and common Urdu words
//! (`data/urdu-common.txt`); words that are English ("photosynthesis kya hai") stay English.

mod lists;
mod sound;
mod vocabulary;

use std::collections::HashMap;
use std::sync::LazyLock;

use lists::{Entry, LISTS};
pub use vocabulary::{Vocabulary, VocabularyMatch};

/// A Roman Urdu question in Urdu script.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Transliteration {
    /// The question in Urdu script; words that stay English are left in Latin letters.
    pub urdu: String,
    /// The words kept as English (English words, and words with no Urdu match).
    pub english: Vec<String>,
    /// Each Roman word or phrase and its Urdu spelling; `None` for a word kept in Latin.
    pub words: Vec<(String, Option<String>)>,
}

/// The words of Roman text: lower case, accents and apostrophes dropped ("in'ikas" is one word).
/// A number keeps its fraction bar, point, commas and percentage sign ("1/4", "2.5", "20%"), so
/// that its transliteration poses the same problem.
pub(crate) fn roman_words(text: &str) -> Vec<String> {
    let without_apostrophes: String = text.chars().filter(|c| !matches!(c, '\'' | '’' | '‘' | '`' | 'ʼ')).collect();
    let chars: Vec<char> = textnorm::fold(&without_apostrophes).chars().collect();
    let digit = |idx: Option<usize>| idx.and_then(|i| chars.get(i)).is_some_and(char::is_ascii_digit);
    let in_word = |idx: usize| {
        let c = chars[idx];
        c.is_alphanumeric()
            || (matches!(c, '/' | '.' | ',' | ':') && digit(idx.checked_sub(1)) && digit(Some(idx + 1)))
            || (c == '%' && digit(idx.checked_sub(1)))
    };
    let mut words = Vec::new();
    let mut word = String::new();
    for (idx, &c) in chars.iter().enumerate() {
        if in_word(idx) {
            word.push(c);
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// A run of words: one list entry (possibly several words long), or one word the lists lack.
struct Segment<'w> {
    words: &'w [String],
    entry: Option<&'static Entry>,
}

impl Segment<'_> {
    fn text(&self) -> String {
        self.words.join(" ")
    }
}

/// Cuts `words` into list entries, the longest entry first at each position.
fn segments(words: &[String]) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < words.len() {
        let longest = LISTS.longest_phrase.min(words.len() - start);
        let found = (1..=longest).rev().find_map(|n_words| {
            LISTS.phrases.get(&words[start..start + n_words].join(" ")).map(|entry| (n_words, entry))
        });
        let (n_words, entry) = match found {
            Some((n_words, entry)) => (n_words, Some(entry)),
            None => (1, None),
        };
        out.push(Segment { words: &words[start..start + n_words], entry });
        start += n_words;
    }
    out
}

/// Whether `text` is Roman Urdu: Latin script holding Roman Urdu words ("kya", "hai",
/// "barish"), and no more English function words ("what", "how", "the") than Roman Urdu words.
/// Words that are both ("me", "main", "to") count for neither.
pub fn is_roman_urdu(text: &str) -> bool {
    if textnorm::detect_script(text) != textnorm::Script::Latin {
        return false;
    }
    let words = roman_words(text);
    let (mut n_roman, mut n_english) = (0usize, 0usize);
    for segment in segments(&words) {
        let single = (segment.words.len() == 1).then(|| segment.words[0].as_str());
        match (segment.entry, single) {
            (Some(_), Some(word)) if LISTS.is_homograph(word) => {}
            (Some(_), _) => n_roman += 1,
            (None, Some(word)) if textnorm::is_stop_word(word) => n_english += 1,
            (None, _) => {}
        }
    }
    n_roman >= 1 && n_roman >= n_english
}

/// Urdu words of the lexicon, for sound matching when no vocabulary is given.
static LEXICON_VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    Vocabulary::new(LISTS.urdu_words.iter().flat_map(|phrase| phrase.split_whitespace()).map(|word| (word, 1)))
});

/// Common Urdu words (`data/urdu-common.txt`), the more frequent the higher, for a Roman word
/// that is neither listed nor a word of the pack ("aurat" is عورت, not the pack's رات).
static COMMON_VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    let words: Vec<&str> = lists::data_lines(lists::URDU_COMMON).collect();
    let n_words = u32::try_from(words.len()).unwrap_or(u32::MAX);
    Vocabulary::new(words.into_iter().zip((1..=n_words).rev()))
});

/// The lists' Urdu spellings by their folded form, to show a matched pack word (stored folded:
/// کہانا) as it is written (کھانا).
static DISPLAY_FORMS: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    LISTS
        .phrases
        .values()
        .filter_map(|entry| entry.urdu.as_deref())
        .flat_map(str::split_whitespace)
        .map(|word| (textnorm::fold(word), word.to_owned()))
        .collect()
});

/// The written form of a folded Urdu word matched for `roman`: a final ی the Roman spelling ends
/// in "e" becomes ے; ہ after a consonant becomes ھ where the Roman spelling aspirates; a first
/// ا is آ where the Roman spelling starts with "aa".
fn display_form(folded: &str, roman: &str) -> String {
    if let Some(written) = DISPLAY_FORMS.get(&textnorm::fold(folded)) {
        return written.clone();
    }
    const ASPIRATES: [&str; 9] = ["bh", "ph", "th", "jh", "chh", "dh", "rh", "kh", "gh"];
    let aspirated_inside = ASPIRATES.iter().any(|digraph| roman.contains(digraph));
    let aspirated_at_end = ASPIRATES.iter().any(|digraph| roman.ends_with(digraph));
    let ends_in_e = (roman.ends_with('e') && !roman.ends_with("ee") && !roman.ends_with("ie"))
        || ["ay", "ey", "ae"].iter().any(|ending| roman.ends_with(ending));
    let letters: Vec<char> = folded.chars().collect();
    let last = letters.len().saturating_sub(1);
    let mut out = String::with_capacity(folded.len());
    for (idx, &letter) in letters.iter().enumerate() {
        if idx == 0 && letter == 'ا' && roman.starts_with("aa") {
            out.push('آ');
            continue;
        }
        let after_aspirable = idx > 0 && "بپتٹجچدڈرڑکگ".contains(letters[idx - 1]);
        let shown = match letter {
            'ہ' if after_aspirable && ((idx < last && aspirated_inside) || (idx == last && aspirated_at_end)) => 'ھ',
            'ی' if idx == last && idx > 0 && ends_in_e => 'ے',
            other => other,
        };
        out.push(shown);
    }
    out
}

/// Writes the Roman Urdu question `text` in Urdu script. Each word (or phrase of the lists) is,
/// in order: a word of the lists; kept English if `is_english` says so; a word of the lists
/// that sounds the same ("maqnatis" for "maqnatees"); the nearest word of `vocabulary` (or of
/// the lists' Urdu words when there is none) in sound; else kept in Latin letters.
pub fn to_urdu(text: &str, vocabulary: Option<&Vocabulary>, is_english: &dyn Fn(&str) -> bool) -> Transliteration {
    let words = roman_words(text);
    let mut out = Transliteration::default();
    let mut urdu_words: Vec<String> = Vec::new();
    for segment in segments(&words) {
        if let Some(entry) = segment.entry {
            if let Some(urdu) = &entry.urdu {
                urdu_words.push(urdu.clone());
            }
            out.words.push((segment.text(), entry.urdu.clone()));
            continue;
        }
        let word = &segment.words[0];
        let script_neutral = !word.chars().any(char::is_alphabetic) || word.chars().any(textnorm::is_arabic_script);
        let urdu = if script_neutral {
            Some(word.clone())
        } else if is_english(word) {
            None
        } else {
            urdu_for_unlisted(word, vocabulary)
        };
        match &urdu {
            Some(urdu) => urdu_words.push(urdu.clone()),
            None => {
                urdu_words.push(word.clone());
                out.english.push(word.clone());
            }
        }
        out.words.push((word.clone(), urdu));
    }
    out.urdu = urdu_words.join(" ");
    out
}

/// A vocabulary match this near is the word itself, spelt a little differently.
const NEAR_EXACT: f32 = 0.3;

/// How much nearer a common Urdu word must sound than the pack's nearest word to be chosen
/// instead: the pack's words are what a question about the lessons uses ("cheenk" is the
/// pack's چھینک, not چونک).
const COMMON_MARGIN: f32 = 0.2;

/// The Urdu for a Roman word that is neither in the lists nor English: a listed spelling of the
/// same sound; a word of the vocabulary that sounds the same; a listed word with a plural or
/// oblique ending ("kasron", "lakeeren"); none for a common English word ("median" is not
/// "معدنی", nor "concave" "کیونکہ"); a common Urdu word that sounds the same and clearly nearer
/// than any word of the vocabulary ("aurat" is عورت, not رات); else the nearest word of the
/// vocabulary.
fn urdu_for_unlisted(word: &str, vocabulary: Option<&Vocabulary>) -> Option<String> {
    if let Some(entry) = LISTS.by_sound.get(&sound::roman_sound(word)) {
        return entry.urdu.clone();
    }
    let nearest = vocabulary.and_then(|v| v.nearest(word)).or_else(|| LEXICON_VOCABULARY.nearest(word));
    if let Some(found) = nearest.as_ref().filter(|found| found.distance <= NEAR_EXACT) {
        return Some(display_form(found.word, word));
    }
    if let Some(urdu) = inflected(word) {
        return Some(urdu);
    }
    if LISTS.english.contains(word) {
        return None;
    }
    let common = COMMON_VOCABULARY.nearest(word).filter(|found| {
        found.distance <= NEAR_EXACT
            && nearest.as_ref().is_none_or(|pack| found.distance + COMMON_MARGIN < pack.distance)
    });
    if let Some(found) = common {
        return Some(found.word.to_owned());
    }
    nearest.map(|found| display_form(found.word, word))
}

/// Roman plural and oblique endings and the Urdu endings they write.
const ENDINGS: [(&str, &str); 6] =
    [("yon", "وں"), ("on", "وں"), ("yan", "اں"), ("ein", "یں"), ("ain", "یں"), ("en", "یں")];

/// A lexicon word with an ending: "kasron" is کسر + وں, "sayon" is سایہ + وں (the ending
/// replaces a final ا or ہ).
fn inflected(word: &str) -> Option<String> {
    for (roman_ending, urdu_ending) in ENDINGS {
        let Some(stem) = word.strip_suffix(roman_ending) else { continue };
        if stem.chars().count() < 3 {
            continue;
        }
        for candidate in [stem.to_owned(), format!("{stem}a"), format!("{stem}ah")] {
            let entry = LISTS.phrases.get(&candidate).or_else(|| LISTS.by_sound.get(&sound::roman_sound(&candidate)));
            let Some(urdu) = entry.filter(|e| !e.function_word).and_then(|e| e.urdu.as_deref()) else { continue };
            if urdu.contains(' ') {
                continue;
            }
            let base = match urdu.strip_suffix(['ا', 'ہ']) {
                Some(base) if urdu_ending != "اں" => base,
                _ => urdu,
            };
            return Some(format!("{base}{urdu_ending}"));
        }
    }
    None
}

#[cfg(test)]
mod tests;
