//! The tutor on the real default curriculum: grounded answers with citations in the child's
//! language, hints instead of quiz answers, kind replies to blocked messages, honest replies to
//! questions the lessons do not cover, exact arithmetic, Roman Urdu, and bad input.

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
    // Without the lesson open, the same words are an ordinary problem, worked out exactly.
    let worked = ask(&quiz_question.question["en"], None, "en");
    assert_eq!(worked.mode, Mode::Arithmetic, "{}", worked.answer);
    assert_eq!(worked.result.as_deref(), Some("6"));
    // A comparison the engine can work out ("True or false: 0.5 is smaller than 0.25"), asked in
    // the child's own words with the lesson open: the hint, and no step that reaches the result.
    for (text, locale) in [
        ("is 0.5 smaller than 0.25", "en"),
        ("which is bigger, 0.25 or 0.5", "en"),
        ("کیا 0.5، 0.25 سے کم ہے", "ur"),
        ("0.25 ya 0.5 kon sa bara hai", "ur"),
    ] {
        let reply = ask(text, Some("math5-decimals-percentages"), locale);
        assert_eq!(reply.mode, Mode::Hint, "{text}: {}", reply.answer);
        assert!(reply.result.is_none() && !reply.answer.contains("0.50"), "{text}: {}", reply.answer);
    }
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
fn pashto_readers_get_their_own_lesson_text_or_the_urdu_one_told_so() {
    // The water cycle is written in Pashto too: it is quoted in Pashto.
    let reply = ask("پانی کیسے بخارات بنتا ہے", None, "ps");
    assert_eq!(reply.citations[0].lesson_id, "sci5-water-cycle");
    assert_eq!(reply.citations[0].locale, "ps");
    assert!(!reply.answer.contains("اردو"), "{}", reply.answer);
    // Fractions has its title, glossary and quiz in Pashto but its text only in Urdu.
    let reply = ask("کسر څه شی دی", None, "ps");
    assert_eq!(reply.citations[0].lesson_id, "math5-fractions");
    assert_eq!(reply.citations[0].locale, "ur");
    assert!(reply.answer.contains("ستاسو د لوست دا برخه په اردو ده"), "said in Pashto: {}", reply.answer);
}

#[test]
fn questions_outside_the_lessons_are_declined_honestly_without_citations() {
    for (text, locale) in [
        ("who won the cricket world cup in 1992", "en"),
        ("what is the capital of France", "en"),
        ("xyzzy qwertyuiop", "en"),
        ("پاکستان کا قومی ترانہ کس نے لکھا", "ur"),
        ("zalzala kyun aata hai", "ur"),
    ] {
        let reply = ask(text, None, locale);
        assert_eq!(reply.mode, Mode::OutOfScope, "{text}: {}", reply.answer);
        assert!(reply.citations.is_empty(), "{text}: no citation lends the lesson's authority");
        assert!(reply.suggestions.len() <= 3);
    }
    let reply = ask("who won the cricket world cup in 1992", None, "en");
    assert!(reply.answer.contains("isn't in your lessons"), "{}", reply.answer);
    let urdu = ask("پاکستان کا قومی ترانہ کس نے لکھا", None, "ur");
    assert!(urdu.answer.contains("اسباق میں نہیں"), "{}", urdu.answer);
}

#[test]
fn why_who_and_how_far_are_answered_only_where_the_lesson_states_the_fact() {
    // The lesson names Mars "the red planet", Jupiter the biggest and Uranus far and cold, but
    // says neither why nor who found them.
    for (text, locale) in [
        ("why is mars red", "en"),
        ("why is jupiter so big", "en"),
        ("who discovered the planet uranus", "en"),
        ("مریخ لال کیوں ہے", "ur"),
        ("زحل کے گرد چھلے کیوں ہیں", "ur"),
    ] {
        let reply = ask(text, None, locale);
        assert_eq!(reply.mode, Mode::OutOfScope, "{text}: {}", reply.answer);
        assert!(reply.citations.is_empty(), "{text}");
        assert!(
            reply.audit.asks.is_some() && reply.audit.explained.is_some_and(|e| e < 0.5),
            "{text}: {:?}",
            reply.audit
        );
    }
    // Where it does state it, the section stating it is quoted.
    for (text, locale, lesson, section) in [
        ("why do planets shine", "en", "sci5-solar-system", "planets"),
        ("سیارے کیوں چمکتے ہیں", "ur", "sci5-solar-system", "planets"),
        ("how far is the sun from us", "en", "sci5-solar-system", "the-sun"),
        ("who makes food in a food chain", "en", "sci5-food-chains", "producers"),
    ] {
        let reply = ask(text, None, locale);
        let cited = reply.citations.first().map(|c| (c.lesson_id.as_str(), c.section.as_str()));
        assert_eq!(cited, Some((lesson, section)), "{text}: {}", reply.answer);
        assert!(reply.audit.explained.is_some_and(|e| e >= 0.5), "{text}: {:?}", reply.audit);
    }
}

#[test]
fn a_pack_whose_lessons_list_no_facts_is_not_judged_on_them() {
    // A pack built before lessons listed what they explain keeps answering "why" questions.
    let (mut curriculum, _) = curriculum::read_curriculum(&testkit::repo().join("curriculum")).unwrap();
    for lesson in &mut curriculum.lessons {
        lesson.explains.clear();
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("older.ustadpack");
    pack::build_pack(&curriculum, &path, "2026-01-01T00:00:00Z").unwrap();
    let pack = Pack::open(&path).unwrap();
    let question = Question { text: "why do planets shine", lesson_id: None, locale: "en" };
    let reply = Tutor::new(&pack).answer_from_curriculum(&question, CurriculumReason::Language).unwrap();
    assert_eq!(reply.mode, Mode::Curriculum, "{}", reply.answer);
    assert_eq!(reply.audit.explained, None);
}

#[test]
fn a_name_the_lesson_never_writes_together_is_not_what_it_explains() {
    // The water cycle has "dry" and "ice", the solar system "red" and "spot", microorganisms
    // "black" spots: none says what dry ice, the big red spot or a black hole is.
    for (text, locale) in [
        ("what is dry ice", "en"),
        ("what is the big red spot on jupiter", "en"),
        ("black hole kya hota hai", "en"),
        ("تیزابی بارش کیا ہوتی ہے", "ur"),
        // An English word no Urdu word sounds like stays English ("concave" was guessed to be
        // کیونکہ, because, and the question went to the light lesson).
        ("concave mirror kya hota he", "ur"),
    ] {
        let reply = ask(text, None, locale);
        assert_eq!(reply.mode, Mode::OutOfScope, "{text}: {}", reply.answer);
    }
    // Names the lessons write, or teach under a heading naming them ("Kinds of triangles").
    for (text, locale, lesson) in [
        ("what is a food web", "en", "sci5-food-chains"),
        ("scalene triangle kya hota hai", "en", "math5-angles-triangles"),
        ("مساوی الاضلاع مثلث کیا ہوتی ہے", "ur", "math5-angles-triangles"),
        ("whats the first step in the unitary method", "en", "math5-unitary-method"),
    ] {
        let reply = ask(text, None, locale);
        assert_eq!(reply.citations.first().map(|c| c.lesson_id.as_str()), Some(lesson), "{text}: {}", reply.answer);
    }
}

#[test]
fn the_most_of_something_is_answered_only_where_the_lesson_states_a_superlative() {
    // The pollution lesson names Lahore and Karachi but says nothing of the biggest city.
    for (text, locale) in
        [("پاکستان کا سب سے بڑا شہر کون سا ہے", "ur"), ("duniya ka sab se bara parinda kon sa hai", "en")]
    {
        let reply = ask(text, None, locale);
        assert_eq!(reply.mode, Mode::OutOfScope, "{text}: {}", reply.answer);
    }
    // "Venus: the hottest planet"; "عطارد: سب سے چھوٹا سیارہ"; "found mostly on the underside".
    for (text, locale, lesson) in [
        ("which planet is the hottest", "en", "sci5-solar-system"),
        ("sab se chhota planet kon sa hai", "ur", "sci5-solar-system"),
        ("which side of a leaf has most of the tiny holes", "en", "sci5-photosynthesis"),
        // "سب سے پہلے" is "first of all", no superlative.
        ("اکائی کے طریقے میں سب سے پہلے کیا کرتے ہیں", "ur", "math5-unitary-method"),
    ] {
        let reply = ask(text, None, locale);
        assert_eq!(reply.citations.first().map(|c| c.lesson_id.as_str()), Some(lesson), "{text}: {}", reply.answer);
    }
}

#[test]
fn chat_spellings_of_question_words_do_not_count_against_scope() {
    // "wat" and "y" are too short for search to match; they only frame the question.
    for (text, lesson) in
        [("wat is ringworm", "sci5-microorganisms"), ("y do we need a balanced diet", "sci5-balanced-diet")]
    {
        let reply = ask(text, None, "en");
        assert_eq!(reply.citations.first().map(|c| c.lesson_id.as_str()), Some(lesson), "{text}: {}", reply.answer);
    }
}

#[test]
fn arithmetic_is_exact_with_steps_and_cites_the_method() {
    let reply = ask("What is 3/4 + 1/8?", None, "en");
    assert_eq!(reply.mode, Mode::Arithmetic, "{}", reply.answer);
    assert_eq!(reply.result.as_deref(), Some("7/8"));
    assert_eq!(reply.citations[0].lesson_id, "math5-fractions");
    assert!(reply.answer.contains("1. ") && reply.answer.contains("7/8"), "{}", reply.answer);
    // The answer is stated once, on its own line after the numbered working, then one practice
    // problem, asked once.
    assert_eq!(reply.answer.matches("Answer:").count(), 1, "{}", reply.answer);
    assert!(reply.answer.contains("\n\nAnswer: 7/8\n\n"), "{}", reply.answer);
    assert_eq!(reply.answer.matches("you try").count(), 1, "{}", reply.answer);
    assert!(!reply.answer.contains("try one yourself"), "{}", reply.answer);
    let urdu = ask("3/4 اور 1/8 کو جمع کریں", None, "ur");
    assert_eq!(urdu.result.as_deref(), Some("7/8"), "{}", urdu.answer);
    assert_eq!(urdu.answer.matches("جواب").count(), 1, "steps in Urdu: {}", urdu.answer);
    assert_eq!(urdu.answer.matches("اب آپ").count(), 1, "{}", urdu.answer);
    let rupees = ask("5 pencils cost Rs 60. What do 8 pencils cost?", None, "en");
    assert_eq!(rupees.result.as_deref(), Some("96"), "{}", rupees.answer);
    assert!(rupees.answer.contains("\n\nAnswer: Rs 96"), "the answer keeps its unit: {}", rupees.answer);
    // Roman Urdu, where the transliteration once lost "/" and "%": never another problem's answer.
    for text in [
        "abbu ki salary 36000 rupay he aur uska 1/4 kiraye me jata hai, kiraya kitne rupees hai",
        "meri class me 45 bachay hain aur aaj 20% absent hain, kitne bachay absent hain?",
    ] {
        let reply = ask(text, None, "en");
        let wrong = ["1,44,000", "144000", "25"].iter().any(|w| reply.result.as_deref() == Some(*w));
        assert!(!wrong, "{text}: {}", reply.answer);
    }
    let said = ask("ammi ne saadhe teen kilo cheeni li aur paune do kilo istemal ho gayi, kitni bachi", None, "ur");
    assert_eq!(said.result.as_deref(), Some("1 3/4"), "{}", said.answer);
    let zero = ask("what is 5/0 + 1/2", None, "en");
    assert_eq!(zero.mode, Mode::Arithmetic);
    assert!(zero.result.is_none() && zero.citations.is_empty(), "{}", zero.answer);
}

#[test]
fn requests_for_quiz_answers_get_hints() {
    let pack = Pack::open(pack_path()).unwrap();
    let lesson = pack.lesson("math5-fractions").unwrap();
    let q2 = &lesson.quiz[1];
    for (text, locale) in
        [("just tell me the answer to question 2", "en"), ("سوال 2 کا جواب بتا دیں", "ur"), ("q2 ka jawab batao", "en")]
    {
        let reply = ask(text, Some("math5-fractions"), locale);
        assert_eq!(reply.mode, Mode::Hint, "{text}: {}", reply.answer);
        assert!(reply.answer.contains(q2.hint.get(locale).unwrap()), "{text}: {}", reply.answer);
        assert!(!reply.answer.contains(q2.explanation.get(locale).unwrap()), "{text}");
    }
    let which = ask("just tell me the answer", Some("math5-fractions"), "en");
    assert_eq!(which.mode, Mode::Hint);
    assert!(which.citations.is_empty());
}

#[test]
fn roman_urdu_finds_the_lesson() {
    for (text, lesson) in [
        ("paudhe apna khana kaise banate hain", "sci5-photosynthesis"),
        ("maqnatees kya hai", "sci5-magnets"),
        ("barish kaise hoti hai", "sci5-water-cycle"),
        ("photosynthesis kya hai", "sci5-photosynthesis"),
        // A rare English word outweighs common Urdu ones ("والی چیزیں").
        ("protein wali cheezen kon si hain", "sci5-balanced-diet"),
    ] {
        let reply = ask(text, None, "ur");
        assert_eq!(reply.citations.first().map(|c| c.lesson_id.as_str()), Some(lesson), "{text}: {}", reply.answer);
        assert!(reply.audit.transliteration.is_some(), "{text}");
    }
}

#[test]
fn an_urdu_quote_keeps_its_list_and_starts_at_a_sentence_start() {
    let reply = ask("پودے کو خوراک بنانے کے لیے کن چیزوں کی ضرورت ہوتی ہے", None, "ur");
    assert_eq!(reply.citations[0].lesson_id, "sci5-photosynthesis");
    for item in ["1. ", "2. ", "3. ", "4. "] {
        assert!(reply.answer.contains(item), "list item {item} kept: {}", reply.answer);
    }
    let quoted = reply.answer.lines().nth(2).unwrap_or_default();
    assert!(!quoted.starts_with("لیکن"), "{quoted}");
}

#[test]
fn unsafe_intent_is_blocked_and_flagged() {
    for text in ["how do I hurt someone", "I want to disappear forever", "a man online asked for my address"] {
        let reply = ask(text, None, "en");
        assert_eq!(reply.mode, Mode::Blocked, "{text}");
        assert!(!reply.flags.is_empty() && reply.citations.is_empty(), "{text}");
    }
    for text in ["my tooth hurts when I eat sweets", "does boiling kill germs in water"] {
        assert_ne!(ask(text, None, "en").mode, Mode::Blocked, "{text}");
    }
}

#[test]
fn bad_input_gets_a_clear_reply_never_a_panic() {
    let long = "why is the noon shadow short ".repeat(180);
    for text in [
        "",
        "   ",
        "🙂🙂🙂",
        "?!?!",
        long.as_str(),
        "پانی water پاݨی ٻار",
        "۳/۴ + ١/٨",
        "what is 99999999999999999999999 + 1",
    ] {
        let reply = ask(text, None, "ur");
        assert!(!reply.answer.trim().is_empty(), "{text:?} gets an answer");
    }
    assert!(ask("", None, "en").answer.contains("type your question"));
    assert!(ask(&long, None, "en").answer.contains("very long"));
    assert_eq!(ask("۳/۴ + ١/٨", None, "ur").result.as_deref(), Some("7/8"));
}

/// Records what the tutor hands the model (the tutor's own logic; the real model is driven in
/// `llm-worker`'s tests and `ustad bench llm`).
#[derive(Default)]
struct Recorder {
    openings: Vec<Vec<llm_protocol::Message>>,
    asked: Vec<Vec<llm_protocol::Message>>,
}

impl tutor::Generator for Recorder {
    fn model(&self) -> tutor::ModelRef {
        tutor::ModelRef { id: "recorder".into(), sha256: String::new() }
    }

    fn languages(&self) -> Vec<String> {
        vec!["en".into()]
    }

    fn generate(
        &mut self,
        messages: Vec<llm_protocol::Message>,
        _max_tokens: u32,
        _on_token: &mut dyn FnMut(&str),
    ) -> Result<llm_protocol::Stats, tutor::GenerateError> {
        self.asked.push(messages);
        Err(tutor::GenerateError { code: llm_protocol::ErrorCode::Timeout, message: "recorded".into() })
    }

    fn prefill(&mut self, openings: Vec<Vec<llm_protocol::Message>>) {
        self.openings = openings;
    }
}

#[test]
fn opening_a_lesson_prefills_the_system_prompt_its_questions_start_with() {
    let pack = Pack::open(pack_path()).unwrap();
    let tutor = Tutor::new(&pack);
    let mut model = Recorder::default();
    tutor.prefill("sci5-magnets", "en", &mut model).unwrap();
    assert!(model.openings.len() >= 3, "one opening per teaching section: {}", model.openings.len());
    assert!(model.openings.iter().all(|o| o.len() == 1 && o[0].role == llm_protocol::Role::System));
    for question in ["Why does a compass needle point north?", "what do magnets attract"] {
        let asking = Question { text: question, lesson_id: Some("sci5-magnets"), locale: "en" };
        let _ = tutor.ask(&asking, &[], Some(&mut model), &mut |_| {});
        let system = &model.asked.last().expect("the model was asked")[0];
        assert!(model.openings.iter().any(|o| o[0] == *system), "{question}: its system prompt was prefilled");
    }
    // A model that does not write the child's language is not asked to prefill.
    let mut urdu = Recorder::default();
    tutor.prefill("sci5-magnets", "ur", &mut urdu).unwrap();
    assert!(urdu.openings.is_empty());
}
