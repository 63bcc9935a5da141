//! The child-safety filter. Every message a child sends passes through [`Filter::check`], and
//! every answer the tutor writes through [`Filter::check_answer`]: patterns per category from
//! the lists in `data/` (words, phrases and intent patterns, folded like search text so that
//! spelling variants match; the format is described in `data/en.txt`) and detectors for
//! personal data (phone and CNIC numbers, e-mail addresses). A flagged message is blocked,
//! answered kindly ([`Category::reply_id`]), stored redacted ([`redact`]), and shown to the
//! teacher.

mod error;
mod index;
mod list;
mod pattern;
mod personal;

use std::sync::LazyLock;

use serde::Serialize;

pub use error::{Error, Result};
pub use personal::redact;

use list::{Entry, Scope};
use pattern::Alternative;

/// What a flag is about. Categories are ordered by the priority of their kind reply: flags are
/// sorted, and the first one's category chooses the reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    SelfHarm,
    /// Adults or strangers (mostly online) asking a child to meet, for secrets, photos or an
    /// address.
    Grooming,
    RunningAway,
    PersonalData,
    /// Weapons, poison and making dangerous things.
    Weapons,
    /// Setting fire to things or people.
    Fire,
    Violence,
    Sexual,
    Hate,
}

impl Category {
    /// Every category, in priority order.
    pub const ALL: [Category; 9] = [
        Category::SelfHarm,
        Category::Grooming,
        Category::RunningAway,
        Category::PersonalData,
        Category::Weapons,
        Category::Fire,
        Category::Violence,
        Category::Sexual,
        Category::Hate,
    ];

    /// The category named `name` as in the lists ("self-harm").
    pub fn parse(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Category::SelfHarm => "self-harm",
            Category::Grooming => "grooming",
            Category::RunningAway => "running-away",
            Category::PersonalData => "personal-data",
            Category::Weapons => "weapons",
            Category::Fire => "fire",
            Category::Violence => "violence",
            Category::Sexual => "sexual",
            Category::Hate => "hate",
        }
    }

    /// The id of the kind reply (in `locales/*/tutor.ftl`) to a message flagged for this.
    pub fn reply_id(self) -> &'static str {
        match self {
            Category::SelfHarm => "tutor-blocked-self-harm",
            Category::PersonalData => "tutor-blocked-personal",
            Category::Weapons | Category::Fire => "tutor-blocked-danger",
            Category::RunningAway => "tutor-blocked-running-away",
            Category::Grooming => "tutor-blocked-grooming",
            Category::Violence | Category::Sexual | Category::Hate => "tutor-blocked-unkind",
        }
    }
}

/// One reason a message was flagged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    pub category: Category,
    /// The list line or detector that matched.
    pub rule: String,
}

/// The filter with every list loaded. Lists of all languages apply to every text, since
/// children mix languages.
#[derive(Debug, Clone)]
pub struct Filter {
    entries: Vec<Entry>,
    /// Phrases that are never flagged, whatever words they hold ("naked eye").
    allowed: Vec<Alternative>,
    index: index::Index,
}

/// The built-in lists: English, Urdu script (also Punjabi in Shahmukhi), Roman Urdu, Pashto,
/// Sindhi.
pub const LISTS: [(&str, &str); 5] = [
    ("en", include_str!("../data/en.txt")),
    ("ur", include_str!("../data/ur.txt")),
    ("roman", include_str!("../data/roman.txt")),
    ("ps", include_str!("../data/ps.txt")),
    ("sd", include_str!("../data/sd.txt")),
];

/// The built-in lists are compiled in and checked by a test, so reading them cannot fail.
static BUILT_IN: LazyLock<Filter> = LazyLock::new(|| match Filter::from_lists(LISTS.iter().map(|(_, text)| *text)) {
    Ok(filter) => filter,
    Err(error) => panic!("the built-in safety lists are invalid: {error}"),
});

impl Default for Filter {
    fn default() -> Self {
        BUILT_IN.clone()
    }
}

/// The sentences of a text: split at `.`, `!`, `?`, `؟`, `۔` and line breaks.
pub fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', '!', '?', '؟', '۔', '\n']).map(str::trim).filter(|s| !s.is_empty())
}

impl Filter {
    /// A filter from list texts in the format of `data/en.txt`.
    pub fn from_lists<'a>(lists: impl Iterator<Item = &'a str>) -> Result<Filter> {
        let parsed = list::parse(lists)?;
        let index = index::Index::new(parsed.entries.iter().map(|entry| &entry.pattern));
        Ok(Filter { entries: parsed.entries, allowed: parsed.allowed, index })
    }

    /// Every flag a child's `message` raises, at most one per category, in priority order;
    /// empty when it is fine. The message is matched as a whole: children's messages are short
    /// and do not always end their sentences.
    pub fn check(&self, message: &str) -> Vec<Flag> {
        let mut flags = Vec::new();
        self.match_unit(message, Scope::Messages, &mut flags);
        finish(message, flags)
    }

    /// Every flag the tutor's own `answer` raises: the patterns of [`Filter::check`] and the
    /// `[instructions:*]` patterns (harmful instructions), matched sentence by sentence, so that
    /// a long answer's far-apart words do not add up to a pattern.
    pub fn check_answer(&self, answer: &str) -> Vec<Flag> {
        let mut flags = Vec::new();
        for sentence in sentences(answer) {
            self.match_unit(sentence, Scope::Answers, &mut flags);
        }
        finish(answer, flags)
    }

    /// Adds a flag for every category whose patterns (of `scope` and wider) match `text`.
    fn match_unit(&self, text: &str, scope: Scope, flags: &mut Vec<Flag>) {
        let words = pattern::Words::new(text, &self.allowed);
        for entry in self.index.candidates(&words).into_iter().map(|idx| &self.entries[idx]) {
            if entry.scope == Scope::Answers && scope == Scope::Messages {
                continue;
            }
            if flags.iter().any(|f| f.category == entry.category) {
                continue;
            }
            if entry.pattern.matches(&words) {
                flags.push(Flag { category: entry.category, rule: entry.text.clone() });
            }
        }
    }
}

/// Adds the personal-data detectors' flag and sorts the flags by priority.
fn finish(text: &str, mut flags: Vec<Flag>) -> Vec<Flag> {
    if !flags.iter().any(|f| f.category == Category::PersonalData) {
        if let Some(rule) = personal::detect(text) {
            flags.push(Flag { category: Category::PersonalData, rule: rule.to_owned() });
        }
    }
    flags.sort_by_key(|f| f.category);
    flags
}

#[cfg(test)]
mod tests;
