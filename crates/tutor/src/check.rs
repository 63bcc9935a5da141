//! The check between the model and the child. The model's text is released a sentence at a
//! time, and a sentence only if the passage supports it: most of its content words (folded and
//! stemmed as search does) occur in the passage or the lesson's glossary, and every number and
//! every name in it occurs there too. Sentences the model ends with a question mark are held
//! back (the tutor asks the lesson's own question), and so is a last sentence the token budget
//! cut, so that an answer never ends mid-sentence. Every sentence also passes the safety
//! filter, as an answer.

use std::collections::HashSet;

use serde::Serialize;

use crate::Dropped;

/// The least share of a sentence's content words the passage must hold.
pub const MIN_SUPPORT: f64 = 0.75;

/// What the passage says about one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Supported,
    /// Too few of its words are in the passage.
    Unsupported,
    /// It states a number the passage does not hold.
    Number,
    /// It names something the passage does not (a capitalised word inside an English sentence).
    Name,
    /// It asks the child a question.
    Question,
}

impl Verdict {
    pub fn reason(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Unsupported => "unsupported",
            Verdict::Number => "number",
            Verdict::Name => "name",
            Verdict::Question => "question",
        }
    }
}

/// The words, numbers and names of a passage and its glossary, to check sentences against.
#[derive(Debug, Clone)]
pub struct Support {
    stems: HashSet<String>,
    numbers: HashSet<String>,
    words: HashSet<String>,
}

/// The numbers in a text, folded (Urdu digits to ASCII), "3,000" as "3000".
fn numbers(text: &str) -> Vec<String> {
    let folded = textnorm::fold(text);
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = folded.chars().collect();
    for (idx, c) in chars.iter().enumerate() {
        let inside = |i: usize| chars.get(i).is_some_and(|n| n.is_ascii_digit());
        if c.is_ascii_digit() {
            current.push(*c);
        } else if *c == ',' && !current.is_empty() && inside(idx + 1) {
            continue;
        } else if *c == '.' && !current.is_empty() && inside(idx + 1) {
            current.push('.');
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Capitalised words inside an English sentence (not its first word, not "I"): names.
fn names(sentence: &str) -> Vec<String> {
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .skip(1)
        .filter(|w| w.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && *w != "I" && !w.starts_with("I'"))
        .map(textnorm::fold)
        .collect()
}

impl Support {
    /// Support from the passage and the glossary text (terms and definitions).
    pub fn new(texts: &[&str]) -> Support {
        let mut support = Support { stems: HashSet::new(), numbers: HashSet::new(), words: HashSet::new() };
        for text in texts {
            support.stems.extend(textnorm::terms(text));
            support.numbers.extend(numbers(text));
            support.words.extend(textnorm::words(text));
        }
        support
    }

    fn holds_stem(&self, stem: &str) -> bool {
        self.stems.contains(stem)
            || (stem.chars().count() >= 5
                && self
                    .stems
                    .iter()
                    .any(|s| s.starts_with(stem) || stem.starts_with(s.as_str()) && s.chars().count() >= 5))
    }

    /// The share of `sentence`'s content words the passage holds (1 for a sentence with none).
    pub fn share(&self, sentence: &str) -> f64 {
        let stems = textnorm::terms(sentence);
        if stems.is_empty() {
            return 1.0;
        }
        stems.iter().filter(|s| self.holds_stem(s)).count() as f64 / stems.len() as f64
    }

    pub fn check(&self, sentence: &str) -> Verdict {
        // A list item's marker ("1.") is neither a number stated nor the sentence's first word.
        let sentence = match sentence.trim_start().split_once(['.', ')']) {
            Some((marker, rest))
                if !marker.is_empty()
                    && marker.chars().all(|c| c.is_ascii_digit())
                    && rest.starts_with(char::is_whitespace) =>
            {
                rest
            }
            _ => sentence,
        };
        let trimmed = sentence.trim_end_matches(|c: char| c.is_whitespace() || c == '"' || c == ')');
        if trimmed.ends_with('?') || trimmed.ends_with('؟') {
            return Verdict::Question;
        }
        if numbers(sentence).iter().any(|n| !self.numbers.contains(n)) {
            return Verdict::Number;
        }
        if names(sentence).iter().any(|n| !self.words.contains(n)) {
            return Verdict::Name;
        }
        if self.share(sentence) < MIN_SUPPORT {
            return Verdict::Unsupported;
        }
        Verdict::Supported
    }
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '۔' | '؟' | '\n')
}

/// The model's text, released a checked sentence at a time.
pub(crate) struct SentenceStream<'a> {
    filter: &'a safety::Filter,
    support: &'a Support,
    pending: String,
    released: String,
    pub n_released: u32,
    pub dropped: Vec<Dropped>,
    pub flags: Vec<safety::Flag>,
}

impl<'a> SentenceStream<'a> {
    pub fn new(filter: &'a safety::Filter, support: &'a Support) -> SentenceStream<'a> {
        SentenceStream {
            filter,
            support,
            pending: String::new(),
            released: String::new(),
            n_released: 0,
            dropped: Vec::new(),
            flags: Vec::new(),
        }
    }

    /// Adds a piece of the model's text; returns what may be shown now.
    pub fn push(&mut self, piece: &str) -> String {
        self.pending.push_str(piece);
        let mut shown = String::new();
        // A sentence is complete at its end mark followed by white space (so "2.5" and "e.g."
        // inside a sentence wait for more).
        while let Some(end) = self.complete_sentence_end() {
            let sentence: String = self.pending[..end].to_owned();
            self.pending.drain(..end);
            shown.push_str(&self.judge(&sentence));
        }
        shown
    }

    fn complete_sentence_end(&self) -> Option<usize> {
        let mut chars = self.pending.char_indices().peekable();
        while let Some((idx, c)) = chars.next() {
            // "1." opening a list item ends nothing (the same sentences as the quotes').
            let line_start = self.pending[..idx].rfind('\n').map_or(0, |n| n + 1);
            let list_marker = c == '.' && {
                let before = self.pending[line_start..idx].trim();
                !before.is_empty() && before.chars().all(|d| d.is_ascii_digit())
            };
            if is_sentence_end(c) && !list_marker {
                match chars.peek() {
                    Some((next_idx, next)) if next.is_whitespace() || c == '\n' => return Some(*next_idx),
                    _ => {}
                }
            }
        }
        None
    }

    /// The end of the model's text: a last sentence with its end mark is judged; one without
    /// (the token budget cut it) is dropped.
    pub fn finish(&mut self) -> String {
        let rest = std::mem::take(&mut self.pending);
        let trimmed = rest.trim();
        if trimmed.is_empty() {
            return String::new();
        }
        if trimmed.ends_with(is_sentence_end) {
            return self.judge(&rest);
        }
        self.dropped.push(Dropped { text: trimmed.to_owned(), reason: "cut" });
        String::new()
    }

    fn judge(&mut self, sentence: &str) -> String {
        let text = sentence.trim();
        if text.is_empty() || !self.flags.is_empty() {
            return String::new();
        }
        let flags = self.filter.check_answer(text);
        if !flags.is_empty() {
            self.flags = flags;
            return String::new();
        }
        match self.support.check(text) {
            Verdict::Supported => {
                let shown = if self.released.is_empty() { text.to_owned() } else { format!(" {text}") };
                self.released.push_str(&shown);
                self.n_released += 1;
                shown
            }
            verdict => {
                self.dropped.push(Dropped { text: text.to_owned(), reason: verdict.reason() });
                String::new()
            }
        }
    }

    /// The text released so far.
    pub fn released(&self) -> &str {
        &self.released
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSAGE: &str = "Green plants make their own food, mostly in their leaves. This is called photosynthesis. \
        A plant needs sunlight, water, carbon dioxide and chlorophyll. Pakistan grows wheat on 9 million hectares.";

    #[test]
    fn supported_sentences_pass_and_false_ones_are_held_back() {
        let support = Support::new(&[PASSAGE]);
        assert_eq!(support.check("Plants make their food in their leaves."), Verdict::Supported);
        assert_eq!(support.check("This is called photosynthesis."), Verdict::Supported);
        assert_eq!(support.check("You can eat a mango tree or a wheat plant for dinner."), Verdict::Unsupported);
        assert_eq!(support.check("Plants need 12 kinds of sunlight."), Verdict::Number);
        assert_eq!(support.check("Plants in India make food."), Verdict::Name);
        assert_eq!(support.check("Pakistan grows wheat."), Verdict::Supported);
        assert_eq!(support.check("Do you know what plants need?"), Verdict::Question);
        assert_eq!(support.check("1. Plants need sunlight."), Verdict::Supported, "a list marker is no number");
        assert_eq!(support.check("2.5 plants need sunlight."), Verdict::Number, "a decimal is");
    }

    #[test]
    fn the_stream_releases_checked_sentences_and_never_ends_mid_sentence() {
        let filter = safety::Filter::default();
        let support = Support::new(&[PASSAGE]);
        let mut stream = SentenceStream::new(&filter, &support);
        let mut shown = String::new();
        for piece in [
            "Plants make their ",
            "food in their leaves. The won",
            " by the Indian team.\n1. Sunlight",
            " is needed. ",
            "A plant needs sunlight and water. Then the roots",
        ] {
            shown.push_str(&stream.push(piece));
        }
        shown.push_str(&stream.finish());
        assert_eq!(
            shown,
            "Plants make their food in their leaves. 1. Sunlight is needed. A plant needs sunlight and water."
        );
        assert_eq!(stream.n_released, 3);
        let reasons: Vec<&str> = stream.dropped.iter().map(|d| d.reason).collect();
        assert_eq!(reasons, ["name", "cut"]);
    }
}
