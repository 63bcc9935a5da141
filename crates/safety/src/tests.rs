//! The filter blocks what it should in English and Urdu and lets real lesson questions through.

use super::*;

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
    let filter = Filter::from_lists(["[violence]\nsmash + window\n[unknown]\nignored\n"].into_iter());
    assert_eq!(filter.check("do not smash the window").len(), 1);
    assert!(filter.check("ignored").is_empty());
}

#[test]
fn pashto_and_sindhi_lists_apply() {
    // "وژنه" (killing) is on the violence list too; self-harm comes first, so its reply is given.
    assert_eq!(categories("زه غواړم ځان وژنه وکړم")[0], Category::SelfHarm);
    assert_eq!(categories("آئون خودڪشي ڪرڻ ٿو چاهيان"), [Category::SelfHarm]);
}
