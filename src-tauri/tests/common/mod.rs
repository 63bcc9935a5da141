//! What the window tests share: selecting by test id, and answering a quiz question.
#![allow(dead_code)] // each window test uses part of it

use testkit::webdriver::Session;

/// The CSS selector of the element with `data-testid="{test_id}"`.
pub fn id(test_id: &str) -> String {
    format!("[data-testid=\"{test_id}\"]")
}

/// Answers the quiz question on screen (the first option, or 1 for a number), checks it and
/// returns the feedback element.
pub fn answer_and_check(session: &Session) -> String {
    if session.find_all(&id("quiz-number")).is_empty() {
        session.click(&id("quiz-option-0"));
    } else {
        session.type_into(&id("quiz-number"), "1");
    }
    session.click(&id("quiz-check"));
    session.wait_for(&id("quiz-feedback"))
}

/// Signs Nadia in from "Who is learning?" (making the laptop's first teacher account when
/// there is none).
pub fn sign_in(session: &Session, password: &str) {
    session.click(&id("teacher-button"));
    session.wait_for(&id("teacher-sign-in"));
    session.type_into(&id("teacher-name"), "Nadia");
    session.type_into(&id("teacher-password"), password);
    session.click(&id("teacher-submit"));
    session.wait_for(&id("teacher-home"));
}

/// Takes the quiz on screen to its end, answering each question with the first option.
pub fn finish_quiz(session: &Session) -> String {
    while session.find_all(&id("quiz-score")).is_empty() {
        answer_and_check(session);
        session.click(&id("quiz-next"));
        std::thread::sleep(std::time::Duration::from_millis(150));
    }
    session.text(&session.wait_for(&id("quiz-score")))
}
