//! Deciding how to answer, in order of precedence: a message that needs no searching (empty,
//! too long), the safety filter, a quiz question of the open lesson or a request for a quiz
//! answer (its hint), an arithmetic problem (computed exactly), a question the lessons do not
//! cover (an honest reply), and otherwise an answer grounded in one lesson passage.

use pack::Pack;

use crate::retrieve::{self, Grounding};
use crate::understand::Understood;
use crate::{Question, Result};

/// Which quiz question a hint is for.
pub(crate) enum HintTarget {
    Question {
        lesson: Box<curriculum::Lesson>,
        question_id: String,
    },
    /// The child asked for a quiz answer without saying which question, or with no lesson open.
    Unspecified {
        lesson: Option<Box<curriculum::Lesson>>,
    },
}

pub(crate) enum Route {
    /// Nothing to search: the message id of the reply.
    Unclear(&'static str),
    Blocked(Vec<safety::Flag>),
    Hint(HintTarget),
    Arithmetic(std::result::Result<math::Solution, math::MathError>),
    OutOfScope {
        suggestions: Vec<crate::Suggestion>,
        coverage: Option<crate::Coverage>,
    },
    Grounded(Grounding),
}

pub(crate) fn decide(
    pack: &Pack,
    filter: &safety::Filter,
    question: &Question<'_>,
    understood: &Understood,
) -> Result<Route> {
    if !understood.has_words {
        return Ok(Route::Unclear("tutor-empty-question"));
    }
    if understood.too_long {
        return Ok(Route::Unclear("tutor-too-long"));
    }
    // The child's own words: Roman Urdu has its own safety list, and a transliteration slip
    // ("aayenge" read as another word) must not block a harmless question.
    let flags = filter.check(question.text);
    if !flags.is_empty() {
        return Ok(Route::Blocked(flags));
    }
    if let Some(target) = hint_target(pack, question, understood)? {
        return Ok(Route::Hint(target));
    }
    // A Roman Urdu problem in Urdu script, where the cue words are known, but only as the same
    // problem: with the numbers the child wrote.
    let transliterated = || {
        let text = &understood.search_text;
        (understood.roman_urdu && math::same_numbers(question.text, text)).then(|| math::solve(text)).flatten()
    };
    let solved = math::solve(question.text).or_else(transliterated);
    if let Some(solved) = solved {
        return Ok(Route::Arithmetic(solved));
    }
    let grounding = retrieve::ground(pack, question, understood)?;
    match grounding {
        Some(grounding) if grounding.coverage.in_scope() => Ok(Route::Grounded(grounding)),
        other => Ok(Route::OutOfScope {
            suggestions: retrieve::suggestions(pack, question, understood)?,
            coverage: other.map(|g| g.coverage),
        }),
    }
}

fn hint_target(pack: &Pack, question: &Question<'_>, understood: &Understood) -> Result<Option<HintTarget>> {
    let lesson = match question.lesson_id {
        Some(id) => Some(Box::new(pack.lesson(id)?)),
        None => None,
    };
    if let Some(lesson) = &lesson {
        let matched = crate::quiz_match(lesson, question.text)
            .or_else(|| understood.roman_urdu.then(|| crate::quiz_match(lesson, &understood.search_text)).flatten())
            .or_else(|| same_problem(lesson, question.text))
            .or_else(|| understood.roman_urdu.then(|| same_problem(lesson, &understood.search_text)).flatten());
        if let Some(quiz_question) = matched {
            let question_id = quiz_question.id.clone();
            return Ok(Some(HintTarget::Question { lesson: lesson.clone(), question_id }));
        }
    }
    let Some(request) = understood.quiz_request else { return Ok(None) };
    // With no lesson open, only a request that names a question is about a quiz ("what if the
    // answer comes out upside down" is a question about a method).
    let Some(lesson) = lesson else {
        return Ok(request.number.is_some().then_some(HintTarget::Unspecified { lesson: None }));
    };
    let n_questions = lesson.quiz.len() as i32;
    let index = match request.number {
        Some(-1) if n_questions > 0 => Some(n_questions - 1),
        Some(n) if n >= 1 && n <= n_questions => Some(n - 1),
        _ => None,
    };
    Ok(Some(match index {
        Some(index) => {
            let question_id = lesson.quiz[index as usize].id.clone();
            HintTarget::Question { lesson, question_id }
        }
        None => HintTarget::Unspecified { lesson: Some(lesson) },
    }))
}

/// The quiz question of `lesson` that poses the problem `text` poses, in other words: the maths
/// engine reads both as the same kind of problem about the same numbers ("is 0.5 bigger than 0.25"
/// and the quiz's "True or false: 0.5 is smaller than 0.25"). Working it out would give the
/// quiz's answer away.
fn same_problem<'l>(lesson: &'l curriculum::Lesson, text: &str) -> Option<&'l curriculum::Question> {
    let asked = math::problem_key(text)?;
    lesson
        .quiz
        .iter()
        .find(|quiz| quiz.question.values().any(|wording| math::problem_key(wording).as_ref() == Some(&asked)))
}
