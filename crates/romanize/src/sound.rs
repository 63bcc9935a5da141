//! Sound strings: a Roman Urdu word and an Urdu-script word written in the same small alphabet,
//! so that "maqnatees" and مقناطیس can be compared. Urdu leaves short vowels unwritten and
//! children spell vowels as they please, so vowels are three loose classes (a, i, u) that cost
//! little to add, drop or swap; consonants that sound alike share a symbol (q and k, the four
//! z letters, the three s letters); aspiration is a separate, cheap `h`.

/// The symbols: consonants `b c d f g j k l m n p r s S t z`, `h`, the glides `v` and `y`, and
/// the vowel classes `a i u`. `S` is sh, `c` is ch.
pub(crate) type Sound = Vec<u8>;

fn is_vowel(symbol: u8) -> bool {
    matches!(symbol, b'a' | b'i' | b'u')
}

fn is_vowel_letter(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

fn push(sound: &mut Sound, symbol: u8) {
    if sound.last() != Some(&symbol) {
        sound.push(symbol);
    }
}

/// The sound of a Roman Urdu word (lower-case Latin letters; anything else is skipped).
pub(crate) fn roman_sound(word: &str) -> Sound {
    let letters: Vec<char> = word.chars().filter(char::is_ascii_alphabetic).map(|c| c.to_ascii_lowercase()).collect();
    let mut sound = Sound::with_capacity(letters.len());
    let mut idx = 0;
    while idx < letters.len() {
        let next = letters.get(idx + 1).copied();
        let symbol = match letters[idx] {
            's' if next == Some('h') => {
                idx += 1;
                b'S'
            }
            'c' if next == Some('h') => {
                idx += 1;
                b'c'
            }
            'c' if matches!(next, Some('e' | 'i' | 'y')) => b's',
            'c' | 'q' | 'k' => b'k',
            'x' => {
                push(&mut sound, b'k');
                b's'
            }
            'w' | 'v' => b'v',
            'y' if next.is_some_and(is_vowel_letter) => b'y',
            'y' | 'e' | 'i' => b'i',
            'o' | 'u' => b'u',
            other => other as u8,
        };
        push(&mut sound, symbol);
        idx += 1;
    }
    sound
}

/// The sound of an Urdu-script word, folded or not.
pub(crate) fn urdu_sound(word: &str) -> Sound {
    let letters: Vec<char> = textnorm::fold(word).chars().collect();
    let mut sound = Sound::with_capacity(letters.len() + 2);
    let last = letters.len().saturating_sub(1);
    for (idx, &letter) in letters.iter().enumerate() {
        let prev = if idx > 0 { Some(letters[idx - 1]) } else { None };
        let next = letters.get(idx + 1).copied();
        let symbols: &[u8] = match letter {
            'ا' | 'ع' => b"a",
            'ب' => b"b",
            'پ' => b"p",
            'ت' | 'ٹ' | 'ط' | 'ټ' => b"t",
            'ث' | 'س' | 'ص' => b"s",
            'ج' => b"j",
            'چ' => b"c",
            'ح' => b"h",
            'خ' => b"kh",
            'د' | 'ڈ' | 'ډ' => b"d",
            'ذ' | 'ز' | 'ض' | 'ظ' | 'ژ' | 'ږ' => b"z",
            'ر' | 'ڑ' | 'ړ' => b"r",
            'ش' | 'ښ' => b"S",
            'غ' => b"gh",
            'ف' => b"f",
            'ق' | 'ک' => b"k",
            'گ' | 'ګ' => b"g",
            'ل' => b"l",
            'م' => b"m",
            'ن' | 'ں' | 'ڼ' => b"n",
            'و' if idx == 0 || next == Some('ا') => b"v",
            'و' => b"u",
            'ی' if idx == 0 || matches!(next, Some('ا' | 'و')) => b"y",
            'ی' => b"i",
            // A final ہ after a consonant is the vowel of مادہ, ہاضمہ.
            'ہ' if idx == last && idx >= 2 && prev.is_some_and(|p| !matches!(p, 'ا' | 'و' | 'ی' | 'ہ')) => b"a",
            'ہ' => b"h",
            _ => b"",
        };
        for &symbol in symbols {
            push(&mut sound, symbol);
        }
    }
    sound
}

/// The consonants of a sound without `h` and the glides: what Roman Urdu and Urdu spellings of
/// one word almost always share. Used as the index key.
pub(crate) fn skeleton(sound: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(sound.len());
    for &symbol in sound.iter().filter(|s| !is_vowel(**s) && !matches!(**s, b'h' | b'v' | b'y')) {
        push(&mut out, symbol);
    }
    out
}

/// The cost of a symbol that one spelling has and the other lacks.
fn gap_cost(symbol: u8) -> f32 {
    match symbol {
        b'a' | b'i' | b'u' => 0.25,
        b'h' | b'v' | b'y' => 0.4,
        _ => 1.0,
    }
}

/// Pairs of symbols that children and dialects swap: sh/s, j/z, ph/f, k/g, ڑ/d, ڈ/t.
const NEAR: [(u8, u8); 6] = [(b'S', b's'), (b'j', b'z'), (b'p', b'f'), (b'k', b'g'), (b'r', b'd'), (b't', b'd')];

fn substitution_cost(a: u8, b: u8) -> f32 {
    if a == b {
        0.0
    } else if is_vowel(a) && is_vowel(b) {
        0.3
    } else if matches!((a, b), (b'v', b'u') | (b'u', b'v') | (b'y', b'i') | (b'i', b'y')) {
        0.2
    } else if NEAR.iter().any(|&(x, y)| (x, y) == (a, b) || (y, x) == (a, b)) {
        0.5
    } else {
        gap_cost(a) + gap_cost(b)
    }
}

/// A weighted edit distance between two sounds (see the module comment for the weights).
pub(crate) fn distance(a: &[u8], b: &[u8]) -> f32 {
    let mut previous: Vec<f32> = Vec::with_capacity(b.len() + 1);
    previous.push(0.0);
    for &symbol in b {
        let last = *previous.last().unwrap_or(&0.0);
        previous.push(last + gap_cost(symbol));
    }
    let mut current = vec![0.0f32; b.len() + 1];
    for &symbol_a in a {
        current[0] = previous[0] + gap_cost(symbol_a);
        for (col, &symbol_b) in b.iter().enumerate() {
            let substitute = previous[col] + substitution_cost(symbol_a, symbol_b);
            let delete = previous[col + 1] + gap_cost(symbol_a);
            let insert = current[col] + gap_cost(symbol_b);
            current[col + 1] = substitute.min(delete).min(insert);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// The largest distance at which a Roman Urdu word of this sound still meets an Urdu word: a
/// few vowels and an aspiration for a short word, one wrong consonant for a long one.
pub(crate) fn max_distance(roman: &[u8]) -> f32 {
    let n_consonants = roman.iter().filter(|s| !is_vowel(**s)).count() as f32;
    0.5 + 0.2 * n_consonants
}
