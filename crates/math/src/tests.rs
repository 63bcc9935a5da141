//! Unit tests of the word lists, the tokenizer and number display.

use super::*;
use crate::display::{decimal, decimal_cut, grouped, mixed, Grouping};
use crate::exact::{fraction, int};
use crate::lexicon::{Cue, Lexicon};
use crate::tokens::{tokenize, Form, Op};

#[test]
fn every_cue_has_a_section_and_every_section_a_cue() {
    let lexicon = Lexicon::get();
    let mut sections = lexicon.cue_sections();
    let mut cues: Vec<&str> = Cue::ALL.iter().map(|c| c.section()).collect();
    sections.sort();
    cues.sort();
    assert_eq!(sections, cues);
    assert!(Cue::ALL.iter().all(|cue| !lexicon.phrases(*cue).is_empty()));
}

#[test]
fn every_unit_section_is_a_unit() {
    let source = include_str!("../data/units.txt");
    for line in source.lines().filter(|l| l.starts_with('[')) {
        let code = line.trim_matches(|c| c == '[' || c == ']');
        assert!(Unit::ALL.iter().any(|u| u.as_str() == code), "unknown unit section {code}");
    }
    assert!(Lexicon::get().units().len() >= 10);
}

fn numbers(text: &str) -> Vec<(Q, Form, bool, Option<Unit>)> {
    tokenize(&textnorm::fold(text))
        .unwrap()
        .into_iter()
        .filter_map(|t| match t {
            Token::Number(n) => Some((n.value.unwrap(), n.form, n.percent, n.unit)),
            _ => None,
        })
        .collect()
}

use crate::exact::Q;

#[test]
fn numbers_are_read_in_every_written_form() {
    let read = numbers("2 1/2 and 3/4, 0.25, 25%, Rs. 240, 3,47,582, ۱۲ and ٣/٤ and 12,15,18");
    let values: Vec<Q> = read.iter().map(|r| r.0).collect();
    assert_eq!(
        values,
        vec![
            fraction(5, 2).unwrap(),
            fraction(3, 4).unwrap(),
            fraction(1, 4).unwrap(),
            int(25),
            int(240),
            int(347_582),
            int(12),
            fraction(3, 4).unwrap(),
            int(12),
            int(15),
            int(18),
        ]
    );
    assert_eq!(read[0].1, Form::Mixed);
    assert_eq!(read[2].1, Form::Decimal { places: 2 });
    assert!(read[3].2);
    assert_eq!(read[4].3, Some(Unit::Rupees));
}

#[test]
fn units_take_the_longest_phrase() {
    let read = numbers("40 km per hour for 3 hours, 60 کلومیٹر فی گھنٹہ, 120 km, 5 km/h, 20 square metres");
    let units: Vec<Option<Unit>> = read.iter().map(|r| r.3).collect();
    assert_eq!(
        units,
        vec![
            Some(Unit::KilometresPerHour),
            Some(Unit::Hours),
            Some(Unit::KilometresPerHour),
            Some(Unit::Kilometres),
            Some(Unit::KilometresPerHour),
            Some(Unit::SquareMetres),
        ]
    );
}

#[test]
fn operators_need_numbers_on_both_sides() {
    let ops = |text: &str| -> Vec<Op> {
        tokenize(&textnorm::fold(text))
            .unwrap()
            .into_iter()
            .filter_map(|t| match t {
                Token::Op { op, .. } => Some(op),
                _ => None,
            })
            .collect()
    };
    assert_eq!(ops("12 x 7"), vec![Op::Multiply]);
    assert_eq!(ops("12 into 7 minus 3"), vec![Op::Multiply, Op::Subtract]);
    assert_eq!(ops("144 / 12"), vec![Op::Divide]);
    assert_eq!(ops("3 جمع 4"), vec![Op::Add]);
    assert!(ops("a 3-digit number, x marks the spot").is_empty());
    assert!(tokenize(&textnorm::fold("born on 14/8/1947")).is_err());
}

#[test]
fn numbers_are_displayed_as_the_textbook_writes_them() {
    assert_eq!(grouped(34_758_200, Grouping::Pakistani), "3,47,58,200");
    assert_eq!(grouped(34_758_200, Grouping::International), "34,758,200");
    assert_eq!(grouped(582, Grouping::Pakistani), "582");
    assert_eq!(mixed(&fraction(11, 8).unwrap()), "1 3/8");
    assert_eq!(mixed(&fraction(-11, 8).unwrap()), "-1 3/8");
    assert_eq!(decimal(&fraction(1, 4).unwrap()).as_deref(), Some("0.25"));
    assert_eq!(decimal(&fraction(1, 3).unwrap()), None);
    assert_eq!(decimal_cut(&fraction(2, 3).unwrap(), 3), "0.666…");
}

#[test]
fn every_number_word_line_is_read() {
    let source = include_str!("../data/number-words.txt");
    let lines = source.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).count();
    assert_eq!(Lexicon::get().number_word_count(), lines, "a line of number-words.txt is not `value word`");
    assert_eq!(Lexicon::get().number_word(&textnorm::fold("پچھتر")).map(|w| w.value), Some(75));
    assert!(Lexicon::get().number_word("one").is_some_and(|w| w.ambiguous));
}

#[test]
fn numbers_in_words_are_read_with_their_places() {
    let spoken = |text: &str| {
        let problem = crate::problem::Problem::read(text).unwrap();
        crate::words::number_word_spans(&problem).iter().map(|s| s.value).collect::<Vec<_>>()
    };
    assert_eq!(spoken("six crore, four lakh and five thousand"), [60_405_000]);
    assert_eq!(spoken("two million three hundred thousand"), [2_300_000]);
    assert_eq!(spoken("چار کروڑ، بیس لاکھ، پانچ سو"), [42_000_500]);
    assert_eq!(spoken("twenty five and four"), [25, 4]);
    // Everyday words alone are not numbers; inside a number they are.
    assert_eq!(spoken("one pencil, ایک بس, do it"), Vec::<i128>::new());
    assert_eq!(spoken("ایک سو"), [100]);
    // Places must get smaller: "lakh crore" is two numbers' worth of places, not one.
    assert_eq!(spoken("five lakh two crore"), [500_000, 20_000_000]);
}

#[test]
fn every_fraction_word_line_is_read() {
    let source = include_str!("../data/fraction-words.txt");
    let lines = source.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).count();
    assert_eq!(Lexicon::get().fraction_words().len(), lines, "a line of fraction-words.txt is not `value phrase`");
}

#[test]
fn amounts_said_in_words_are_read() {
    let amounts = |text: &str| {
        let problem = crate::problem::Problem::read(text).unwrap();
        crate::words::amounts(&problem).iter().map(|a| a.value).collect::<Vec<_>>()
    };
    assert_eq!(amounts("ڈھائی کلو اور ڈیڑھ سو"), [fraction(5, 2).unwrap(), int(150)]);
    assert_eq!(amounts("ساڑھے تین سو روپے"), [int(350)]);
    assert_eq!(amounts("پونے دو کلو"), [fraction(7, 4).unwrap()]);
    assert_eq!(amounts("sawa lakh log"), [int(125_000)]);
    assert_eq!(amounts("two and a half metres"), [fraction(5, 2).unwrap()]);
    assert_eq!(amounts("saadhe 3 kilo"), [fraction(7, 2).unwrap()]);
    assert_eq!(amounts("five apples"), [int(5)]);
    // An everyday word is an amount before a unit (not "one", which solvers read as "each"),
    // before "and a half", or joined to a number.
    assert_eq!(amounts("do kilo"), [int(2)]);
    assert_eq!(amounts("one and a half"), [fraction(3, 2).unwrap()]);
    assert_eq!(amounts("do aur do"), [int(2), int(2)]);
    assert!(amounts("ek kilo, do it, ایک اور سوال, sare bache, paune").is_empty());
    // A count over a denominator word; an English ordinal alone is no fraction.
    assert_eq!(amounts("do tihai"), [fraction(2, 3).unwrap()]);
    assert_eq!(amounts("three fifths"), [fraction(3, 5).unwrap()]);
    assert_eq!(amounts("ایک تہائی اور چوتھائی"), [fraction(1, 3).unwrap(), fraction(1, 4).unwrap()]);
    assert!(amounts("the third angle").is_empty());
    assert_eq!(amounts("forty-two apples and 3"), [int(42)]);
    // A count of the other numbers that names them is not an amount.
    assert!(amounts("two ribbons are 48 cm and 72 cm").is_empty());
    assert_eq!(amounts("three bananas cost 60 rupees, how much for 5"), [int(3)]);
    // Nothing is left after taking a quarter from nothing.
    assert!(amounts("paune sifr").is_empty());
}

#[test]
fn clock_times_and_dozens_are_read() {
    let problem = crate::problem::Problem::read("leave at 7:00 with 2 dozen eggs").unwrap();
    assert!(problem.tokens.iter().any(|t| matches!(t, Token::ClockTime(_))));
    assert_eq!(numbers("leave at 7:00 with 2 dozen eggs"), [(int(24), Form::Whole, false, None)]);
    assert_eq!(numbers("a dozen"), [(int(12), Form::Whole, false, None)]);
    // No time of day: numbers with a colon between them, spaced alike, are a ratio and not read.
    for ratio in ["7:30:15", "12:300", "share it in the ratio 2 : 3", "5:3"] {
        assert!(tokenize(&textnorm::fold(ratio)).is_err(), "{ratio}");
    }
    let problem = crate::problem::Problem::read("Q3: 45 + 12 or 12 :30").unwrap();
    assert!(!problem.tokens.iter().any(|t| matches!(t, Token::ClockTime(_))));
    let values: Vec<_> = problem.numbers().iter().map(|(_, n)| n.value.clone().unwrap()).collect();
    assert!(values.ends_with(&[int(45), int(12), int(12), int(30)]), "{values:?}");
}
