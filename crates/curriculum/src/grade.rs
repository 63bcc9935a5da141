//! Checking a child's response against the answer key. Responses are forgiving: option letters
//! in English or Urdu, option numbers or text, yes/no words in both languages, numbers in any
//! digits, with thousands separators, units or as a simple fraction.

use crate::{option_label, Answer, Question};

/// The outcome of one response.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub correct: bool,
    /// The response in canonical form (`b`, `true`, `12.5`), as stored with the attempt.
    pub response: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResponseError {
    #[error("the response is empty")]
    Empty,
    #[error("`{0}` is not one of the options")]
    NotAnOption(String),
    #[error("`{0}` is not true or false")]
    NotTrueFalse(String),
    #[error("`{0}` is not a number")]
    NotANumber(String),
}

const TRUE_WORDS: [&str; 8] = ["true", "t", "yes", "y", "صحیح", "درست", "ہاں", "سچ"];
const FALSE_WORDS: [&str; 7] = ["false", "f", "no", "n", "غلط", "نہیں", "جھوٹ"];

impl Question {
    /// Checks `response`; a response that cannot be understood is an error, not a wrong answer.
    pub fn check(&self, response: &str) -> Result<Verdict, ResponseError> {
        let folded = textnorm::fold(response.trim());
        let folded = folded.trim().trim_end_matches(['.', ')']).trim().to_owned();
        if folded.is_empty() {
            return Err(ResponseError::Empty);
        }
        match &self.answer {
            Answer::Choice(right) => {
                let chosen =
                    self.choice_index(&folded).ok_or_else(|| ResponseError::NotAnOption(response.trim().to_owned()))?;
                Ok(Verdict { correct: chosen == *right, response: option_label(chosen, "en") })
            }
            Answer::TrueFalse(right) => {
                let said = if TRUE_WORDS.iter().any(|w| textnorm::fold(w) == folded) {
                    true
                } else if FALSE_WORDS.iter().any(|w| textnorm::fold(w) == folded) {
                    false
                } else {
                    return Err(ResponseError::NotTrueFalse(response.trim().to_owned()));
                };
                Ok(Verdict { correct: said == *right, response: said.to_string() })
            }
            Answer::Number(right) => {
                let value =
                    parse_number(&folded).ok_or_else(|| ResponseError::NotANumber(response.trim().to_owned()))?;
                let tolerance = 1e-6 * right.abs().max(1.0);
                Ok(Verdict { correct: (value - right).abs() <= tolerance, response: format_number(value) })
            }
        }
    }

    fn choice_index(&self, folded: &str) -> Option<usize> {
        let n_options = self.options.len();
        for idx in 0..n_options {
            let labels = [option_label(idx, "en"), option_label(idx, "ur"), (idx + 1).to_string()];
            if labels.iter().any(|label| textnorm::fold(label) == folded) {
                return Some(idx);
            }
        }
        self.options.iter().position(|option| option.values().any(|text| textnorm::fold(text.trim()) == folded))
    }

    /// The right answer as a child reads it, in `locale`.
    pub fn answer_text(&self, locale: &str) -> String {
        match &self.answer {
            Answer::Choice(idx) => {
                let text = self.options.get(*idx).map_or("", |o| crate::pick(o, locale));
                format!("{}) {text}", option_label(*idx, locale))
            }
            Answer::TrueFalse(value) => match (locale, value) {
                ("en", true) => "true".to_owned(),
                ("en", false) => "false".to_owned(),
                (_, true) => "صحیح".to_owned(),
                (_, false) => "غلط".to_owned(),
            },
            Answer::Number(value) => {
                let unit = self.unit.as_ref().map(|u| format!(" {}", crate::pick(u, locale))).unwrap_or_default();
                format!("{}{unit}", format_number(*value))
            }
        }
    }
}

/// Parses `1,50,000`, `12.5 cm`, `3/4` or `2 1/2`; the response is already folded (ASCII digits).
fn parse_number(folded: &str) -> Option<f64> {
    let numeric: String = folded
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, '.' | '/' | '-' | ' '))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let fraction = |part: &str| -> Option<f64> {
        match part.split_once('/') {
            Some((num, den)) => {
                let den: f64 = den.parse().ok()?;
                (den != 0.0).then_some(num.parse::<f64>().ok()? / den)
            }
            None => part.parse().ok(),
        }
    };
    let parts: Vec<&str> = numeric.split(' ').collect();
    match parts.as_slice() {
        [single] => fraction(single),
        [whole, frac] if frac.contains('/') => Some(whole.parse::<f64>().ok()? + fraction(frac)?),
        _ => None,
    }
}

/// `12` rather than `12.0`; at most six decimals.
pub(crate) fn format_number(value: f64) -> String {
    let text = format!("{value:.6}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Localized, QuestionKind};

    fn text(en: &str, ur: &str) -> Localized {
        [("en".to_owned(), en.to_owned()), ("ur".to_owned(), ur.to_owned())].into()
    }

    fn question(answer: Answer, options: Vec<Localized>) -> Question {
        let kind = match answer {
            Answer::Choice(_) => QuestionKind::Choice,
            Answer::TrueFalse(_) => QuestionKind::TrueFalse,
            Answer::Number(_) => QuestionKind::Number,
        };
        Question {
            id: "q1".into(),
            kind,
            question: text("?", "؟"),
            options,
            answer,
            unit: None,
            hint: text("h", "ا"),
            explanation: text("e", "و"),
        }
    }

    #[test]
    fn choice_accepts_letters_numbers_urdu_labels_and_text() {
        let q =
            question(Answer::Choice(1), vec![text("Oxygen", "آکسیجن"), text("Carbon dioxide", "کاربن ڈائی آکسائیڈ")]);
        for response in ["b", "B", "2", "ب", "b)", "carbon dioxide", "کاربن ڈائی آکسائیڈ"] {
            assert!(q.check(response).unwrap().correct, "{response}");
        }
        assert!(!q.check("a").unwrap().correct);
        assert_eq!(q.check("الف").unwrap().response, "a");
        assert_eq!(q.check("z"), Err(ResponseError::NotAnOption("z".into())));
        assert_eq!(q.check("  "), Err(ResponseError::Empty));
    }

    #[test]
    fn true_false_in_both_languages() {
        let q = question(Answer::TrueFalse(false), vec![]);
        assert!(q.check("False").unwrap().correct);
        assert!(q.check("غلط").unwrap().correct);
        assert!(!q.check("صحیح").unwrap().correct);
        assert!(matches!(q.check("maybe"), Err(ResponseError::NotTrueFalse(_))));
    }

    #[test]
    fn numbers_in_any_digits_with_units_and_fractions() {
        let q = question(Answer::Number(12.0), vec![]);
        for response in ["12", "۱۲", "12.0", "12 cm", "١٢"] {
            assert!(q.check(response).unwrap().correct, "{response}");
        }
        assert!(!q.check("13").unwrap().correct);
        assert!(matches!(q.check("twelve"), Err(ResponseError::NotANumber(_))));
        let half = question(Answer::Number(0.5), vec![]);
        assert!(half.check("1/2").unwrap().correct);
        let lakh = question(Answer::Number(150000.0), vec![]);
        assert!(lakh.check("1,50,000").unwrap().correct);
        let mixed = question(Answer::Number(2.5), vec![]);
        assert!(mixed.check("2 1/2").unwrap().correct);
        assert_eq!(format_number(2.5), "2.5");
    }
}
