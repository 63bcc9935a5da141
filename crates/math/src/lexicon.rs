//! The engine's word lists (`data/cues.txt`, `data/units.txt`), folded like the child's text so
//! that they meet it whatever the spelling variant, and looked up by [`Cue`] or [`Unit`].

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::exact::{self, Q};
use crate::Unit;

/// A group of words that signals something: an operation, a kind of problem, a place name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    Add,
    Subtract,
    Difference,
    Multiply,
    Divide,
    InfixAdd,
    InfixSubtract,
    InfixMultiply,
    InfixDivide,
    From,
    OutOf,
    ObjectMarker,
    Hcf,
    Lcm,
    Average,
    ToDecimal,
    ToFraction,
    ToPercentage,
    PercentWord,
    Into,
    Of,
    Speed,
    Distance,
    Time,
    Question,
    Filler,
    Area,
    Perimeter,
    Rectangle,
    Square,
    Length,
    Width,
    Side,
    Cost,
    HowMany,
    One,
    RupeePrefix,
    PlaceValue,
    International,
    Pakistani,
    PlaceHundred,
    PlaceThousand,
    PlaceLakh,
    PlaceCrore,
    PlaceArab,
    PlaceMillion,
    PlaceBillion,
    Dozen,
    InDigits,
    ListAnd,
    OutOfTotal,
    StoryAdd,
    StorySubtract,
    HcfMost,
    HcfAlike,
    LcmTogether,
    LcmEvery,
    Them,
    OperandLink,
    Bigger,
    Smaller,
    Same,
    Which,
    CompareOr,
    Than,
    CompareAmount,
    AndMakes,
    Least,
    NoRemainder,
    OfThem,
    Clock,
    BeforeNoon,
    AfterNoon,
    Night,
    ClockStart,
    ClockEnd,
    ClockAsked,
    ChangeBack,
    Received,
    Spend,
    Buy,
    Sell,
    Also,
    Each,
    Not,
    HowManyMore,
    Daily,
    Days,
    Month,
    Label,
    Auxiliary,
    Ordinal,
    Decrease,
    Increase,
    ChangeAfter,
    ChangeBefore,
    Share,
    Remainder,
    NoneOf,
    ChangeNow,
    Repeat,
    Gendered,
    Still,
    Period,
    Pronoun,
    When,
    Correct,
    Wrong,
    MoreWord,
    People,
    Ratio,
    Boys,
    Girls,
    Children,
    Note,
    Paid,
    Apiece,
    Triangle,
    Angle,
    Degree,
    RightAngle,
    OtherAngles,
    ThirdAngle,
    Owner,
    ChangeLast,
}

impl Cue {
    /// Every cue, for telling whether a word is any cue's word.
    pub(crate) const ALL: [Cue; 125] = [
        Cue::Add,
        Cue::Subtract,
        Cue::Difference,
        Cue::Multiply,
        Cue::Divide,
        Cue::InfixAdd,
        Cue::InfixSubtract,
        Cue::InfixMultiply,
        Cue::InfixDivide,
        Cue::From,
        Cue::OutOf,
        Cue::ObjectMarker,
        Cue::Hcf,
        Cue::Lcm,
        Cue::Average,
        Cue::ToDecimal,
        Cue::ToFraction,
        Cue::ToPercentage,
        Cue::PercentWord,
        Cue::Into,
        Cue::Of,
        Cue::Speed,
        Cue::Distance,
        Cue::Time,
        Cue::Question,
        Cue::Filler,
        Cue::Area,
        Cue::Perimeter,
        Cue::Rectangle,
        Cue::Square,
        Cue::Length,
        Cue::Width,
        Cue::Side,
        Cue::Cost,
        Cue::HowMany,
        Cue::One,
        Cue::RupeePrefix,
        Cue::PlaceValue,
        Cue::International,
        Cue::Pakistani,
        Cue::PlaceHundred,
        Cue::PlaceThousand,
        Cue::PlaceLakh,
        Cue::PlaceCrore,
        Cue::PlaceArab,
        Cue::PlaceMillion,
        Cue::PlaceBillion,
        Cue::Dozen,
        Cue::InDigits,
        Cue::ListAnd,
        Cue::OutOfTotal,
        Cue::StoryAdd,
        Cue::StorySubtract,
        Cue::HcfMost,
        Cue::HcfAlike,
        Cue::LcmTogether,
        Cue::LcmEvery,
        Cue::Them,
        Cue::OperandLink,
        Cue::Bigger,
        Cue::Smaller,
        Cue::Same,
        Cue::Which,
        Cue::CompareOr,
        Cue::Than,
        Cue::CompareAmount,
        Cue::AndMakes,
        Cue::Least,
        Cue::NoRemainder,
        Cue::OfThem,
        Cue::Clock,
        Cue::BeforeNoon,
        Cue::AfterNoon,
        Cue::Night,
        Cue::ClockStart,
        Cue::ClockEnd,
        Cue::ClockAsked,
        Cue::ChangeBack,
        Cue::Received,
        Cue::Spend,
        Cue::Buy,
        Cue::Sell,
        Cue::Also,
        Cue::Each,
        Cue::Not,
        Cue::HowManyMore,
        Cue::Daily,
        Cue::Days,
        Cue::Month,
        Cue::Label,
        Cue::Auxiliary,
        Cue::Ordinal,
        Cue::Decrease,
        Cue::Increase,
        Cue::ChangeAfter,
        Cue::ChangeBefore,
        Cue::Share,
        Cue::Remainder,
        Cue::NoneOf,
        Cue::ChangeNow,
        Cue::Repeat,
        Cue::Gendered,
        Cue::Still,
        Cue::Period,
        Cue::Pronoun,
        Cue::When,
        Cue::Correct,
        Cue::Wrong,
        Cue::MoreWord,
        Cue::People,
        Cue::Ratio,
        Cue::Boys,
        Cue::Girls,
        Cue::Children,
        Cue::Note,
        Cue::Paid,
        Cue::Apiece,
        Cue::Triangle,
        Cue::Angle,
        Cue::Degree,
        Cue::RightAngle,
        Cue::OtherAngles,
        Cue::ThirdAngle,
        Cue::Owner,
        Cue::ChangeLast,
    ];

    /// The section of `data/cues.txt` that lists this cue's phrases.
    pub(crate) fn section(self) -> &'static str {
        match self {
            Cue::Add => "add",
            Cue::Subtract => "subtract",
            Cue::Difference => "difference",
            Cue::Multiply => "multiply",
            Cue::Divide => "divide",
            Cue::InfixAdd => "infix-add",
            Cue::InfixSubtract => "infix-subtract",
            Cue::InfixMultiply => "infix-multiply",
            Cue::InfixDivide => "infix-divide",
            Cue::From => "from",
            Cue::OutOf => "out-of",
            Cue::ObjectMarker => "object-marker",
            Cue::Hcf => "hcf",
            Cue::Lcm => "lcm",
            Cue::Average => "average",
            Cue::ToDecimal => "to-decimal",
            Cue::ToFraction => "to-fraction",
            Cue::ToPercentage => "to-percentage",
            Cue::PercentWord => "percent-word",
            Cue::Into => "into",
            Cue::Of => "of",
            Cue::Speed => "speed",
            Cue::Distance => "distance",
            Cue::Time => "time",
            Cue::Question => "question",
            Cue::Filler => "filler",
            Cue::Area => "area",
            Cue::Perimeter => "perimeter",
            Cue::Rectangle => "rectangle",
            Cue::Square => "square",
            Cue::Length => "length",
            Cue::Width => "width",
            Cue::Side => "side",
            Cue::Cost => "cost",
            Cue::HowMany => "how-many",
            Cue::One => "one",
            Cue::RupeePrefix => "rupee-prefix",
            Cue::PlaceValue => "place-value",
            Cue::International => "international",
            Cue::Pakistani => "pakistani",
            Cue::PlaceHundred => "place-hundred",
            Cue::PlaceThousand => "place-thousand",
            Cue::PlaceLakh => "place-lakh",
            Cue::PlaceCrore => "place-crore",
            Cue::PlaceArab => "place-arab",
            Cue::PlaceMillion => "place-million",
            Cue::PlaceBillion => "place-billion",
            Cue::Dozen => "dozen",
            Cue::InDigits => "in-digits",
            Cue::ListAnd => "list-and",
            Cue::OutOfTotal => "out-of-total",
            Cue::StoryAdd => "story-add",
            Cue::StorySubtract => "story-subtract",
            Cue::HcfMost => "hcf-most",
            Cue::HcfAlike => "hcf-alike",
            Cue::LcmTogether => "lcm-together",
            Cue::LcmEvery => "lcm-every",
            Cue::Them => "them",
            Cue::OperandLink => "operand-link",
            Cue::Bigger => "bigger",
            Cue::Smaller => "smaller",
            Cue::Same => "same",
            Cue::Which => "which",
            Cue::CompareOr => "compare-or",
            Cue::Than => "than",
            Cue::CompareAmount => "compare-amount",
            Cue::AndMakes => "and-makes",
            Cue::Least => "least",
            Cue::NoRemainder => "no-remainder",
            Cue::OfThem => "of-them",
            Cue::Clock => "clock",
            Cue::BeforeNoon => "before-noon",
            Cue::AfterNoon => "after-noon",
            Cue::Night => "night",
            Cue::ClockStart => "clock-start",
            Cue::ClockEnd => "clock-end",
            Cue::ClockAsked => "clock-asked",
            Cue::ChangeBack => "change-back",
            Cue::Received => "received",
            Cue::Spend => "spend",
            Cue::Buy => "buy",
            Cue::Sell => "sell",
            Cue::Also => "also",
            Cue::Each => "each",
            Cue::Not => "not",
            Cue::HowManyMore => "how-many-more",
            Cue::Daily => "daily",
            Cue::Days => "days",
            Cue::Month => "month",
            Cue::Label => "label",
            Cue::Auxiliary => "auxiliary",
            Cue::Ordinal => "ordinal",
            Cue::Decrease => "decrease",
            Cue::Increase => "increase",
            Cue::ChangeAfter => "change-after",
            Cue::ChangeBefore => "change-before",
            Cue::Share => "share",
            Cue::Remainder => "remainder",
            Cue::NoneOf => "none-of",
            Cue::ChangeNow => "change-now",
            Cue::Repeat => "repeat",
            Cue::Gendered => "gendered",
            Cue::Still => "still",
            Cue::Period => "period",
            Cue::Pronoun => "pronoun",
            Cue::When => "when",
            Cue::Correct => "correct",
            Cue::Wrong => "wrong",
            Cue::MoreWord => "more-word",
            Cue::People => "people",
            Cue::Ratio => "ratio",
            Cue::Boys => "boys",
            Cue::Girls => "girls",
            Cue::Children => "children",
            Cue::Note => "note",
            Cue::Paid => "paid",
            Cue::Apiece => "apiece",
            Cue::Triangle => "triangle",
            Cue::Angle => "angle",
            Cue::Degree => "degree",
            Cue::RightAngle => "right-angle",
            Cue::OtherAngles => "other-angles",
            Cue::ThirdAngle => "third-angle",
            Cue::Owner => "owner",
            Cue::ChangeLast => "change-last",
        }
    }
}

/// Phrases, each a list of folded words, by section name.
type Sections = BTreeMap<String, Vec<Vec<String>>>;

pub(crate) struct Lexicon {
    cues: Sections,
    units: Vec<(Unit, Vec<Vec<String>>)>,
    number_words: BTreeMap<String, NumberWord>,
    fraction_words: Vec<FractionWord>,
    irregular_verbs: BTreeMap<String, String>,
}

/// A number word of `data/number-words.txt`: its value, and whether it is also an everyday word
/// (then it is a number only inside a longer number).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NumberWord {
    pub(crate) value: i128,
    pub(crate) ambiguous: bool,
}

/// How a fraction word of `data/fraction-words.txt` gives an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FractionUse {
    /// The word is the amount ("ڈھائی").
    Alone,
    /// Added to the number after it ("ساڑھے تین").
    AddedToNext,
    /// Taken from the number after it ("پونے دو").
    TakenFromNext,
    /// Added to the number before it ("two and a half").
    AddedToPrevious,
    /// The number before it over this denominator ("دو تہائی", "three fifths"); the value is one
    /// over the denominator.
    Over,
}

/// A fraction word or phrase (folded words), its amount and how it gives it.
#[derive(Debug, Clone)]
pub(crate) struct FractionWord {
    pub(crate) phrase: Vec<String>,
    pub(crate) value: Q,
    pub(crate) usage: FractionUse,
}

/// Reads `value word`, `+value word`, `-value word`, `&value phrase` and `/denominator word`
/// lines, where the value is a fraction ("3/2"); longest phrases first.
fn parse_fraction_words(source: &str) -> Vec<FractionWord> {
    let mut words = Vec::new();
    for line in source.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let Some((value, phrase)) = line.split_once(' ') else { continue };
        let (usage, value) = match value.split_at(1) {
            ("+", rest) => (FractionUse::AddedToNext, rest),
            ("-", rest) => (FractionUse::TakenFromNext, rest),
            ("&", rest) => (FractionUse::AddedToPrevious, rest),
            ("/", _) => (FractionUse::Over, value),
            _ => (FractionUse::Alone, value),
        };
        // "/3" is one third.
        let value = if usage == FractionUse::Over { format!("1{value}") } else { value.to_owned() };
        let Some((top, bottom)) = value.split_once('/') else { continue };
        let (Ok(top), Ok(bottom)) = (top.parse::<i128>(), bottom.parse::<i128>()) else { continue };
        let (Ok(value), phrase) = (exact::fraction(top, bottom), phrase_words(phrase)) else { continue };
        if !phrase.is_empty() {
            words.push(FractionWord { phrase, value, usage });
        }
    }
    words.sort_by_key(|w| std::cmp::Reverse(w.phrase.len()));
    words
}

/// Reads `value word` lines; `?value` marks an everyday word.
fn parse_number_words(source: &str) -> BTreeMap<String, NumberWord> {
    let mut words = BTreeMap::new();
    for line in source.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let Some((value, word)) = line.split_once(' ') else { continue };
        let ambiguous = value.starts_with('?');
        let Ok(value) = value.trim_start_matches('?').parse::<i128>() else { continue };
        if let [word] = phrase_words(word).as_slice() {
            words.insert(word.clone(), NumberWord { value, ambiguous });
        }
    }
    words
}

/// The folded words of a phrase, split the way the tokenizer splits the child's text.
pub(crate) fn phrase_words(phrase: &str) -> Vec<String> {
    textnorm::fold(phrase).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// Reads a `[section]`-and-lines file; `#` starts a comment line.
fn parse_sections(source: &str) -> Sections {
    let mut sections = Sections::new();
    let mut current: Option<String> = None;
    for line in source.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = Some(name.to_owned());
            sections.entry(name.to_owned()).or_default();
        } else if let Some(name) = &current {
            let words = phrase_words(line);
            if !words.is_empty() {
                sections.get_mut(name).expect("section entered above").push(words);
            }
        }
    }
    // Longest phrases first, so that "km per hour" wins over "km".
    for phrases in sections.values_mut() {
        phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
    }
    sections
}

impl Lexicon {
    pub(crate) fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            let cues = parse_sections(include_str!("../data/cues.txt"));
            let mut unit_sections = parse_sections(include_str!("../data/units.txt"));
            let units = Unit::ALL
                .iter()
                .filter_map(|unit| unit_sections.remove(unit.as_str()).map(|phrases| (*unit, phrases)))
                .collect();
            let number_words = parse_number_words(include_str!("../data/number-words.txt"));
            let fraction_words = parse_fraction_words(include_str!("../data/fraction-words.txt"));
            let irregular_verbs = include_str!("../data/irregular-verbs.txt")
                .lines()
                .filter(|line| !line.starts_with('#'))
                .filter_map(|line| line.split_once(' '))
                .map(|(past, verb)| (past.to_owned(), verb.trim().to_owned()))
                .collect();
            Lexicon { cues, units, number_words, fraction_words, irregular_verbs }
        })
    }

    /// The phrases of a cue, longest first.
    pub(crate) fn phrases(&self, cue: Cue) -> &[Vec<String>] {
        self.cues.get(cue.section()).map_or(&[], Vec::as_slice)
    }

    /// The verb of an English past tense the stemmer does not bring back ("paid" → "pay").
    pub(crate) fn verb_of<'a>(&'a self, word: &'a str) -> &'a str {
        self.irregular_verbs.get(word).map_or(word, String::as_str)
    }

    /// The number word `word` (folded), if it is one.
    pub(crate) fn number_word(&self, word: &str) -> Option<NumberWord> {
        self.number_words.get(word).copied()
    }

    /// The fraction words and phrases, longest first.
    pub(crate) fn fraction_words(&self) -> &[FractionWord] {
        &self.fraction_words
    }

    /// How many number words were read, for the test of the word list.
    #[cfg(test)]
    pub(crate) fn number_word_count(&self) -> usize {
        self.number_words.len()
    }

    /// Units with their phrases.
    pub(crate) fn units(&self) -> &[(Unit, Vec<Vec<String>>)] {
        &self.units
    }

    /// Section names in `data/cues.txt`, for the test that keeps them and [`Cue`] in step.
    #[cfg(test)]
    pub(crate) fn cue_sections(&self) -> Vec<&str> {
        self.cues.keys().map(String::as_str).collect()
    }
}
