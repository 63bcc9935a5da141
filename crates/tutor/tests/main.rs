//! The tutor on the real default curriculum: grounded answers with citations in the child's
//! language, hints instead of quiz answers, kind replies to blocked messages.

use pack::Pack;
use tutor::{CurriculumReason, Mode, Question, Tutor};

use testkit::default_pack as pack_path;

fn ask(text: &str, lesson_id: Option<&str>, locale: &str) -> tutor::Reply {
    let pack = Pack::open(pack_path()).unwrap();
    let tutor = Tutor::new(&pack);
    tutor.answer_from_curriculum(&Question { text, lesson_id, locale }, CurriculumReason::Language).unwrap()
}

#[test]
fn urdu_questions_get_urdu_answers_quoted_from_the_lesson() {
    let reply = ask("پودے اپنی خوراک کیسے بناتے ہیں؟", None, "ur");
    assert_eq!(reply.mode, Mode::Curriculum);
    let citation = &reply.citations[0];
    assert_eq!(citation.lesson_id, "sci5-photosynthesis");
    assert_eq!(citation.locale, "ur");
    assert!(!["objectives", "glossary"].contains(&citation.section.as_str()), "quotes a teaching section");
    let pack = Pack::open(pack_path()).unwrap();
    let passage = pack.passage_text(&citation.lesson_id, "ur", &citation.section).unwrap().unwrap();
    let quoted_line = reply.answer.lines().nth(2).unwrap();
    assert!(
        quoted_line.split(['۔', '؟']).filter(|s| !s.trim().is_empty()).all(|s| passage.contains(s.trim())),
        "{quoted_line}"
    );
    assert!(reply.answer.starts_with("آپ کے سبق"), "the tutor says it is quoting the lesson: {}", reply.answer);
    assert!(reply.note.as_deref().is_some_and(|n| n.contains("اردو")));
    assert!(
        reply.answer.chars().filter(|c| c.is_ascii_alphabetic()).count() < 40,
        "answer is in Urdu: {}",
        reply.answer
    );
}

#[test]
fn english_answers_cite_the_section_they_quote() {
    let reply = ask("why is the noon shadow short", None, "en");
    assert_eq!(reply.citations[0].lesson_id, "sci5-light");
    assert_eq!(reply.citations[0].section, "shadows");
    assert!(reply.answer.contains("At noon"), "{}", reply.answer);
    assert!(reply.answer.contains("Words to know"));
    assert!(
        reply.answer.contains("Check yourself") || reply.answer.contains("What do you think"),
        "ends with a question"
    );
}

#[test]
fn a_quiz_question_of_the_open_lesson_gets_its_hint_not_its_answer() {
    let pack = Pack::open(pack_path()).unwrap();
    let lesson = pack.lesson("math5-hcf-lcm").unwrap();
    let quiz_question = lesson.quiz.iter().find(|q| q.id == "q1").unwrap();
    let reply = ask(&quiz_question.question["en"], Some("math5-hcf-lcm"), "en");
    assert_eq!(reply.mode, Mode::Hint);
    assert!(reply.answer.contains(&quiz_question.hint["en"]));
    assert!(!reply.answer.contains(&quiz_question.explanation["en"]), "the explanation gives the answer away");
    assert_eq!(reply.citations[0].lesson_id, "math5-hcf-lcm");
    let urdu = ask(&quiz_question.question["ur"], Some("math5-hcf-lcm"), "ur");
    assert_eq!(urdu.mode, Mode::Hint);
    assert!(urdu.answer.contains(&quiz_question.hint["ur"]));
    // Without the lesson open, the same words are an ordinary question.
    assert_eq!(ask(&quiz_question.question["en"], None, "en").mode, Mode::Curriculum);
}

#[test]
fn blocked_messages_get_a_kind_reply_and_flags() {
    let reply = ask("I want to kill myself", None, "en");
    assert_eq!(reply.mode, Mode::Blocked);
    assert!(reply.citations.is_empty());
    assert_eq!(reply.flags[0].category, safety::Category::SelfHarm);
    assert!(reply.answer.contains("adult you trust"));
    let urdu = ask("میرا فون نمبر 03001234567 ہے", None, "ur");
    assert_eq!(urdu.mode, Mode::Blocked);
    assert!(urdu.answer.contains("ذاتی"), "{}", urdu.answer);
}

#[test]
fn pashto_readers_get_the_urdu_lesson_text() {
    let reply = ask("پانی کیسے بخارات بنتا ہے", None, "ps");
    assert_eq!(reply.citations[0].locale, "ur");
    assert_eq!(reply.citations[0].lesson_id, "sci5-water-cycle");
}

#[test]
fn questions_outside_the_lessons_are_answered_honestly() {
    let reply = ask("who won the cricket world cup in 1992", None, "en");
    // Cricket appears in lessons as an example; either an honest "not found" or a cited quote.
    assert!(reply.citations.is_empty() == reply.answer.contains("could not find"), "{}", reply.answer);
    let nothing = ask("xyzzy qwertyuiop", None, "en");
    assert!(nothing.citations.is_empty());
    assert!(nothing.answer.contains("could not find"));
}
