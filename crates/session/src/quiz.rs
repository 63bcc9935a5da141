//! One attempt at a lesson's quiz, the same for the app and the CLI. The backend holds it from
//! the first question to the score: each question takes one answer (graded here, never by the
//! UI), a hint counts only before the answer, every question must be answered before the
//! attempt is saved, and the times are this laptop's. A UI therefore cannot send a score, a
//! second try at a question, or a shorter quiz.

use curriculum::{Lesson, Question, Verdict};
use learner::{Answer, NewAttempt};

use crate::UserError;

#[derive(Debug, Clone)]
pub struct QuizAttempt {
    learner_id: String,
    lesson: Lesson,
    pack_id: String,
    pack_version: String,
    locale: String,
    started_at: String,
    hints: Vec<bool>,
    answers: Vec<Option<Answer>>,
}

impl QuizAttempt {
    pub fn start(learner_id: &str, lesson: Lesson, pack: &pack::PackInfo, locale: &str) -> QuizAttempt {
        let n = lesson.quiz.len();
        QuizAttempt {
            learner_id: learner_id.to_owned(),
            lesson,
            pack_id: pack.pack_id.clone(),
            pack_version: pack.version.clone(),
            locale: locale.to_owned(),
            started_at: learner::now(),
            hints: vec![false; n],
            answers: vec![None; n],
        }
    }

    pub fn lesson(&self) -> &Lesson {
        &self.lesson
    }

    pub fn learner_id(&self) -> &str {
        &self.learner_id
    }

    fn index(&self, question_id: &str) -> Result<usize, UserError> {
        self.lesson
            .quiz
            .iter()
            .position(|q| q.id == question_id)
            .ok_or_else(|| UserError::QuestionNotFound(question_id.to_owned()))
    }

    /// The question, its hint now counted as used (unless it was already answered).
    pub fn hint(&mut self, question_id: &str) -> Result<&Question, UserError> {
        let idx = self.index(question_id)?;
        if self.answers[idx].is_none() {
            self.hints[idx] = true;
        }
        Ok(&self.lesson.quiz[idx])
    }

    /// Grades and keeps the answer to a question. A response the question cannot take
    /// (`RESPONSE_NOT_UNDERSTOOD`) is not an answer: the learner tries again. A second answer
    /// to an answered question is refused (`QUIZ_ANSWERED`).
    pub fn answer(&mut self, question_id: &str, response: &str) -> Result<(&Question, Verdict), UserError> {
        let idx = self.index(question_id)?;
        if self.answers[idx].is_some() {
            return Err(UserError::QuizAnswered);
        }
        let question = &self.lesson.quiz[idx];
        let verdict = question.check(response).map_err(|_| UserError::ResponseNotUnderstood)?;
        self.answers[idx] = Some(Answer {
            question_id: question.id.clone(),
            response: verdict.response.clone(),
            correct: verdict.correct,
            hint_used: self.hints[idx],
            answered_at: learner::now(),
        });
        Ok((question, verdict))
    }

    /// How many questions have an answer, and how many are right.
    pub fn score(&self) -> (usize, usize) {
        let answered = self.answers.iter().flatten();
        (answered.clone().count(), answered.filter(|a| a.correct).count())
    }

    /// The attempt to save, once every question has its answer (`QUIZ_UNFINISHED` before).
    pub fn finish(&self) -> Result<NewAttempt, UserError> {
        let (answered, _) = self.score();
        if answered < self.answers.len() {
            return Err(UserError::QuizUnfinished { answered, total: self.answers.len() });
        }
        Ok(NewAttempt {
            learner_id: self.learner_id.clone(),
            lesson_id: self.lesson.id.clone(),
            pack_id: self.pack_id.clone(),
            pack_version: self.pack_version.clone(),
            locale: self.locale.clone(),
            started_at: self.started_at.clone(),
            answers: self.answers.iter().flatten().cloned().collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt() -> QuizAttempt {
        let pack = pack::Pack::open(testkit::default_pack()).unwrap();
        let lesson = pack.lesson("sci5-magnets").unwrap();
        assert!(lesson.quiz.len() >= 3);
        QuizAttempt::start("learner-1", lesson, pack.info(), "ur")
    }

    /// A response each question takes: its right answer, or a wrong one.
    fn response(question: &Question, right: bool) -> String {
        let candidates = match &question.answer {
            curriculum::Answer::Number(value) => vec![value.to_string(), (value + 1.0).to_string()],
            _ => ["a", "b", "c", "d", "true", "false"].map(str::to_owned).to_vec(),
        };
        candidates.into_iter().find(|c| question.check(c).is_ok_and(|v| v.correct == right)).expect("a response")
    }

    #[test]
    fn each_question_takes_one_answer_graded_here_and_every_question_is_answered() {
        let mut quiz = attempt();
        let questions = quiz.lesson().quiz.clone();
        assert_eq!(quiz.finish().unwrap_err().code().as_str(), "QUIZ_UNFINISHED");
        assert_eq!(quiz.answer("q99", "a").unwrap_err().code().as_str(), "QUESTION_NOT_FOUND");
        assert_eq!(quiz.answer(&questions[0].id, "zzz").unwrap_err().code().as_str(), "RESPONSE_NOT_UNDERSTOOD");
        quiz.hint(&questions[0].id).unwrap();
        let (_, verdict) = quiz.answer(&questions[0].id, &response(&questions[0], false)).unwrap();
        assert!(!verdict.correct);
        let again = quiz.answer(&questions[0].id, &response(&questions[0], true)).unwrap_err();
        assert_eq!(again.code().as_str(), "QUIZ_ANSWERED", "a wrong answer cannot be replaced by the right one");
        for question in &questions[1..] {
            quiz.answer(&question.id, &response(question, true)).unwrap();
        }
        quiz.hint(&questions[1].id).unwrap();
        let saved = quiz.finish().unwrap();
        assert_eq!(saved.answers.len(), questions.len());
        assert_eq!(saved.answers.iter().filter(|a| a.correct).count(), questions.len() - 1);
        assert!(saved.answers[0].hint_used);
        assert!(!saved.answers[1].hint_used, "a hint read after answering does not count");
        assert_eq!(
            (saved.learner_id.as_str(), saved.lesson_id.as_str(), saved.locale.as_str()),
            ("learner-1", "sci5-magnets", "ur")
        );
        assert!(saved.started_at <= saved.answers[0].answered_at);
    }
}
