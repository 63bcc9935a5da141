//! Whether a text is written in its locale's own letters. Urdu and Punjabi (Shahmukhi) use
//! Urdu letters, and their Arabic look-alikes (ي ك ه) break search and fonts. Pashto and Sindhi
//! have letters of their own for sounds Urdu writes with ٹ ڈ ڑ (Pashto ټ ډ ړ, Sindhi ٽ ڊ ڙ),
//! and neither writes Urdu's ہ or ے: those letters in Pashto or Sindhi text are Urdu left in.
//! Text of an Arabic-script locale written in Latin letters is English left untranslated.

/// The first letter of `text` that `locale` does not write, and the one it writes instead.
fn foreign_letter(locale: &str, text: &str) -> Option<(char, char)> {
    let instead = |c: char| match (locale, c) {
        ("ur" | "pa-Arab", '\u{064A}' | '\u{0649}') => Some('ی'),
        ("ur" | "pa-Arab", '\u{0643}') => Some('ک'),
        ("ur" | "pa-Arab", '\u{0647}') => Some('ہ'),
        ("ps", 'ٹ') => Some('ټ'),
        ("ps", 'ڈ') => Some('ډ'),
        ("ps", 'ڑ') => Some('ړ'),
        ("ps", 'ں') => Some('ڼ'),
        ("ps", 'ے') => Some('ې'),
        ("ps", 'ہ' | 'ھ') | ("sd", 'ہ') => Some('ه'),
        ("sd", 'ٹ') => Some('ٽ'),
        ("sd", 'ڈ') => Some('ڊ'),
        ("sd", 'ڑ') => Some('ڙ'),
        ("sd", 'ے') => Some('ي'),
        _ => None,
    };
    text.chars().find_map(|c| instead(c).map(|wanted| (c, wanted)))
}

fn language(locale: &str) -> &'static str {
    match locale {
        "ur" => "Urdu",
        "ps" => "Pashto",
        "sd" => "Sindhi",
        "pa-Arab" => "Punjabi (Shahmukhi)",
        _ => "English",
    }
}

/// Whether most letters of `text` are Latin (a few, such as "N" for a magnet's pole, are fine).
fn mostly_latin(text: &str) -> bool {
    let latin = text.chars().filter(char::is_ascii_alphabetic).count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    latin >= 4 && latin * 2 > letters
}

/// What is wrong with the letters of `text` written for `locale`, if anything.
pub(crate) fn problem(locale: &str, text: &str) -> Option<String> {
    if locale == "en" {
        return None;
    }
    let name = language(locale);
    if let Some((found, wanted)) = foreign_letter(locale, text) {
        let kind = if matches!(locale, "ur" | "pa-Arab") { "Arabic" } else { "Urdu" };
        return Some(format!(
            "{kind} letter {found} (U+{:04X}) in {name} text; write {wanted} (U+{:04X})",
            found as u32, wanted as u32
        ));
    }
    mostly_latin(text).then(|| format!("{name} text in Latin letters: {}", text.trim()))
}

#[cfg(test)]
mod tests {
    use super::problem;

    #[test]
    fn each_locale_is_held_to_its_own_letters() {
        assert!(problem("ur", "مقناطیس لوہے کو کھینچتا ہے").is_none());
        assert!(problem("ur", "مقناطيس").unwrap().contains("U+064A"));
        assert!(problem("pa-Arab", "کھچ").is_none());
        assert!(problem("pa-Arab", "كھچ").is_some());
        // Sindhi writes ي, ه, ڪ and its own ٽ ڊ ڙ; Urdu's ٹ and ہ are Urdu left in.
        assert!(problem("sd", "ٻار اسڪول ۾ پڙهن ٿا").is_none());
        assert!(problem("sd", "ٹماٹر").unwrap().contains("write ٽ"));
        assert!(problem("sd", "گھر").is_none(), "Sindhi writes aspirates with ھ");
        assert!(problem("sd", "یہ").unwrap().contains("write ه"));
        // Pashto writes ټ ډ ړ ڼ ې and never ھ.
        assert!(problem("ps", "ګډ ضربي جز").is_none());
        assert!(problem("ps", "ڈاکٹر").unwrap().contains("Urdu letter"));
        assert!(problem("ps", "دھوپ").unwrap().contains("write ه"));
    }

    #[test]
    fn english_left_in_a_translation_is_found() {
        assert!(problem("ps", "A magnet attracts iron").unwrap().contains("Latin letters"));
        assert!(problem("sd", "اتر قطب (N)").is_none());
        assert!(problem("en", "A magnet attracts iron").is_none());
    }
}
