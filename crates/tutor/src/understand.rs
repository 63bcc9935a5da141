//! Understanding a question once: its folded words, whether it is Roman Urdu (then the
//! Urdu-script text search, the math parser and the scope check use), its query plan and
//! stems, and whether it asks for a quiz answer ("just tell me the answer to question 2",
//! "سوال 2 کا جواب بتا دیں", "q3 ka jawab batao").

use std::collections::HashMap;
use std::sync::LazyLock;

use pack::Pack;

use crate::{Question, Result};

/// Questions longer than this are not searched: the child is asked for one short question.
pub(crate) const MAX_QUESTION_CHARS: usize = 600;

pub(crate) struct Understood {
    /// What search, the math parser and the scope check read: the Urdu-script transliteration
    /// of a Roman Urdu question, else the question itself.
    pub search_text: String,
    /// The question as search takes it (transliterated once).
    pub prepared: search::PreparedQuery,
    pub roman_urdu: bool,
    pub plan: search::QueryPlan,
    /// Every stem the plan looks for.
    pub stems: Vec<String>,
    pub quiz_request: Option<QuizRequest>,
    /// It asks for a number or a date ("how far", "کتنا", "kab").
    pub asks_for_number: bool,
    /// It asks which is the most of something ("which is the biggest", "سب سے اونچا").
    pub asks_for_most: bool,
    /// It asks why, who or when ([`crate::explains`]).
    pub asks: Option<curriculum::Asks>,
    /// The names of two or three words it asks what they are ([`crate::defines`]).
    pub names: Vec<Vec<String>>,
    /// It reports what someone says ("my sister says ..."): the person and the saying only
    /// frame it ([`crate::scope::reports_speech`]).
    pub reports_speech: bool,
    /// The question has letters or digits at all (not only emoji or punctuation).
    pub has_words: bool,
    pub too_long: bool,
}

/// A request for a quiz answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuizRequest {
    /// 1-based question number; -1 for "the last one"; `None` when the child did not say which.
    pub number: Option<i32>,
}

struct RequestWords {
    answer: Vec<String>,
    question: Vec<String>,
    ordinal: HashMap<String, i32>,
}

static REQUEST_WORDS: LazyLock<RequestWords> = LazyLock::new(|| {
    let lists = crate::lists::Sections::read(include_str!("../data/quiz-request.txt"));
    let ordinal = lists
        .of("ordinal")
        .filter_map(|entry| entry.split_once('='))
        .filter_map(|(word, number)| Some((textnorm::fold(word.trim()), number.trim().parse().ok()?)))
        .collect();
    RequestWords { answer: lists.folded("answer"), question: lists.folded("question"), ordinal }
});

/// Whether `text` asks for the answer to a quiz question, and which.
pub fn quiz_request(text: &str) -> Option<QuizRequest> {
    let words = textnorm::words(text);
    let request = &*REQUEST_WORDS;
    if !words.iter().any(|w| request.answer.contains(w)) {
        return None;
    }
    // "q3" and "q 3", "question 3", "سوال 3", "3rd question", "دوسرے سوال".
    let mut number = None;
    for (idx, word) in words.iter().enumerate() {
        if let Some(n) = word.strip_prefix('q').and_then(|n| n.parse::<i32>().ok()) {
            number = Some(n);
        } else if request.question.contains(word) {
            let near = [idx.checked_sub(1), Some(idx + 1), Some(idx + 2)];
            for neighbour in near.into_iter().flatten().filter_map(|i| words.get(i)) {
                if let Ok(n) = neighbour.parse::<i32>() {
                    number.get_or_insert(n);
                } else if let Some(n) = request.ordinal.get(neighbour) {
                    number.get_or_insert(*n);
                }
            }
        }
    }
    let names_question =
        words.iter().any(|w| request.question.contains(w) || (w.starts_with('q') && w[1..].parse::<u32>().is_ok()));
    // "just tell me the answer" with a lesson open asks for quiz answers too, but "what is the
    // answer of 3 + 4" does not: an answer word with numbers and no question word is arithmetic.
    let has_other_numbers = words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()));
    if !names_question && has_other_numbers {
        return None;
    }
    if !names_question && words.len() > 8 {
        return None;
    }
    Some(QuizRequest { number })
}

pub(crate) fn understand(pack: &Pack, question: &Question<'_>) -> Result<Understood> {
    let has_words = question.text.chars().any(|c| c.is_alphanumeric());
    let too_long = question.text.chars().count() > MAX_QUESTION_CHARS;
    if !has_words || too_long {
        return Ok(Understood {
            search_text: String::new(),
            prepared: search::PreparedQuery { text: String::new(), roman_urdu: false, english: Vec::new() },
            roman_urdu: false,
            plan: search::QueryPlan::default(),
            stems: Vec::new(),
            quiz_request: None,
            asks_for_number: false,
            asks_for_most: false,
            asks: None,
            names: Vec::new(),
            reports_speech: false,
            has_words,
            too_long,
        });
    }
    let prepared = search::prepare(pack, question.text)?;
    let plan = search::plan_query(pack.connection(), &prepared.text, Some(question.locale))
        .map_err(search::SearchError::from)?;
    let stems = plan.all_stems();
    Ok(Understood {
        quiz_request: quiz_request(question.text),
        asks_for_number: crate::scope::asks_for_number(question.text) || crate::scope::asks_for_number(&prepared.text),
        asks_for_most: crate::scope::says_most(question.text) || crate::scope::says_most(&prepared.text),
        asks: crate::explains::asks(question.text, &prepared.text),
        names: crate::defines::names(&prepared.text),
        reports_speech: crate::scope::reports_speech(question.text) || crate::scope::reports_speech(&prepared.text),
        search_text: prepared.text.clone(),
        roman_urdu: prepared.roman_urdu,
        prepared,
        plan,
        stems,
        has_words,
        too_long,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_for_quiz_answers_are_recognised_with_their_number() {
        let n = |text: &str| quiz_request(text).map(|r| r.number);
        assert_eq!(n("just tell me the answer to question 2"), Some(Some(2)));
        assert_eq!(n("سوال 2 کا جواب بتا دیں"), Some(Some(2)));
        assert_eq!(n("سوال ۲ کا جواب بتا دیں"), Some(Some(2)));
        assert_eq!(n("q3 ka jawab batao"), Some(Some(3)));
        assert_eq!(n("what is the answer of the first question"), Some(Some(1)));
        assert_eq!(n("دوسرے سوال کا جواب کیا ہے"), Some(Some(2)));
        assert_eq!(n("tell me the answer"), Some(None));
        assert_eq!(n("what is the answer of 3/4 + 1/8"), None);
        assert_eq!(n("how do plants make food"), None);
    }
}
