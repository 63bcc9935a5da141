//! Folding: the search form of text. Arabic-script letter variants become the Urdu letter,
//! diacritics and joiners disappear, every digit becomes an ASCII digit, Latin text is lower-cased
//! without accents. Display text is never folded; only the search index and queries are.

use unicode_normalization::UnicodeNormalization;

/// Folds one character; `None` drops it (diacritics, tatweel, joiners).
pub fn fold_char(c: char) -> Option<char> {
    let folded = match c {
        // Arabic yeh, alef maksura, Farsi yeh, yeh barree and hamza-on-yeh all search as Urdu ی.
        '\u{064A}' | '\u{0649}' | '\u{06CC}' | '\u{06D2}' | '\u{06D3}' | '\u{0626}' | '\u{06D0}' => '\u{06CC}',
        // Arabic kaf, Urdu keheh and Sindhi/Swash kaf all search as ک.
        '\u{0643}' | '\u{06A9}' | '\u{06AA}' => '\u{06A9}',
        // Arabic heh, heh goal, do-chashmi heh, teh marbuta and their hamza forms search as ہ.
        '\u{0647}' | '\u{06C1}' | '\u{06BE}' | '\u{0629}' | '\u{06C3}' | '\u{06C2}' | '\u{06D5}' => '\u{06C1}',
        // Alef with madda or hamza searches as plain alef; waw with hamza as waw.
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => '\u{0627}',
        '\u{0624}' => '\u{0648}',
        // Arabic-Indic and Extended Arabic-Indic (Urdu) digits become ASCII digits.
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        // Arabic decimal and thousands separators.
        '\u{066B}' => '.',
        '\u{066C}' => ',',
        // Harakat, tanween, shadda, sukun, superscript alef, Quranic marks, tatweel, joiners.
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' => return None,
        '\u{0640}' | '\u{200C}' | '\u{200D}' | '\u{200E}' | '\u{200F}' | '\u{FEFF}' => return None,
        // Arabic punctuation is punctuation.
        '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{06D4}' => ' ',
        _ => c,
    };
    Some(folded)
}

/// The search form of a text (see the module comment).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // NFKC first turns presentation forms (ﻻ, ﯾ) into ordinary letters; NFD then splits Latin
    // accents off so that they can be dropped as combining marks.
    for c in text.nfkc().flat_map(|c| c.to_lowercase()).nfd() {
        if is_combining_mark(c) && !crate::is_arabic_script(c) {
            continue;
        }
        if let Some(f) = fold_char(c) {
            out.push(f);
        }
    }
    out.nfc().collect()
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// A key that spells a folded word the way it sounds, so that a child's phonetic spelling meets
/// the book's: English "fotosinthesis" and "photosynthesis" share a key, and so do Urdu words
/// written with letters that sound alike (س ص ث, ز ذ ض ظ, ت ط, ہ ح).
pub fn sound_key(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut key: Vec<char> = Vec::with_capacity(chars.len());
    let mut idx = 0;
    while idx < chars.len() {
        let c = chars[idx];
        let next = chars.get(idx + 1).copied();
        let mapped = match (c, next) {
            ('p', Some('h')) => {
                idx += 1;
                'f'
            }
            ('c', Some('k')) | ('k', Some('n')) | ('w', Some('r')) => {
                idx += 1;
                chars[idx]
            }
            ('t' | 'g' | 'w' | 'r' | 'k', Some('h')) => {
                idx += 1;
                c
            }
            ('c', Some('e' | 'i' | 'y')) => 's',
            ('c' | 'q', _) => 'k',
            ('z', _) => 's',
            ('y', _) => 'i',
            ('ث' | 'ص', _) => 'س',
            ('ذ' | 'ض' | 'ظ', _) => 'ز',
            ('ط', _) => 'ت',
            ('ح', _) => 'ہ',
            ('ں', _) => 'ن',
            ('ع', _) => 'ا',
            _ => c,
        };
        if key.last() != Some(&mapped) {
            key.push(mapped);
        }
        idx += 1;
    }
    key.into_iter().collect()
}
