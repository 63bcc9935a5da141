//! What the window tests share: selecting by test id, and answering a quiz question.

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
