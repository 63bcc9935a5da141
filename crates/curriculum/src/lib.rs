//! The curriculum model: lessons, sections, glossary and quiz, as read from the source folders
//! that curriculum authors edit (`curriculum/<lesson-id>/lesson.toml` plus one Markdown file per
//! locale). Reading validates everything and reports each problem with its file and line.

mod diagnostics;
mod grade;
mod markdown;
mod script;
mod source;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use diagnostics::{line_of, Diagnostic, Diagnostics, Severity};
pub use grade::{ResponseError, Verdict};
pub use markdown::plain_text;
pub use source::{read_curriculum, ReadError};

/// Every locale the product knows, in the order menus list them.
pub const LOCALES: [&str; 5] = ["en", "ur", "ps", "sd", "pa-Arab"];
/// Locales every lesson must carry in full.
pub const REQUIRED_LOCALES: [&str; 2] = ["en", "ur"];
/// Locales written right to left.
pub fn is_rtl(locale: &str) -> bool {
    locale != "en"
}

/// Text in several locales, keyed by locale code.
pub type Localized = BTreeMap<String, String>;

/// Where to read text for a reader of `locale`, best first: their own language, then Urdu for
/// Pashto, Sindhi and Punjabi readers (the language of their schoolbooks besides their own),
/// then English.
pub fn fallbacks(locale: &str) -> Vec<&str> {
    let mut order = vec![locale];
    if is_rtl(locale) && locale != "ur" {
        order.push("ur");
    }
    if locale != "en" {
        order.push("en");
    }
    order
}

/// Picks the text for `locale` (see [`fallbacks`]), then any locale present.
pub fn pick<'a>(text: &'a Localized, locale: &str) -> &'a str {
    fallbacks(locale).into_iter().find_map(|l| text.get(l)).or_else(|| text.values().next()).map_or("", String::as_str)
}

/// A whole curriculum: pack metadata and its lessons, with the hash of the sources.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Curriculum {
    pub pack: PackMeta,
    pub lessons: Vec<Lesson>,
    /// SHA-256 over every source file, in path order; the same sources give the same hash.
    pub content_hash: String,
}

/// `pack.toml`: who made the pack and which version it is.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackMeta {
    pub id: String,
    pub version: String,
    #[serde(default)]
    pub publisher: String,
    pub title: Localized,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Subject {
    Science,
    Mathematics,
}

impl Subject {
    pub fn as_str(self) -> &'static str {
        match self {
            Subject::Science => "science",
            Subject::Mathematics => "mathematics",
        }
    }

    pub fn parse(text: &str) -> Option<Subject> {
        match text.to_ascii_lowercase().as_str() {
            "science" | "sci" => Some(Subject::Science),
            "mathematics" | "math" | "maths" => Some(Subject::Mathematics),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Lesson {
    pub id: String,
    pub grade: u8,
    pub subject: Subject,
    pub order: u32,
    /// The official Student Learning Outcome code, only where it is known.
    pub slo: Option<String>,
    pub keywords: BTreeMap<String, Vec<String>>,
    pub glossary: Vec<GlossaryEntry>,
    pub quiz: Vec<Question>,
    /// The reasons, agents and times the text states, each as the question it answers.
    #[serde(default)]
    pub explains: Vec<Explains>,
    /// The lesson text per locale.
    pub texts: BTreeMap<String, LessonText>,
}

impl Lesson {
    /// Locales this lesson has text for, in product order.
    pub fn locales(&self) -> Vec<String> {
        LOCALES.iter().filter(|l| self.texts.contains_key(**l)).map(|l| l.to_string()).collect()
    }

    /// The text in `locale`, or in the next of its [`fallbacks`] the lesson has.
    pub fn text(&self, locale: &str) -> &LessonText {
        fallbacks(locale).into_iter().find_map(|l| self.texts.get(l)).expect("every lesson has English text")
    }

    /// The locale of the lesson's teaching sections for a reader of `locale`: their own when
    /// the lesson's text in it has sections (not only a title and objectives), else the next
    /// of its [`fallbacks`] that has.
    pub fn body_locale(&self, locale: &str) -> String {
        fallbacks(locale)
            .into_iter()
            .find(|l| self.texts.get(*l).is_some_and(|t| !t.sections.is_empty()))
            .unwrap_or("en")
            .to_owned()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LessonText {
    pub title: String,
    pub objectives: Vec<String>,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Section {
    /// Stable across locales; citations and the language switch use it.
    pub id: String,
    pub heading: String,
    /// The section body as Markdown.
    pub body: String,
}

impl Section {
    pub fn is_example(&self) -> bool {
        self.id.starts_with("example")
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GlossaryEntry {
    pub term: Localized,
    pub definition: Localized,
}

/// What an [`Explains`] entry answers: a reason, an agent (who or what does something), a
/// time, a place, or an amount (a number, a measure, a duration).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Asks {
    Why,
    Who,
    When,
    Where,
    HowMany,
}

/// A fact the lesson's text states, written as the question it answers: the tutor takes a
/// "why", "who", "when", "where" or "how many" question as answered by the lessons only when
/// an entry of its kind matches it ("Mars: the red planet" does not say why Mars is red).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Explains {
    pub kind: Asks,
    /// The section whose text states the answer.
    pub section: String,
    /// The question it answers, per locale.
    pub question: Localized,
    /// Everyday words a child may use for this question instead of the lesson's, per locale.
    #[serde(default)]
    pub words: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    Choice,
    TrueFalse,
    Number,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum Answer {
    /// Index of the right option, from 0.
    Choice(usize),
    TrueFalse(bool),
    Number(f64),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub question: Localized,
    pub options: Vec<Localized>,
    pub answer: Answer,
    pub unit: Option<Localized>,
    pub hint: Localized,
    pub explanation: Localized,
}

/// Option letters as shown to children: a, b, c ... in English, الف، ب، ج ... in Urdu.
pub fn option_label(idx: usize, locale: &str) -> String {
    const LATIN: [&str; 5] = ["a", "b", "c", "d", "e"];
    const URDU: [&str; 5] = ["الف", "ب", "ج", "د", "ہ"];
    let labels = if locale == "en" { LATIN } else { URDU };
    labels.get(idx).map_or_else(|| (idx + 1).to_string(), |l| l.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regional_readers_fall_back_to_urdu_then_english() {
        assert_eq!(fallbacks("sd"), ["sd", "ur", "en"]);
        assert_eq!(fallbacks("ur"), ["ur", "en"]);
        assert_eq!(fallbacks("en"), ["en"]);
        let text: Localized = [("en", "Magnet"), ("ur", "مقناطیس")].map(|(l, t)| (l.to_owned(), t.to_owned())).into();
        assert_eq!(pick(&text, "ps"), "مقناطیس");
        assert_eq!(pick(&text, "en"), "Magnet");
    }
}
