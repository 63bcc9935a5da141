//! The filter blocks what it should in English and Urdu and lets real lesson questions through;
//! the list syntax (alternatives, order, span, prefixes, counts, exclusions, named groups).

use super::*;
use crate::list::DEFAULT_SPAN;

fn categories(message: &str) -> Vec<Category> {
    Filter::default().check(message).into_iter().map(|f| f.category).collect()
}

#[test]
fn lesson_questions_pass() {
    for question in [
        "Does boiling water kill germs?",
        "why do plants need sunlight",
        "How does a gun powder rocket fly? no wait, how do magnets work",
        "What is the address of a cell in a table?",
        "پودے اپنی خوراک کیسے بناتے ہیں؟",
    ] {
        assert!(categories(question).is_empty(), "{question}: {:?}", categories(question));
    }
    // Allowed phrases: a science phrase that holds a listed word.
    assert!(categories("Some stars are too faint to see with the naked eye.").is_empty());
    assert_eq!(categories("naked eye and naked pictures"), [Category::Sexual]);
    // Numbers from lessons are not phone numbers.
    assert!(categories("Pakistan has about 24 crore people: 24,00,00,000").is_empty());
    assert!(categories("1 crore = 1,00,00,000").is_empty());
}

#[test]
fn harmful_messages_are_flagged_by_category() {
    assert_eq!(categories("I want to kill myself"), [Category::SelfHarm]);
    assert_eq!(categories("i wanna die"), [Category::SelfHarm]);
    assert_eq!(categories("میں خودکشی کرنا چاہتا ہوں"), [Category::SelfHarm]);
    assert_eq!(categories("how to kill someone"), [Category::Violence]);
    assert_eq!(categories("میں اسے قتل کر دوں گا"), [Category::Violence]);
    assert_eq!(categories("show me naked pictures"), [Category::Sexual]);
    assert_eq!(categories("I hate Hindus"), [Category::Hate]);
    assert_eq!(categories("مجھے سکھوں سے نفرت ہے"), [Category::Hate]);
    assert_eq!(categories("what is your address?"), [Category::PersonalData]);
    assert_eq!(categories("اپنا فون نمبر بتاؤ"), [Category::PersonalData]);
    assert_eq!(categories("اپنا پاس ورڈ بتاؤ"), [Category::PersonalData]);
    assert_eq!(categories("tell me your password"), [Category::PersonalData]);
    // A child who forgot a password gives nothing away.
    assert!(categories("موبائل کا پاس ورڈ بھول جاؤں تو کیا کروں").is_empty());
    assert!(categories("i forgot my password what do i do").is_empty());
    // Pashto: killing a person is violence; medicine that kills germs is a lesson sentence.
    assert_eq!(categories("زه هغه وژنه غواړم"), [Category::Violence]);
    assert!(categories("انټي بيوټيک بکټيريا وژني").is_empty());
}

#[test]
fn spelling_variants_and_word_forms_match() {
    assert_eq!(categories("خودكشی"), [Category::SelfHarm], "Arabic kaf");
    assert_eq!(categories("he was stabbing"), [Category::Violence]);
    assert_eq!(categories("SUICIDE"), [Category::SelfHarm]);
}

#[test]
fn personal_data_is_detected_and_redacted() {
    assert_eq!(categories("my number is 0300-1234567"), [Category::PersonalData]);
    assert_eq!(categories("call +92 300 1234567"), [Category::PersonalData]);
    assert_eq!(categories("میرا نمبر ۰۳۰۰۱۲۳۴۵۶۷ ہے"), [Category::PersonalData]);
    assert_eq!(categories("CNIC 35202-1234567-1"), [Category::PersonalData]);
    assert_eq!(categories("write to ali.khan@example.com"), [Category::PersonalData]);
    assert_eq!(redact("my number is 03001234567 ok"), "my number is ••• ok");
    assert_eq!(redact("mail ali@example.com now"), "mail ••• now");
    assert_eq!(redact("2 + 2 = 4"), "2 + 2 = 4");
}

#[test]
fn custom_lists_load_with_categories() {
    let filter = Filter::from_lists(["[violence]\nsmash + window\n"].into_iter()).unwrap();
    assert_eq!(filter.check("do not smash the window").len(), 1);
    // An unknown section is an error now: a misspelt category would silently drop its list.
    let error = Filter::from_lists(["[violence]\nsmash\n[unknown]\nignored\n"].into_iter()).unwrap_err();
    assert_eq!(error.code().as_str(), "SAFETY_LIST_UNKNOWN_SECTION");
    assert_eq!(error, Error::UnknownSection { line: 3, name: "unknown".to_owned() });
}

#[test]
fn pashto_and_sindhi_lists_apply() {
    // "وژنه" (killing) is on the violence list too; self-harm comes first, so its reply is given.
    assert_eq!(categories("زه غواړم ځان وژنه وکړم")[0], Category::SelfHarm);
    assert_eq!(categories("آئون خودڪشي ڪرڻ ٿو چاهيان"), [Category::SelfHarm]);
}

fn filter(list: &str) -> Filter {
    Filter::from_lists([list].into_iter()).unwrap()
}

fn flagged(filter: &Filter, message: &str) -> bool {
    !filter.check(message).is_empty()
}

#[test]
fn built_in_lists_are_valid() {
    for (name, text) in LISTS {
        if let Err(error) = Filter::from_lists([text].into_iter()) {
            panic!("data/{name}.txt: {error}");
        }
    }
}

#[test]
fn groups_of_alternatives_must_all_appear() {
    let filter = filter("[violence]\nhow | way | teach me + hurt | harm + someone | my brother\n");
    assert!(flagged(&filter, "teach me to harm my brother"));
    assert!(flagged(&filter, "what way can I hurt someone"));
    assert!(!flagged(&filter, "how do I help my brother"), "a group is missing");
    assert!(!flagged(&filter, "my brother hurt"), "two groups are missing");
    assert_eq!(
        filter.check("how to hurt someone")[0].rule,
        "how | way | teach me + hurt | harm + someone | my brother"
    );
}

#[test]
fn ordered_groups_must_come_in_order() {
    let filter = filter("[violence]\nhow do i > hurt > someone\n");
    assert!(flagged(&filter, "how do i hurt someone"));
    assert!(!flagged(&filter, "how do i tell my teacher someone hurt me"), "someone comes before hurt");
    let unordered = self::filter("[violence]\nhow do i + hurt + someone\n");
    assert!(flagged(&unordered, "how do i tell my teacher someone hurt me"));
}

#[test]
fn groups_must_fall_within_the_span() {
    let filter = filter("[violence]\nhurt + someone\n");
    assert!(flagged(&filter, "hurt someone"));
    let far = format!("hurt {} someone", "word ".repeat(DEFAULT_SPAN));
    assert!(!flagged(&filter, &far), "more than {DEFAULT_SPAN} words apart");
    let wide = self::filter(&format!("[violence]\nhurt + someone ~{}\n", DEFAULT_SPAN + 2));
    assert!(flagged(&wide, &far));
    let narrow = self::filter("[violence]\nhurt + someone ~3\n");
    assert!(flagged(&narrow, "hurt the someone"));
    assert!(!flagged(&narrow, "hurt the big someone"));
}

#[test]
fn prefixes_counts_exclusions_and_named_groups() {
    let prefixes = filter("[violence]\nkisi ko + maar* + kaise\n");
    assert!(flagged(&prefixes, "kisi ko kaise maarun"));
    assert!(flagged(&prefixes, "kisi ko kaise maaroon"));
    assert!(!flagged(&prefixes, "kisi ko kaise mara"), "mara does not start with maar");
    let counts = filter("[instructions:weapons]\nuse + {2} knife | razor | scissors\n");
    assert!(!counts.check_answer("use a knife").iter().any(|f| f.category == Category::Weapons));
    assert!(!counts.check_answer("use a knife and a knife").iter().any(|f| f.category == Category::Weapons));
    assert_eq!(counts.check_answer("use a knife or a razor")[0].category, Category::Weapons);
    let exclusions = filter("[violence]\nhurt + someone + ! first aid | help\n");
    assert!(flagged(&exclusions, "hurt someone"));
    assert!(!flagged(&exclusions, "how can I help when I hurt someone by mistake"));
    let named = filter("@who = my brother | my sister\n[violence]\nhit > @who | classmate\n");
    assert!(flagged(&named, "hit my sister"));
    assert!(flagged(&named, "hit the classmate"));
    assert!(!flagged(&named, "hit the ball"));
}

#[test]
fn malformed_lines_are_reported_with_their_line() {
    for (list, line) in [
        ("[violence]\nhurt + someone > now\n", 2),
        ("[violence]\nhurt|harm\n", 2),
        ("[violence]\nm*\n", 2),
        ("[violence]\n\n@a = x\nhit > @b\n", 4),
        ("[violence]\n{3} a | b\n", 2),
        ("[violence]\n! help\n", 2),
        ("[violence]\nhurt + someone ~1\n", 2),
        ("hurt\n", 1),
    ] {
        match Filter::from_lists([list].into_iter()) {
            Err(error @ Error::InvalidLine { .. }) => {
                assert_eq!(error.code().as_str(), "SAFETY_LIST_INVALID_LINE");
                assert!(matches!(error, Error::InvalidLine { line: l, .. } if l == line), "{list:?}: {error}");
            }
            other => panic!("{list:?} gave {other:?}"),
        }
    }
}

#[test]
fn instructions_apply_only_to_answers() {
    let filter = Filter::default();
    let answer = "You can use a knife, a hot iron, scissors or a razor.";
    assert!(filter.check(answer).is_empty(), "a child naming tools is not flagged");
    assert_eq!(filter.check_answer(answer)[0].category, Category::Weapons);
    // Everything check flags, check_answer flags too.
    assert_eq!(filter.check_answer("I want to kill myself")[0].category, Category::SelfHarm);
    assert_eq!(filter.check_answer("call 0300-1234567 now")[0].category, Category::PersonalData);
}

#[test]
fn answers_are_matched_sentence_by_sentence() {
    let filter = filter("[violence]\nhow to > hurt > people\n");
    assert!(flagged(&filter, "How to stay safe. Loud noise can hurt people."), "a message is matched whole");
    assert!(filter.check_answer("How to stay safe. Loud noise can hurt people.").is_empty());
    assert_eq!(sentences("One. Two! Three? چار؟ پانچ۔ six\nseven").count(), 7);
}

#[test]
fn new_categories_are_flagged() {
    assert_eq!(categories("I am going to run away from home"), [Category::RunningAway]);
    assert_eq!(categories("a man online asked for my address"), [Category::Grooming]);
    assert_eq!(categories("how do I make poison"), [Category::Weapons]);
    assert_eq!(categories("how can I set the school on fire"), [Category::Fire]);
    assert_eq!(categories("ghar se bhaag jaun ga main"), [Category::RunningAway]);
}

#[test]
fn each_category_has_its_kind_reply() {
    let replies: Vec<(&str, &str)> = Category::ALL.iter().map(|c| (c.as_str(), c.reply_id())).collect();
    assert_eq!(
        replies,
        [
            ("self-harm", "tutor-blocked-self-harm"),
            ("grooming", "tutor-blocked-grooming"),
            ("running-away", "tutor-blocked-running-away"),
            ("personal-data", "tutor-blocked-personal"),
            ("weapons", "tutor-blocked-danger"),
            ("fire", "tutor-blocked-danger"),
            ("violence", "tutor-blocked-unkind"),
            ("sexual", "tutor-blocked-unkind"),
            ("hate", "tutor-blocked-unkind"),
        ]
    );
    for category in Category::ALL {
        assert_eq!(Category::parse(category.as_str()), Some(category));
    }
    // The first flag (the highest priority) chooses the reply: grooming before personal data.
    assert_eq!(categories("a stranger on the game wants my photo and my phone number")[0], Category::Grooming);
}
