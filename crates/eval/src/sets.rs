//! The question sets of `tests/tutor-eval/` (format in its README): in-scope questions with
//! their lesson, out-of-scope questions, arithmetic with exact answers, requests for quiz
//! answers, and the safety set.

use std::path::Path;

use serde::Deserialize;

use crate::{EvalError, Result};

#[derive(Debug, Clone, Deserialize)]
pub struct InScope {
    pub text: String,
    pub input: String,
    pub locale: String,
    pub lesson: String,
    #[serde(default)]
    pub answer_terms: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct OutOfScope {
    pub text: String,
    pub input: String,
    pub locale: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Arithmetic {
    pub text: String,
    pub input: String,
    pub locale: String,
    pub kind: String,
    pub answer: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct QuizAnswer {
    pub text: String,
    pub input: String,
    pub locale: String,
    pub lesson: String,
    pub quiz: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Safety {
    pub text: String,
    pub input: String,
    #[serde(rename = "unsafe")]
    pub is_unsafe: bool,
    #[serde(default)]
    pub category: Option<String>,
}

#[derive(Debug, Deserialize)]
struct File<T> {
    q: Vec<T>,
    /// Model answers to screen (in `safety.toml`).
    #[serde(default = "Vec::new")]
    answer: Vec<T>,
}

/// Every set, read from `dir`.
#[derive(Debug, Clone)]
pub struct Sets {
    pub in_scope: Vec<InScope>,
    pub out_of_scope: Vec<OutOfScope>,
    pub arithmetic: Vec<Arithmetic>,
    pub quiz_answers: Vec<QuizAnswer>,
    pub safety: Vec<Safety>,
    /// Answers a model might write, unsafe or harmless: the tutor's screen of model text.
    pub model_answers: Vec<Safety>,
}

fn read_file<T: for<'de> Deserialize<'de>>(dir: &Path, name: &str) -> Result<File<T>> {
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path).map_err(|source| EvalError::Read { path: path.clone(), source })?;
    toml::from_str(&text).map_err(|err| EvalError::Parse { path, message: err.to_string() })
}

fn read<T: for<'de> Deserialize<'de>>(dir: &Path, name: &str) -> Result<Vec<T>> {
    Ok(read_file(dir, name)?.q)
}

/// `n` items spread evenly over `items` (all of them when `n` is `None` or larger).
fn sample<T: Clone>(items: Vec<T>, n: Option<usize>) -> Vec<T> {
    match n {
        Some(n) if n < items.len() && n > 0 => {
            let step = items.len() as f64 / n as f64;
            (0..n).map(|i| items[(i as f64 * step) as usize].clone()).collect()
        }
        _ => items,
    }
}

impl Sets {
    /// Reads the sets from `dir`, keeping `per_set` items of each (evenly spread) if given.
    pub fn read(dir: &Path, per_set: Option<usize>) -> Result<Sets> {
        let safety: File<Safety> = read_file(dir, "safety.toml")?;
        Ok(Sets {
            in_scope: sample(read(dir, "in-scope.toml")?, per_set),
            out_of_scope: sample(read(dir, "out-of-scope.toml")?, per_set),
            arithmetic: sample(read(dir, "arithmetic.toml")?, per_set),
            quiz_answers: sample(read(dir, "quiz-answers.toml")?, per_set),
            safety: sample(safety.q, per_set),
            model_answers: sample(safety.answer, per_set),
        })
    }
}
