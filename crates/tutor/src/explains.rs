//! Reasons, agents, times, places and amounts. A lesson that names a thing does not always say
//! why it is so, who made it, when, where or how many ("Mars: the red planet" does not say why
//! Mars is red), and matching words cannot tell the two apart. So a question asking one of these
//! is taken as answered by a lesson only when the lesson states that fact: lessons list them
//! (`[[explains]]` in `lesson.toml`, each written as the question it answers, with everyday
//! words a child may use instead), and the question's weighted terms are matched against the
//! entries of its kind, in the language of each term's script.

use std::collections::HashSet;
use std::sync::LazyLock;

use curriculum::{Asks, Lesson};

use crate::retrieve::{holds, inflects};

/// A question term as the scope check judged it against a lesson.
pub(crate) struct Judged<'q> {
    /// Written in Latin letters: matched against English text (else against Urdu script).
    pub english: bool,
    pub stems: Vec<&'q str>,
    /// 1 for a word the child wrote, less for a guessed correction, 0 for a word no lesson holds.
    pub credit: f64,
    pub weight: f64,
    /// A word the pack does not know, held where a term it inflects is.
    pub inflected: bool,
}

struct Words {
    /// Phrases that make a question ask why, who or when wherever they stand (folded words).
    anywhere: Vec<(Asks, Vec<String>)>,
    /// English question words that ask only at the start ("why ...", not "what happens when").
    first: Vec<(Asks, Vec<String>)>,
    /// Words after "کون" / "kon" that make it "which" ("کون سا").
    which: Vec<String>,
    /// Words after "کیوں" that make it "because" ("کیوں کہ").
    because: Vec<String>,
    /// Urdu and Roman Urdu words that ask an amount wherever they stand ("کتنے").
    amounts: Vec<Vec<String>>,
    /// Words that ask how something is done: with them, "کتنے" is part of what is done.
    how: Vec<String>,
    /// Words that make an amount one of time ("کتنی دیر"): the question asks when, in effect.
    duration: Vec<String>,
    /// Words that end a condition ("تو"), and words that ask after one ("کیا").
    then: Vec<String>,
    then_asks: Vec<String>,
}

fn kind(name: &str) -> Option<Asks> {
    match name {
        "why" | "why-first" => Some(Asks::Why),
        "who" | "who-first" => Some(Asks::Who),
        "when" | "when-first" => Some(Asks::When),
        "where" | "where-first" => Some(Asks::Where),
        "how-many" | "how-many-first" => Some(Asks::HowMany),
        _ => None,
    }
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut words = Words {
        anywhere: Vec::new(),
        first: Vec::new(),
        which: Vec::new(),
        because: Vec::new(),
        amounts: Vec::new(),
        how: Vec::new(),
        duration: Vec::new(),
        then: Vec::new(),
        then_asks: Vec::new(),
    };
    for (section, entry) in crate::lists::entries(include_str!("../data/asks.txt")) {
        let folded = textnorm::words(entry);
        match (section, kind(section)) {
            ("which", _) => words.which.extend(folded),
            ("because", _) => words.because.extend(folded),
            (name, Some(asks)) if name.ends_with("-first") && !folded.is_empty() => words.first.push((asks, folded)),
            (_, Some(Asks::HowMany)) if !folded.is_empty() => words.amounts.push(folded),
            ("how", _) => words.how.extend(folded),
            ("duration", _) => words.duration.extend(folded),
            ("then", _) => words.then.extend(folded),
            ("then-asks", _) => words.then_asks.extend(folded),
            (_, Some(asks)) if !folded.is_empty() => words.anywhere.push((asks, folded)),
            _ => {}
        }
    }
    words
});

fn term_set(terms: &[String]) -> HashSet<&str> {
    terms.iter().map(String::as_str).collect()
}

/// The credit of a question term found only in the sentence stating an entry, not in the
/// entry's own words.
const SENTENCE_CREDIT: f64 = 0.5;

/// Words that may come before an English question word ("so why", "but who").
const LEAD: [&str; 6] = ["so", "but", "and", "then", "ok", "plz"];

/// What `text` asks: an amount of time ("کتنی دیر") asks when, in effect, which a time the
/// lesson states answers (an amount of anything else is not answered by a time: "how hot is
/// the sun" by "when it is hot and sunny").
fn asks_in(text: &str) -> Option<Asks> {
    let asks = asks_kind(text)?;
    let duration = || textnorm::words(text).iter().any(|w| WORDS.duration.contains(w));
    Some(if asks == Asks::HowMany && duration() { Asks::When } else { asks })
}

fn asks_kind(text: &str) -> Option<Asks> {
    let words = textnorm::words(text);
    let list = &*WORDS;
    let start = words.iter().position(|w| !LEAD.contains(&w.as_str())).unwrap_or(0);
    let opening = &words[start.min(words.len())..];
    if let Some((asks, _)) = list.first.iter().find(|(_, phrase)| opening.starts_with(phrase)) {
        return Some(*asks);
    }
    // After a condition that ends "تو" comes what is asked, where it asks "کیا".
    let words = match words.iter().rposition(|w| list.then.contains(w)) {
        Some(idx) if words[idx + 1..].iter().any(|w| list.then_asks.contains(w)) => words[idx + 1..].to_vec(),
        _ => words,
    };
    for (asks, phrase) in &list.anywhere {
        for (idx, window) in words.windows(phrase.len()).enumerate() {
            if window != phrase.as_slice() {
                continue;
            }
            // "کون کون سے جانور": the word repeated, then what it asks.
            let mut after = idx + phrase.len();
            while words.get(after).is_some_and(|w| phrase.last() == Some(w)) {
                after += 1;
            }
            let next = words.get(after);
            let excluded = match asks {
                Asks::Who => next.is_some_and(|n| list.which.contains(n)),
                Asks::Why => next.is_some_and(|n| list.because.contains(n)),
                Asks::When | Asks::Where | Asks::HowMany => false,
            };
            if !excluded {
                return Some(*asks);
            }
        }
    }
    // "کتنی کاپیاں آئیں گی یہ کیسے نکالتے ہیں" asks how to find it, not how many.
    let how = words.iter().any(|w| list.how.contains(w));
    let amount = list.amounts.iter().any(|phrase| crate::lists::has_phrase(&words, phrase));
    ((amount && !how) || crate::scope::asks_for_number(text)).then_some(Asks::HowMany)
}

/// Whether a question asks why, who, when, where or how many: in the child's words or, for
/// Roman Urdu, in its Urdu-script transliteration.
pub(crate) fn asks(text: &str, search_text: &str) -> Option<Asks> {
    asks_in(text).or_else(|| asks_in(search_text))
}

/// The lesson's entry of a kind that answers `asks` holding the largest weighted share of the
/// question's terms (with the words of the sentence of its section that states it): its section
/// and that share. `arabic` is the locale Urdu-script terms are matched in; `section_text`
/// gives a section's text in English (`true`) or in that locale.
pub(crate) fn best_match(
    lesson: &Lesson,
    asks: Asks,
    judged: &[Judged<'_>],
    arabic: &str,
    section_text: &dyn Fn(&str, bool) -> Option<String>,
) -> Option<(String, f64)> {
    let total: f64 = judged.iter().map(|j| j.weight).sum();
    if total <= 0.0 {
        return None;
    }
    let terms_of = |entry: &curriculum::Explains, locale: &str| -> Vec<String> {
        let mut text = curriculum::pick(&entry.question, locale).to_owned();
        for word in entry.words.get(locale).into_iter().flatten() {
            text.push(' ');
            text.push_str(word);
        }
        textnorm::terms(&text)
    };
    // A condition answers a "why" too ("why does it snow": when it is very cold), and a "when"
    // may be answered by an amount of time ("how long does food stay in the stomach").
    let compatible =
        |kind: Asks| kind == asks || matches!((asks, kind), (Asks::Why, Asks::When) | (Asks::When, Asks::HowMany));
    // The words of the sentence of its section that states the entry: they help match a
    // question worded far from the entry, but the sentence also holds words of other facts
    // ("why must we save water": "most of the Earth's water is salty sea water").
    let stating = |terms: &[String], entry: &curriculum::Explains, english: bool| -> Vec<String> {
        let Some(text) = section_text(&entry.section, english) else { return Vec::new() };
        search::sentences(&text)
            .iter()
            .map(|s| (search::stem_hits(s.text, terms), s.text))
            .max_by_key(|(hits, _)| *hits)
            .filter(|(hits, _)| *hits > 0)
            .map_or_else(Vec::new, |(_, sentence)| textnorm::terms(sentence))
    };
    let mut best: Option<(String, f64)> = None;
    for entry in lesson.explains.iter().filter(|e| compatible(e.kind)) {
        let own_locale = if entry.question.contains_key(arabic) { arabic } else { "ur" };
        let (english_terms, other_terms) = (terms_of(entry, "en"), terms_of(entry, own_locale));
        let english_stating = stating(&english_terms, entry, true);
        let other_stating = stating(&other_terms, entry, false);
        let (english, other) = (term_set(&english_terms), term_set(&other_terms));
        let (english_sentence, other_sentence) = (term_set(&english_stating), term_set(&other_stating));
        let found: Vec<f64> = judged
            .iter()
            .map(|j| {
                if j.credit <= 0.0 {
                    return 0.0;
                }
                let (own, sentence) = if j.english { (&english, &english_sentence) } else { (&other, &other_sentence) };
                let holds_in = |terms: &HashSet<&str>| {
                    if j.inflected {
                        inflects(terms, j.stems[0])
                    } else {
                        j.stems.iter().any(|s| holds(terms, s))
                    }
                };
                if holds_in(own) {
                    1.0
                } else if holds_in(sentence) {
                    SENTENCE_CREDIT
                } else {
                    0.0
                }
            })
            .collect();
        let held: f64 = judged.iter().zip(&found).map(|(j, f)| j.weight * j.credit * f).sum();
        let share = held / total + 0.0; // a sum of nothing is -0.0
        if best.as_ref().is_none_or(|(_, b)| share > *b) {
            best = Some((entry.section.clone(), share));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_words_are_found_where_they_ask() {
        assert_eq!(asks_in("why is mars red"), Some(Asks::Why));
        assert_eq!(asks_in("so y do magnets push"), Some(Asks::Why));
        assert_eq!(asks_in("who made the first battery"), Some(Asks::Who));
        assert_eq!(asks_in("wat happens to kids who dont get enuf food"), None);
        assert_eq!(asks_in("what happens when ice melts"), None);
        assert_eq!(asks_in("آسمان نیلا کیوں ہوتا ہے"), Some(Asks::Why));
        assert_eq!(asks_in("پولیو کی ویکسین کس نے بنائی تھی"), Some(Asks::Who));
        assert_eq!(asks_in("دہی کون بناتا ہے"), Some(Asks::Who));
        assert_eq!(asks_in("پتے کون سی گیس چھوڑتے ہیں"), None);
        assert_eq!(asks_in("پاکستان کب بنا تھا"), Some(Asks::When));
        assert_eq!(asks_in("khoon ka rang laal kyun hota hai"), Some(Asks::Why));
        assert_eq!(asks_in("magnet kon sa hota hai"), None);
        assert_eq!(asks_in("کون کون سے جانور ٹھنڈے خون والے ہوتے ہیں"), None);
        assert_eq!(asks_in("پیسے پتا ہوں تو کتنی کاپیاں آئیں گی یہ کیسے نکالتے ہیں"), None);
        assert_eq!(asks_in("jism me khoon kahan banta hai"), Some(Asks::Where));
        assert_eq!(asks_in("how long is the small intestine"), Some(Asks::HowMany));
        assert_eq!(asks_in("زحل کے کتنے چاند ہیں"), Some(Asks::HowMany));
        assert_eq!(asks_in("khana pait me kitni dair rehta hai"), Some(Asks::When));
        assert_eq!(asks_in("how hot is the sun"), Some(Asks::HowMany));
        assert_eq!(asks_in("murghiyan roz kitne ande deti hain ye ginain to kya ye bhi data hota hai"), None);
        assert_eq!(asks_in("kitne din barish na ho to kya hota hai"), None);
        assert_eq!(asks_in("garmi ho to pani kyun jaldi sookhta hai"), Some(Asks::Why));
    }
}
