//! The child-safety filter. Every message a child sends and every answer the tutor gives passes
//! through [`Filter::check`]: word and phrase lists per locale (data files in `data/`, folded
//! like search text so spelling variants match) and detectors for personal data (phone and
//! CNIC numbers, e-mail addresses). A flagged message is blocked, answered kindly, stored
//! redacted, and shown to the teacher.

use std::collections::BTreeSet;

use serde::Serialize;

/// What a flag is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    SelfHarm,
    Violence,
    Sexual,
    Hate,
    PersonalData,
}

impl Category {
    fn parse(name: &str) -> Option<Category> {
        Some(match name {
            "self-harm" => Category::SelfHarm,
            "violence" => Category::Violence,
            "sexual" => Category::Sexual,
            "hate" => Category::Hate,
            "personal-data" => Category::PersonalData,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Category::SelfHarm => "self-harm",
            Category::Violence => "violence",
            Category::Sexual => "sexual",
            Category::Hate => "hate",
            Category::PersonalData => "personal-data",
        }
    }
}

/// One reason a message was flagged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    pub category: Category,
    /// The list entry or detector that matched.
    pub rule: String,
}

#[derive(Debug, Clone)]
enum Rule {
    /// Consecutive stems.
    Phrase(Vec<String>),
    /// Stems that must all appear.
    AllOf(Vec<String>),
}

#[derive(Debug, Clone)]
struct Entry {
    category: Category,
    text: String,
    rule: Rule,
}

/// The filter with every locale's lists loaded. Lists of all locales apply to every message,
/// since children mix languages.
#[derive(Debug, Clone)]
pub struct Filter {
    entries: Vec<Entry>,
    /// Phrases that are never flagged, whatever words they contain ("naked eye").
    allowed: Vec<Vec<String>>,
}

const LISTS: [(&str, &str); 4] = [
    ("en", include_str!("../data/en.txt")),
    ("ur", include_str!("../data/ur.txt")),
    ("ps", include_str!("../data/ps.txt")),
    ("sd", include_str!("../data/sd.txt")),
];

/// The stems of a text without dropping stop words: safety phrases are made of them.
fn stems(text: &str) -> Vec<String> {
    textnorm::words(text).iter().map(|w| textnorm::stem(w)).collect()
}

impl Default for Filter {
    fn default() -> Self {
        Filter::from_lists(LISTS.iter().map(|(_, text)| *text))
    }
}

impl Filter {
    /// A filter from list texts in the format of `data/en.txt`.
    pub fn from_lists<'a>(lists: impl Iterator<Item = &'a str>) -> Filter {
        let mut entries = Vec::new();
        let mut allowed = Vec::new();
        for list in lists {
            let mut category = None;
            let mut in_allow = false;
            for line in list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                    in_allow = name == "allow";
                    category = Category::parse(name);
                    continue;
                }
                if in_allow {
                    allowed.push(stems(line));
                    continue;
                }
                let Some(category) = category else { continue };
                let rule = if line.contains(" + ") {
                    Rule::AllOf(line.split(" + ").flat_map(stems).collect())
                } else {
                    Rule::Phrase(stems(line))
                };
                entries.push(Entry { category, text: line.to_owned(), rule });
            }
        }
        Filter { entries, allowed }
    }

    /// Every flag `message` raises; empty when it is fine.
    pub fn check(&self, message: &str) -> Vec<Flag> {
        let mut message_stems = stems(message);
        // Allowed phrases are taken out before matching.
        for phrase in self.allowed.iter().filter(|p| !p.is_empty()) {
            let mut idx = 0;
            while idx + phrase.len() <= message_stems.len() {
                if message_stems[idx..idx + phrase.len()] == phrase[..] {
                    for stem in &mut message_stems[idx..idx + phrase.len()] {
                        stem.clear();
                    }
                    idx += phrase.len();
                } else {
                    idx += 1;
                }
            }
        }
        let present: BTreeSet<&str> = message_stems.iter().map(String::as_str).collect();
        let mut flags: Vec<Flag> = Vec::new();
        for entry in &self.entries {
            let hit = match &entry.rule {
                Rule::Phrase(phrase) => {
                    !phrase.is_empty() && message_stems.windows(phrase.len()).any(|window| window == phrase.as_slice())
                }
                Rule::AllOf(all) => all.iter().all(|stem| present.contains(stem.as_str())),
            };
            if hit && !flags.iter().any(|f| f.category == entry.category) {
                flags.push(Flag { category: entry.category, rule: entry.text.clone() });
            }
        }
        for (rule, found) in
            [("phone-number", has_phone_number(message)), ("cnic", has_cnic(message)), ("email", has_email(message))]
        {
            if found && !flags.iter().any(|f| f.category == Category::PersonalData) {
                flags.push(Flag { category: Category::PersonalData, rule: rule.to_owned() });
            }
        }
        flags.sort_by_key(|f| f.category);
        flags
    }
}

/// Runs of digits in folded text, with spaces and dashes inside a number kept out.
fn digit_runs(message: &str) -> Vec<String> {
    let folded = textnorm::fold(message);
    let mut runs = Vec::new();
    let mut current = String::new();
    let mut chars = folded.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            current.push(c);
        } else if matches!(c, '-' | ' ') && !current.is_empty() && chars.peek().is_some_and(|n| n.is_ascii_digit()) {
            current.push('-');
        } else if !current.is_empty() {
            runs.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// A Pakistani mobile (03xx xxxxxxx, +92 3xx ...) or any 10-13 digit number.
fn has_phone_number(message: &str) -> bool {
    digit_runs(message).iter().any(|run| {
        let digits: String = run.chars().filter(char::is_ascii_digit).collect();
        (10..=13).contains(&digits.len()) && !has_cnic_shape(run)
    })
}

fn has_cnic_shape(run: &str) -> bool {
    let parts: Vec<&str> = run.split('-').collect();
    parts.len() == 3 && parts[0].len() == 5 && parts[1].len() == 7 && parts[2].len() == 1
}

/// A CNIC number: 12345-1234567-1.
fn has_cnic(message: &str) -> bool {
    digit_runs(message).iter().any(|run| has_cnic_shape(run))
}

fn has_email(message: &str) -> bool {
    message.split_whitespace().any(|word| {
        let Some((user, domain)) = word.split_once('@') else { return false };
        !user.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
    })
}

/// The message with phone numbers, CNICs and e-mail addresses replaced by `•••`, for storing.
pub fn redact(message: &str) -> String {
    message
        .split_inclusive(char::is_whitespace)
        .map(|word| {
            let digits = word.chars().filter(|c| textnorm::fold_char(*c).is_some_and(|f| f.is_ascii_digit())).count();
            if digits >= 7 || has_email(word) {
                let trailing: String = word.chars().filter(|c| c.is_whitespace()).collect();
                format!("•••{trailing}")
            } else {
                word.to_owned()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
