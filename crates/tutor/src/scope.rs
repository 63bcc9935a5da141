//! Scope: whether the lessons answer a question at all. A question is in scope when the
//! chosen lesson covers its topic words: their weighted share found in the chosen section
//! (the rest of the lesson counts half) reaches [`MIN_COVERAGE`], the share found nowhere in
//! the lesson stays within [`MAX_MISSING`], and a question asking for a number or a date
//! finds one beside its words. Words are weighted by how rare they are in the pack, so
//! "cricket" weighs more than "make"; a word the pack does not know at all weighs the most
//! (the lessons cannot be about it), and words that only frame the question ("what happens",
//! "کیا کام کرتا ہے") are left out. Both limits are calibrated on the tutor evaluation's
//! question sets (see `tests/tutor-eval/README.md`).

use std::collections::HashSet;
use std::sync::LazyLock;

use serde::Serialize;

/// The least share of the question's weighted terms the chosen section covers (terms found
/// elsewhere in the lesson count half).
pub(crate) const MIN_COVERAGE: f64 = 0.55;

/// The largest share of the question's weighted terms the lesson may lack entirely ("black
/// hole": the lesson on microorganisms has black spots, but no holes).
pub(crate) const MAX_MISSING: f64 = 0.45;

/// The least share of a "why", "who" or "when" question's weighted terms that one of the
/// lesson's `explains` entries of that kind must hold: the lesson states that reason, agent or time.
pub(crate) const MIN_EXPLAINED: f64 = 0.5;

/// Credit for a misspelt word whose correction the lesson holds: the correction is a guess.
pub(crate) const CORRECTED_CREDIT: f64 = 0.5;

/// How well a lesson passage covers a question.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Coverage {
    /// Weighted share of the question's terms the chosen section or its lesson holds (0..1).
    pub share: f64,
    /// Weighted share of the question's terms found nowhere in the lesson (0..1).
    pub missing: f64,
    /// Topic terms in the question.
    pub n_terms: usize,
    /// The question asks for a number or a date and a sentence of the lesson holds one with
    /// the question's words (always true for other questions).
    pub number_found: bool,
    /// The question asks which is the most of something and a sentence of the lesson states a
    /// superlative with the question's words (always true for other questions).
    pub most_found: bool,
    /// For a "why", "who" or "when" question, the weighted share of its terms that the best
    /// matching entry of the lesson's `explains` of that kind holds (`None` for other questions).
    pub explained: Option<f64>,
    /// The lesson writes together the words of every name of two or three words the question
    /// asks what it is ("dry ice"; [`crate::defines`]; always true for other questions).
    pub names_written: bool,
}

impl Coverage {
    pub(crate) fn in_scope(&self) -> bool {
        self.n_terms > 0
            && self.number_found
            && self.most_found
            && self.share >= MIN_COVERAGE
            && self.missing <= MAX_MISSING
            && self.explained.is_none_or(|share| share >= MIN_EXPLAINED)
            && self.names_written
    }
}

/// Stems of the words that frame a question rather than name its topic.
static FRAME: LazyLock<HashSet<String>> = LazyLock::new(|| {
    crate::lists::entries(include_str!("../data/frame.txt"))
        .into_iter()
        .flat_map(|(_, word)| textnorm::terms(word))
        .collect()
});

/// Whether a query term only frames the question.
pub(crate) fn is_frame(term: &search::QueryTerm) -> bool {
    FRAME.contains(&term_stem(term))
}

fn term_stem(term: &search::QueryTerm) -> String {
    match term {
        search::QueryTerm::Known(stem) => stem.clone(),
        search::QueryTerm::Corrected { word, .. } | search::QueryTerm::Prefix(word) => textnorm::stem(word),
    }
}

/// Words that say someone says something (folded words, not stems: the stem of "کہتی" is
/// that of "کہ", "that"), stems of the people a child quotes and of words that ask whether it
/// is so.
struct Speakers {
    speech: HashSet<String>,
    speaker: HashSet<String>,
    claim: HashSet<String>,
}

static SPEAKERS: LazyLock<Speakers> = LazyLock::new(|| {
    let lists = crate::lists::Sections::read(include_str!("../data/speakers.txt"));
    let stems = |section: &str| lists.words(section).iter().map(|w| textnorm::stem(w)).collect();
    Speakers { speech: lists.words("speech").into_iter().collect(), speaker: stems("speaker"), claim: stems("claim") }
});

/// Whether `text` reports what someone says ("my sister says ...", "امی کہتی ہیں"): a word of
/// saying and a person.
pub(crate) fn reports_speech(text: &str) -> bool {
    let words = textnorm::words(text);
    let Speakers { speech, speaker, .. } = &*SPEAKERS;
    words.iter().any(|w| speech.contains(w)) && words.iter().any(|w| speaker.contains(&textnorm::stem(w)))
}

/// Whether a query term is the saying, the person or "is it true" of a question that reports
/// speech.
pub(crate) fn is_reporting(term: &search::QueryTerm) -> bool {
    is_reporting_word(&term_stem(term))
}

/// [`is_reporting`] for a stem or a word search left out.
pub(crate) fn is_reporting_word(word: &str) -> bool {
    let stem = textnorm::stem(word);
    let Speakers { speech, speaker, claim } = &*SPEAKERS;
    speech.contains(&textnorm::fold(word)) || speaker.contains(&stem) || claim.contains(&stem)
}

/// Whether a word search left out (too short to match) only frames the question ("wat", "y").
pub(crate) fn is_frame_word(word: &str) -> bool {
    FRAME.contains(&textnorm::stem(word))
}

/// Question openings that ask for a number or a date (folded words).
static QUANTITY: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    crate::lists::entries(include_str!("../data/quantity.txt"))
        .into_iter()
        .map(|(_, entry)| textnorm::words(entry))
        .collect()
});

/// Whether `text` asks for a number or a date ("how far", "کتنا", "kab").
pub(crate) fn asks_for_number(text: &str) -> bool {
    let words = textnorm::words(text);
    QUANTITY.iter().any(|phrase| crate::lists::has_phrase(&words, phrase))
}

/// Phrases that ask for or state the most of something, and phrases with their words that do
/// not (folded words).
struct Most {
    most: Vec<Vec<String>>,
    not: Vec<Vec<String>>,
}

static MOST: LazyLock<Most> = LazyLock::new(|| {
    let lists = crate::lists::Sections::read(include_str!("../data/superlative.txt"));
    Most { most: lists.phrases("most"), not: lists.phrases("not") }
});

/// Whether `text` says "the most" of something ("which is the biggest", "سب سے اونچا"): a
/// question that asks it, or a lesson sentence that states it.
pub(crate) fn says_most(text: &str) -> bool {
    let words = textnorm::words(text);
    let Most { most, not } = &*MOST;
    let mut kept: Vec<String> = Vec::with_capacity(words.len());
    let mut idx = 0;
    while idx < words.len() {
        match not.iter().find(|phrase| words[idx..].starts_with(phrase)) {
            Some(phrase) => idx += phrase.len(),
            None => {
                kept.push(words[idx].clone());
                idx += 1;
            }
        }
    }
    most.iter().any(|phrase| crate::lists::has_phrase(&kept, phrase))
}

/// Accumulates the weighted terms of a question against one lesson section.
#[derive(Default)]
pub(crate) struct Tally {
    total: f64,
    in_section: f64,
    in_lesson: f64,
    n_terms: usize,
}

/// Credit for a term found in the lesson but not in the chosen section.
const ELSEWHERE_CREDIT: f64 = 0.5;

impl Tally {
    /// One term of weight `weight`: `credit` is 1 for a word the child wrote, less for a
    /// guessed correction, 0 for a word the lesson cannot hold.
    pub(crate) fn add(&mut self, weight: f64, credit: f64, in_section: bool, in_lesson: bool) {
        self.total += weight;
        self.n_terms += 1;
        if in_section {
            self.in_section += credit * weight;
        } else if in_lesson {
            self.in_section += ELSEWHERE_CREDIT * credit * weight;
        }
        if in_section || in_lesson {
            self.in_lesson += credit * weight;
        }
    }

    pub(crate) fn coverage(&self, number_found: bool) -> Coverage {
        let round = |x: f64| (x * 1000.0).round() / 1000.0;
        let (share, missing) = if self.total > 0.0 {
            (self.in_section / self.total, 1.0 - self.in_lesson / self.total)
        } else {
            (0.0, 1.0)
        };
        Coverage {
            share: round(share),
            missing: round(missing.max(0.0)),
            n_terms: self.n_terms,
            number_found,
            most_found: true,
            explained: None,
            names_written: true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_words_are_recognised_in_english_and_urdu() {
        assert!(is_frame(&search::QueryTerm::Known(textnorm::stem("happens"))));
        assert!(is_frame(&search::QueryTerm::Known(textnorm::stem(&textnorm::fold("کام")))));
        assert!(!is_frame(&search::QueryTerm::Known(textnorm::stem("magnet"))));
    }

    #[test]
    fn reported_speech_needs_a_person_and_a_word_of_saying() {
        assert!(reports_speech("my sister says an ant is not an insect, is that true"));
        assert!(reports_speech("امی کہتی ہیں کہ دہی جراثیم سے بنتا ہے"));
        assert!(!reports_speech("why does my nani have white hair"));
        assert!(!reports_speech("what does the lesson say about magnets"));
        assert!(is_reporting_word("sister") && is_reporting_word("says") && !is_reporting_word("ant"));
        assert!(!reports_speech("is it true that bats are blind") && is_reporting_word("true"));
        assert!(!reports_speech("کیا یہ سچ ہے کہ امی کی دیگچی مقناطیس سے نہیں چپکتی"), "کہ is no saying");
    }

    #[test]
    fn superlatives_are_recognised_but_not_first_of_all() {
        assert!(says_most("which is the tallest mountain in the world"));
        assert!(says_most("پاکستان کا سب سے بڑا شہر کون سا ہے"));
        assert!(says_most("sab se taqatwar magnet kon sa hota hai"));
        assert!(says_most("Venus: the hottest planet."));
        assert!(!says_most("چاند پر سب سے پہلے کون گیا تھا"));
        assert!(!says_most("how do plants make food"));
        assert!(!says_most("you need at least two numbers"));
    }

    #[test]
    fn a_term_missing_from_the_lesson_counts_against_scope() {
        let mut tally = Tally::default();
        tally.add(2.0, 1.0, true, true);
        tally.add(2.0, 1.0, false, false);
        let coverage = tally.coverage(true);
        assert_eq!((coverage.share, coverage.missing), (0.5, 0.5));
        assert!(!coverage.in_scope());
        let mut tally = Tally::default();
        tally.add(3.0, 1.0, true, true);
        tally.add(1.0, 1.0, false, true);
        let coverage = tally.coverage(true);
        assert_eq!((coverage.share, coverage.missing), (0.875, 0.0));
        assert!(coverage.in_scope());
        assert!(!tally.coverage(false).in_scope());
    }

    #[test]
    fn a_guessed_correction_counts_half() {
        let mut tally = Tally::default();
        tally.add(2.0, CORRECTED_CREDIT, true, true);
        assert_eq!(tally.coverage(true).missing, 0.5);
    }
}
