//! Roman Urdu detection and transliteration: the lists, spelling variants, English words kept,
//! the sound matcher against a vocabulary, and detection over the repository's question set.

use std::path::PathBuf;

use romanize::{is_roman_urdu, to_urdu, Vocabulary};

fn no_english(_: &str) -> bool {
    false
}

fn urdu(text: &str) -> String {
    to_urdu(text, None, &no_english).urdu
}

#[test]
fn roman_urdu_is_told_from_english() {
    for roman in [
        "paudhe apna khana kaise banate hain",
        "maqnatees kya hai",
        "barish kaise hoti hai",
        "photosynthesis kya hai",
        "bijli kia hy",
        "pani ka chakkar",
        "hazma",
        "what is hazma",
    ] {
        assert!(is_roman_urdu(roman), "{roman}");
    }
    for not_roman in [
        "how do plants make food",
        "what is photosynthesis",
        "why is the noon shadow short",
        "how many lakh make a crore",
        "what is the main source of light",
        "is the sun a star",
        "the of and",
        "",
        "مقناطیس کیا ہے",
        "پانی کا چکر",
    ] {
        assert!(!is_roman_urdu(not_roman), "{not_roman}");
    }
}

/// The quoted strings of the `key = [ ... ]` array of a question file, on one line or many
/// (read by hand, so that this crate needs no TOML reader).
fn questions(file: &str, key: &str) -> Vec<String> {
    let Some(start) = file.lines().find(|line| line.trim_start().starts_with(&format!("{key} = ["))) else {
        return Vec::new();
    };
    let offset = start.as_ptr() as usize - file.as_ptr() as usize + start.find('[').unwrap() + 1;
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    let mut chars = file[offset..].chars();
    while let Some(c) = chars.next() {
        match (&mut current, c) {
            (None, ']') => break,
            (None, '"') => current = Some(String::new()),
            (None, _) => {}
            (Some(text), '\\') => text.extend(chars.next()),
            (Some(_), '"') => out.extend(current.take()),
            (Some(text), other) => text.push(other),
        }
    }
    out
}

fn question_files() -> Vec<String> {
    let folder =
        PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo")).join("../../tests/search-quality");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(folder).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    paths
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

#[test]
fn the_question_set_is_detected_by_language() {
    let files = question_files();
    assert_eq!(files.len(), 24);
    let (mut n_english, mut n_urdu, mut n_roman) = (0, 0, 0);
    for file in &files {
        for question in questions(file, "en") {
            assert!(!is_roman_urdu(&question), "English taken for Roman Urdu: {question}");
            n_english += 1;
        }
        for question in questions(file, "ur") {
            assert!(!is_roman_urdu(&question), "Urdu taken for Roman Urdu: {question}");
            n_urdu += 1;
        }
        for question in questions(file, "roman") {
            assert!(is_roman_urdu(&question), "Roman Urdu missed: {question}");
            n_roman += 1;
        }
    }
    assert!(n_english >= 24 * 4 && n_urdu >= 24 * 4 && n_roman >= 24 * 4, "{n_english} {n_urdu} {n_roman}");
}

#[test]
fn list_words_become_urdu() {
    assert_eq!(urdu("paudhe apna khana kaise banate hain"), "پودے اپنا کھانا کیسے بناتے ہیں");
    assert_eq!(urdu("maqnatees kya hai"), "مقناطیس کیا ہے");
    assert_eq!(urdu("barish kaise hoti hai?"), "بارش کیسے ہوتی ہے");
    // "kisy" (whom) is not "kesy" (how).
    assert_eq!(urdu("kisy"), "کسے");
    // Phrases of several Roman words, with or without the izafat.
    assert_eq!(urdu("nizam e shamsi mein kitne sayyare hain"), "نظام شمسی میں کتنے سیارے ہیں");
    assert_eq!(urdu("nizam-e-shamsi"), "نظام شمسی");
    assert_eq!(urdu("qutubnuma"), "قطب نما");
}

#[test]
fn numbers_keep_their_fraction_bar_point_and_percentage_sign() {
    // Else "1/4" would be read as the two numbers 1 and 4 in the transliteration.
    let text = urdu("salary 36000 rupay hai, 1/4 kiraya, 2.5 kilo aur 20% bachay, 7:30 baje, 3,000 log");
    for number in ["36000", "1/4", "2.5", "20%", "7:30", "3,000"] {
        assert!(text.split(' ').any(|word| word == number), "{number} in {text}");
    }
    assert_eq!(urdu("ek baat, phir 2 ya 3."), "ایک بات پھر 2 یا 3");
}

#[test]
fn spelling_variants_meet() {
    for (a, b) in [
        ("kia", "kya"),
        ("hy", "hai"),
        ("he", "hai"),
        ("pani", "paani"),
        ("kese", "kaise"),
        ("nhi", "nahi"),
        ("kisy", "kise"),
    ] {
        assert_eq!(urdu(a), urdu(b), "{a} / {b}");
    }
    // Not listed, but the same sound as a listed spelling.
    assert_eq!(urdu("maqnateess"), "مقناطیس");
    assert_eq!(urdu("baarishh"), "بارش");
}

#[test]
fn english_words_stay_english() {
    let is_english = |word: &str| matches!(word, "photosynthesis" | "plants" | "what");
    let result = to_urdu("photosynthesis kya hai", None, &is_english);
    assert_eq!(result.urdu, "photosynthesis کیا ہے");
    assert_eq!(result.english, ["photosynthesis"]);
    assert_eq!(
        result.words,
        [
            ("photosynthesis".to_owned(), None),
            ("kya".to_owned(), Some("کیا".to_owned())),
            ("hai".to_owned(), Some("ہے".to_owned()))
        ]
    );
    // A Roman Urdu word is Urdu even when the English test would take it.
    let says_all_english = |_: &str| true;
    assert_eq!(to_urdu("barish kya hai", None, &says_all_english).urdu, "بارش کیا ہے");
    // Digits pass through.
    assert_eq!(urdu("180 darje"), "180 درجے");
}

#[test]
fn the_vocabulary_finds_unlisted_spellings() {
    let vocabulary = Vocabulary::new([("مقناطیس", 5), ("مقناطیسی", 3), ("بارش", 4), ("ہمیشہ", 2), ("kg", 9)]);
    assert_eq!(vocabulary.len(), 4, "Latin words are left out");
    for spelling in ["maqnatis", "magnatees", "maqnatees", "mignatis"] {
        assert_eq!(vocabulary.nearest(spelling).unwrap().word, "مقناطیس", "{spelling}");
    }
    assert_eq!(vocabulary.nearest("magnateesi").unwrap().word, "مقناطیسی");
    assert_eq!(vocabulary.nearest("humesha").unwrap().word, "ہمیشہ");
    // Nothing near enough: a wrong word is worse than none.
    assert_eq!(vocabulary.nearest("kitab"), None);
    assert_eq!(vocabulary.nearest("badal"), None);
    let transliteration = to_urdu("humesha barsh", Some(&vocabulary), &no_english);
    assert_eq!(transliteration.urdu, "ہمیشہ بارش");
}

#[test]
fn ties_go_to_the_more_frequent_word() {
    // ساز and صاذ sound the same (s, z); the frequency decides.
    let vocabulary = Vocabulary::new([("صاذ", 1), ("ساز", 9)]);
    assert_eq!(vocabulary.nearest("saaz").unwrap().word, "ساز");
    let vocabulary = Vocabulary::new([("صاذ", 9), ("ساز", 1)]);
    assert_eq!(vocabulary.nearest("saaz").unwrap().word, "صاذ");
    // A nearer word wins over a more frequent one.
    let vocabulary = Vocabulary::new([("پودا", 50), ("پودے", 1)]);
    assert_eq!(vocabulary.nearest("podey").unwrap().word, "پودے");
}

#[test]
fn pack_words_are_shown_as_written() {
    // A pack stores folded words: ھ as ہ, ے as ی.
    let vocabulary = Vocabulary::new([("ٹہنڈک", 1), ("پتی", 1), ("سمجہدار", 1)]);
    assert_eq!(to_urdu("thandak", Some(&vocabulary), &no_english).urdu, "ٹھنڈک");
    assert_eq!(to_urdu("patte", Some(&vocabulary), &no_english).urdu, "پتے");
    assert_eq!(to_urdu("samajhdar", Some(&vocabulary), &no_english).urdu, "سمجھدار");
}

#[test]
fn common_english_words_are_not_guessed_into_urdu() {
    // The nearest Urdu word of "concave" was کیونکہ (because), of "median" معدنی (mineral).
    let vocabulary = Vocabulary::new([("کیونکہ", 9), ("معدنی", 3), ("آئینہ", 2), ("دوست", 2)]);
    let result = to_urdu("concave aaina kya hota hai", Some(&vocabulary), &no_english);
    assert_eq!(result.urdu, "concave آئینہ کیا ہوتا ہے");
    assert_eq!(result.english, ["concave"]);
    assert_eq!(to_urdu("median kya hai", Some(&vocabulary), &no_english).english, ["median"]);
    // An English word that sounds like an Urdu word of the vocabulary is that word.
    assert_eq!(to_urdu("dost", Some(&vocabulary), &no_english).urdu, "دوست");
}

#[test]
fn everyday_urdu_words_are_not_guessed_into_pack_words() {
    // "aurat" was the pack's رات (night) and "shayad" شادی (a wedding): common Urdu words that
    // sound the same win over a pack word that only sounds near.
    let vocabulary = Vocabulary::new([("رات", 9), ("شادی", 3), ("چھینک", 1), ("بارش", 4), ("دراز", 1)]);
    let urdu_with = |text: &str| to_urdu(text, Some(&vocabulary), &no_english).urdu;
    assert_eq!(urdu_with("aurat"), "عورت");
    assert_eq!(urdu_with("darwaza"), "دروازہ");
    // A pack word that sounds nearly the same stays: the lessons' word is what search needs.
    assert_eq!(urdu_with("cheenk"), "چھینک");
    assert_eq!(urdu_with("barish"), "بارش");
    // "kin" (which, of many) was guessed as کیوں (why) and made the question a "why".
    let kin = to_urdu("pani kin cheezon me hota hai", Some(&vocabulary), &no_english).urdu;
    assert!(kin.contains(" کن ") && !kin.contains("کیوں"), "{kin}");
    // A common English word is still English, though Urdu writes it too.
    assert_eq!(to_urdu("median kya hai", Some(&vocabulary), &no_english).english, ["median"]);
}

#[test]
fn unknown_words_are_kept_for_english_search() {
    let vocabulary = Vocabulary::new([("بارش", 4)]);
    let result = to_urdu("fotosinthesis kya hai", Some(&vocabulary), &no_english);
    assert_eq!(result.english, ["fotosinthesis"]);
    assert!(result.urdu.starts_with("fotosinthesis "), "{}", result.urdu);
}

#[test]
fn plural_endings_follow_the_lexicon() {
    let vocabulary = Vocabulary::new([("سروں", 9), ("کڑیوں", 9)]);
    let urdu_with = |text: &str| to_urdu(text, Some(&vocabulary), &no_english).urdu;
    // کسروں is no pack word, and سروں sounds near; the lexicon's کسر with its ending is nearer.
    assert_eq!(urdu_with("kasron"), "کسروں");
    assert_eq!(urdu_with("gaariyon"), "گاڑیوں");
    assert_eq!(urdu_with("sayon"), "سایوں");
    assert_eq!(urdu_with("lakeeren"), "لکیریں");
    assert_eq!(urdu_with("bimariyan"), "بیماریاں");
}
