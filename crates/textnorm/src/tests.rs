//! Unit tests of folding, terms, stemming, sound keys and distances.

use super::*;

#[test]
fn arabic_letter_variants_fold_to_urdu() {
    // Arabic yeh/kaf/heh typed on an Arabic keyboard meet the Urdu letters.
    assert_eq!(fold("كيا"), fold("کیا"));
    assert_eq!(fold("پانى"), fold("پانی"));
    assert_eq!(fold("ضیائی تالیفه"), fold("ضیائی تالیفہ"));
    assert_eq!(fold("زكوة"), fold("زکوۃ"));
    assert_eq!(fold("بڑے"), fold("بڑی"));
}

#[test]
fn diacritics_and_joiners_are_dropped() {
    assert_eq!(fold("پَانِی"), "پانی");
    assert_eq!(fold("قُوَّت"), "قوت");
    assert_eq!(fold("ک\u{200C}ے"), fold("کے"));
    assert_eq!(fold("مـــاں"), "ماں");
    assert_eq!(fold("Café NAÏVE"), "cafe naive");
}

#[test]
fn urdu_and_arabic_indic_digits_become_ascii() {
    assert_eq!(fold("۱۲۳۴۵۶۷۸۹۰"), "1234567890");
    assert_eq!(fold("١٢٣"), "123");
    assert_eq!(words("۲۵ فیصد"), vec!["25", "فیصد"]);
}

#[test]
fn urdu_punctuation_separates_words() {
    let split = words("پودے کیا کھاتے ہیں؟کیوں");
    assert_eq!(split.len(), 5);
    assert_eq!(split[3], fold("ہیں"));
}

#[test]
fn terms_drop_stop_words_and_stem() {
    assert_eq!(terms("How do plants make their food?"), vec!["plant", "food"]);
    assert_eq!(terms("Why are the leaves green"), vec!["leav", "green"]);
    assert_eq!(terms("پودے اپنی خوراک کیسے بناتے ہیں"), terms("پودا خوراک بناتا"));
}

#[test]
fn urdu_stems_join_singular_and_plural() {
    assert_eq!(stem(&fold("پودا")), stem(&fold("پودوں")));
    assert_eq!(stem(&fold("لڑکی")), stem(&fold("لڑکیاں")));
    assert_eq!(stem(&fold("بچہ")), stem(&fold("بچے")));
    assert_eq!(stem(&fold("سکھ")), stem(&fold("سکھوں")));
    // Short words keep their letters.
    assert_eq!(stem(&fold("دل")), "دل");
}

#[test]
fn sound_keys_meet_phonetic_spelling() {
    assert_eq!(sound_key("fotosinthesis"), sound_key("photosynthesis"));
    assert_eq!(sound_key("magnit").len(), sound_key("magnet").len());
    assert_eq!(sound_key(&fold("صابن")), sound_key(&fold("سابن")));
    assert_eq!(sound_key(&fold("طاقت")), sound_key(&fold("تاقت")));
    assert_eq!(sound_key("bigger"), "biger");
}

#[test]
fn osa_distance_counts_edits() {
    assert_eq!(osa_distance("magnet", "magnet"), 0);
    assert_eq!(osa_distance("magnit", "magnet"), 1);
    assert_eq!(osa_distance("manget", "magnet"), 1);
    assert_eq!(osa_distance("magnt", "magnet"), 1);
    assert_eq!(osa_distance("abc", ""), 3);
    assert_eq!(osa_distance("پانی", "پانے"), 1);
}

#[test]
fn deletion_variants_meet_for_one_edit() {
    let shares = |a: &str, b: &str| {
        let va = deletion_variants(a);
        deletion_variants(b).iter().any(|v| va.contains(v))
    };
    assert!(shares("magnet", "magnit"));
    assert!(shares("magnet", "manget"));
    assert!(shares("magnet", "magnets"));
    assert!(!shares("magnet", "pollen"));
}

#[test]
fn script_detection() {
    assert_eq!(detect_script("why is the sky blue"), Script::Latin);
    assert_eq!(detect_script("آسمان نیلا کیوں ہے"), Script::Arabic);
    assert_eq!(detect_script("12 + 5"), Script::Unknown);
}

#[test]
fn word_error_rate_counts_word_edits() {
    assert_eq!(word_error_rate("The water cycle.", "the Water cycle"), 0.0);
    assert_eq!(word_error_rate("back again as rain", "back again our rain"), 0.25);
    assert_eq!(word_error_rate("one two", ""), 1.0);
    assert_eq!(word_error_rate("a b", "a x b"), 0.5);
    // Arabic-keyboard letters are the same Urdu word.
    assert_eq!(word_error_rate("پانی کی", "پاني كی"), 0.0);
}

#[test]
fn error_rates_fold_urdu_letters_digits_and_punctuation() {
    assert_eq!(word_error_rate("پودے ۲ پتے۔", "پودے 2 پتے"), 0.0);
    assert_eq!(word_error_rate("مقناطیس لوہا", "مقناطيس لوہے"), 0.5);
    assert_eq!(character_error_rate("abcd", "abed"), 0.25);
    assert_eq!(character_error_rate("ضیائی تالیف", "ضیائیتالیف"), 0.0);
}
