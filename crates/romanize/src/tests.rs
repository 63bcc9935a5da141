//! Unit tests of the sound strings: Roman and Urdu spellings of a word meet, and the distance
//! weighs vowels lightly.

use crate::sound::{distance, roman_sound, skeleton, urdu_sound};

fn text(sound: &[u8]) -> String {
    String::from_utf8(sound.to_vec()).unwrap()
}

#[test]
fn roman_and_urdu_spellings_share_a_sound() {
    assert_eq!(text(&roman_sound("maqnatees")), "maknatis");
    assert_eq!(text(&urdu_sound("مقناطیس")), "mknatis");
    assert_eq!(text(&roman_sound("awaz")), text(&urdu_sound("آواز")));
    assert_eq!(text(&roman_sound("roshni")), text(&urdu_sound("روشنی")));
    assert_eq!(text(&roman_sound("khana")), text(&urdu_sound("کھانا")));
    assert_eq!(text(&roman_sound("hazma")), text(&urdu_sound("ہاضمہ")));
    assert_eq!(text(&roman_sound("kya")), text(&urdu_sound("کیا")));
}

#[test]
fn skeletons_drop_vowels_glides_and_aspiration() {
    assert_eq!(text(&skeleton(&roman_sound("paudhe"))), "pd");
    assert_eq!(text(&skeleton(&urdu_sound("پودے"))), "pd");
    assert_eq!(text(&skeleton(&roman_sound("magnatees"))), "mgnts");
}

#[test]
fn vowels_cost_less_than_consonants() {
    let near = distance(&roman_sound("barish"), &urdu_sound("بارش"));
    let far = distance(&roman_sound("barish"), &urdu_sound("بادل"));
    assert!(near < 0.5, "{near}");
    assert!(far > 1.0, "{far}");
    assert!(
        distance(&roman_sound("paudhe"), &urdu_sound("پودے")) < distance(&roman_sound("paudhe"), &urdu_sound("پودا"))
    );
}
