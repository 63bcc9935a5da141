//! The child's text as tokens: numbers (whole, decimal, fraction, mixed, with their percentage
//! sign and unit attached), operators, words and other symbols. Works on folded text, so Urdu and
//! Arabic-Indic digits are ASCII digits here.

use crate::display::Grouping;
use crate::exact::{self, Q};
use crate::labels;
use crate::lexicon::{Cue, Lexicon};
use crate::{MathError, Unit};

/// More digits than this in one number is [`MathError::TooLarge`].
const MAX_DIGITS: usize = 18;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    Whole,
    Decimal { places: u32 },
    Fraction,
    Mixed,
}

/// A number as the child wrote it.
#[derive(Debug, Clone)]
pub(crate) struct Num {
    pub(crate) value: Result<Q, MathError>,
    pub(crate) form: Form,
    pub(crate) grouping: Grouping,
    /// The digits of a whole number, without commas.
    pub(crate) digits: String,
    /// A fraction's top and bottom as written ("6/9", whose value is 2/3).
    pub(crate) written: Option<(i128, i128)>,
    pub(crate) percent: bool,
    pub(crate) unit: Option<Unit>,
    /// Written in two units ("1 hour 30 minutes"); the value is in the smaller.
    pub(crate) two_units: Option<crate::labels::TwoUnits>,
}

impl Num {
    /// A number worked out from words ("ڈھائی" is 2 1/2): whole, a fraction below one, or a
    /// mixed number.
    pub(crate) fn from_value(value: Q) -> Num {
        let (numer, denom) = (*value.numer(), *value.denom());
        let (form, digits, written) = if value.is_integer() {
            (Form::Whole, numer.to_string(), None)
        } else if numer < denom {
            (Form::Fraction, String::new(), Some((numer, denom)))
        } else {
            (Form::Mixed, String::new(), None)
        };
        Num {
            value: Ok(value),
            form,
            grouping: Grouping::None,
            digits,
            written,
            percent: false,
            unit: None,
            two_units: None,
        }
    }

    pub(crate) fn is_fraction(&self) -> bool {
        matches!(self.form, Form::Fraction | Form::Mixed)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    Add,
    Subtract,
    Multiply,
    Divide,
}

impl Op {
    /// The sign as the textbook prints it.
    pub(crate) fn symbol(self) -> &'static str {
        match self {
            Op::Add => "+",
            Op::Subtract => "−",
            Op::Multiply => "×",
            Op::Divide => "÷",
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) enum Token {
    Number(Num),
    /// `tight`: written with no space on either side, like "1947-48".
    Op {
        op: Op,
        tight: bool,
    },
    Word(String),
    Symbol(char),
    /// A time of day such as "7:00": not a quantity, but two of them make a length of time.
    ClockTime(Option<Clock>),
    /// A date ("14 August") or a label ("page 64", "class 5", "سوال 2"): not a quantity, and
    /// nothing to account for.
    Label,
}

/// A time of day as written: minutes after midnight on a 12- or 24-hour clock, and "am" or "pm"
/// when it was said after it. "صبح" and "شام" before it are words, read by the solver that
/// needs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Clock {
    pub(crate) minutes: u32,
    pub(crate) half: Option<Half>,
}

/// Before or after noon, or at night ("رات 9 بجے" is after noon, "رات 2 بجے" before it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Half {
    Am,
    Pm,
    Night,
}

/// A token before numbers are put together, with whether a space came before it.
#[derive(Debug, Clone)]
struct Spaced {
    token: Token,
    space_before: bool,
}

/// Why a text is not read at all: it holds something like a date ("14/8/1947") or a ratio
/// ("2 : 3", which is no division and no time of day).
#[derive(Debug)]
pub(crate) struct NotRead;

/// The tokens of `text` (already folded).
pub(crate) fn tokenize(folded: &str) -> Result<Vec<Token>, NotRead> {
    let text = folded.replace("km/hr", " kmph ").replace("km/h", " kmph ").replace("m/s", " mps ");
    let raw = lex(&text)?;
    let raw = join_fractions(raw)?;
    let lexicon = Lexicon::get();
    let raw = dozens(mark_minus_signs(join_mixed_numbers(raw)), lexicon);
    let tokens = attach_signs_and_units(raw, lexicon);
    Ok(operators(labels::labels_and_two_units(tokens, lexicon), lexicon))
}

/// Tokens in which amounts said in words became numbers (`words.rs`): units, percentage signs
/// and operator words are attached to those numbers as to the others.
pub(crate) fn rejoin(tokens: Vec<Token>) -> Vec<Token> {
    let lexicon = Lexicon::get();
    let raw = tokens.into_iter().map(|token| Spaced { token, space_before: true }).collect();
    let raw = dozens(raw, lexicon);
    operators(labels::labels_and_two_units(attach_signs_and_units(raw, lexicon), lexicon), lexicon)
}

fn is_minus(c: char) -> bool {
    matches!(c, '-' | '−' | '–' | '—')
}

/// Characters, words and digit runs.
fn lex(text: &str) -> Result<Vec<Spaced>, NotRead> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut idx = 0;
    let mut space_before = true;
    while idx < chars.len() {
        let c = chars[idx];
        if c.is_whitespace() {
            space_before = true;
            idx += 1;
            continue;
        }
        let start = idx;
        if let Some((len, clock)) = clock_time_at(&chars, idx) {
            out.push(Spaced { token: Token::ClockTime(clock), space_before });
            idx += len;
        } else if c.is_ascii_digit() {
            while idx < chars.len()
                && (chars[idx].is_ascii_digit()
                    || (matches!(chars[idx], ',' | '.') && chars.get(idx + 1).is_some_and(char::is_ascii_digit)))
            {
                idx += 1;
            }
            let run: String = chars[start..idx].iter().collect();
            for (n, num) in digit_run(&run)?.into_iter().enumerate() {
                out.push(Spaced { token: Token::Number(num), space_before: space_before || n > 0 });
            }
        } else if c.is_alphabetic() {
            while idx < chars.len() && chars[idx].is_alphabetic() {
                idx += 1;
            }
            out.push(Spaced { token: Token::Word(chars[start..idx].iter().collect()), space_before });
        } else {
            if c == ':' && ratio_colon(&chars, idx) {
                return Err(NotRead);
            }
            idx += 1;
            // Sentence punctuation separates words and means nothing else here.
            if !matches!(c, '.' | ',' | ';' | '!' | '?' | '"' | '\'' | '“' | '”' | '‘' | '’' | ':') {
                let symbol = match c {
                    '٪' | '﹪' | '％' => '%',
                    '⁄' | '∕' => '/',
                    '✕' | '✖' | '⋅' | '·' => '×',
                    other => other,
                };
                out.push(Spaced { token: Token::Symbol(symbol), space_before });
            }
        }
        space_before = false;
    }
    Ok(out)
}

/// Whether the colon at `at` stands between two numbers spaced alike ("2 : 3", "5:3"), a ratio:
/// a time of day ("7:00") was read before it, and "Q3: 45 + 12" numbers a question.
fn ratio_colon(chars: &[char], at: usize) -> bool {
    let spaces_before = chars[..at].iter().rev().take_while(|c| c.is_whitespace()).count();
    let spaces_after = chars[at + 1..].iter().take_while(|c| c.is_whitespace()).count();
    let digit = |k: Option<usize>| k.and_then(|k| chars.get(k)).is_some_and(char::is_ascii_digit);
    (spaces_before > 0) == (spaces_after > 0)
        && digit(at.checked_sub(spaces_before + 1))
        && digit(Some(at + spaces_after + 1))
}

/// The length of a time of day ("7:00", "12:30") starting at `at`, and the time.
fn clock_time_at(chars: &[char], at: usize) -> Option<(usize, Option<Clock>)> {
    let digit = |k: usize| chars.get(k).is_some_and(char::is_ascii_digit);
    if at > 0 && (digit(at - 1) || matches!(chars[at - 1], '.' | ':')) {
        return None;
    }
    let hours = (at..at + 2).take_while(|k| digit(*k)).count();
    let colon = at + hours;
    let ends = !digit(colon + 3) && chars.get(colon + 3).is_none_or(|c| *c != ':');
    if !(hours > 0 && chars.get(colon) == Some(&':') && digit(colon + 1) && digit(colon + 2) && ends) {
        return None;
    }
    let number = |range: std::ops::Range<usize>| chars[range].iter().collect::<String>().parse::<u32>().ok();
    let (hour, minute) = (number(at..colon)?, number(colon + 1..colon + 3)?);
    // "7:75" is no time of day: still not a quantity, but no length of time either.
    let clock = (hour <= 24 && minute < 60).then_some(Clock { minutes: hour * 60 + minute, half: None });
    Some((hours + 3, clock))
}

/// One run of digits, commas and points: a whole number ("3,47,582"), a decimal ("2.5"), or a
/// list written with commas and no spaces ("12,15,18").
fn digit_run(run: &str) -> Result<Vec<Num>, NotRead> {
    let parts: Vec<&str> = run.split('.').collect();
    if parts.len() > 2 {
        return Err(NotRead);
    }
    let integer = parts[0];
    let grouping = if integer.contains(',') { grouping_of(integer) } else { Some(Grouping::None) };
    let Some(grouping) = grouping else {
        if parts.len() == 2 {
            return Err(NotRead);
        }
        return Ok(integer.split(',').map(|d| whole_number(d, Grouping::None)).collect());
    };
    let digits: String = integer.chars().filter(char::is_ascii_digit).collect();
    match parts.get(1) {
        None => Ok(vec![whole_number(&digits, grouping)]),
        Some(fraction_digits) => Ok(vec![decimal_number(&digits, fraction_digits, grouping)]),
    }
}

/// The system a comma-grouped number is written in, or `None` when the commas are a list.
fn grouping_of(integer: &str) -> Option<Grouping> {
    let groups: Vec<&str> = integer.split(',').collect();
    let (first, rest) = groups.split_first()?;
    let (last, middle) = rest.split_last()?;
    if last.len() != 3 || first.is_empty() || first.len() > 3 {
        return None;
    }
    if middle.is_empty() {
        return Some(if first.len() == 3 { Grouping::International } else { Grouping::Pakistani });
    }
    if middle.iter().all(|g| g.len() == 2) && first.len() <= 2 {
        Some(Grouping::Pakistani)
    } else if middle.iter().all(|g| g.len() == 3) {
        Some(Grouping::International)
    } else {
        None
    }
}

fn parse_digits(digits: &str) -> Result<i128, MathError> {
    let significant = digits.trim_start_matches('0');
    if significant.len() > MAX_DIGITS {
        return Err(MathError::TooLarge);
    }
    significant.parse::<i128>().or(Ok(0))
}

fn whole_number(digits: &str, grouping: Grouping) -> Num {
    Num {
        value: parse_digits(digits).map(exact::int),
        form: Form::Whole,
        grouping,
        digits: digits.to_owned(),
        written: None,
        percent: false,
        unit: None,
        two_units: None,
    }
}

fn decimal_number(integer: &str, fraction_digits: &str, grouping: Grouping) -> Num {
    let places = fraction_digits.len() as u32;
    let value = if integer.trim_start_matches('0').len() + fraction_digits.len() > MAX_DIGITS {
        Err(MathError::TooLarge)
    } else {
        parse_digits(&format!("{integer}{fraction_digits}"))
            .and_then(|scaled| exact::fraction(scaled, exact::pow10(places)?))
    };
    Num {
        value,
        form: Form::Decimal { places },
        grouping,
        digits: String::new(),
        written: None,
        percent: false,
        unit: None,
        two_units: None,
    }
}

fn whole_value(token: &Token) -> Option<(&Num, &Result<Q, MathError>)> {
    match token {
        Token::Number(num) if num.form == Form::Whole && num.grouping == Grouping::None => Some((num, &num.value)),
        _ => None,
    }
}

/// "3/4" written tight is a fraction; "14/8/1947" and "14/8-1947" are dates.
fn join_fractions(raw: Vec<Spaced>) -> Result<Vec<Spaced>, NotRead> {
    let mut out: Vec<Spaced> = Vec::with_capacity(raw.len());
    let mut idx = 0;
    while idx < raw.len() {
        let is_fraction = idx + 2 < raw.len()
            && whole_value(&raw[idx].token).is_some()
            && matches!(raw[idx + 1].token, Token::Symbol('/'))
            && !raw[idx + 1].space_before
            && !raw[idx + 2].space_before
            && whole_value(&raw[idx + 2].token).is_some();
        if !is_fraction {
            out.push(raw[idx].clone());
            idx += 1;
            continue;
        }
        let after = raw.get(idx + 3);
        let next = raw.get(idx + 4);
        if let (Some(after), Some(next)) = (after, next) {
            let joins = matches!(after.token, Token::Symbol(c) if c == '/' || is_minus(c));
            if joins && !after.space_before && !next.space_before && matches!(next.token, Token::Number(_)) {
                return Err(NotRead);
            }
        }
        let (_, top) = whole_value(&raw[idx].token).expect("checked above");
        let (_, bottom) = whole_value(&raw[idx + 2].token).expect("checked above");
        let (value, written) = match (top, bottom) {
            (Ok(top), Ok(bottom)) => {
                (exact::fraction(*top.numer(), *bottom.numer()), Some((*top.numer(), *bottom.numer())))
            }
            (Err(e), _) | (_, Err(e)) => (Err(e.clone()), None),
        };
        let num = Num {
            value,
            form: Form::Fraction,
            grouping: Grouping::None,
            digits: String::new(),
            written,
            percent: false,
            unit: None,
            two_units: None,
        };
        out.push(Spaced { token: Token::Number(num), space_before: raw[idx].space_before });
        idx += 3;
    }
    Ok(out)
}

/// "2 1/2": a whole number, a space, then a proper fraction is a mixed number.
fn join_mixed_numbers(raw: Vec<Spaced>) -> Vec<Spaced> {
    let mut out: Vec<Spaced> = Vec::with_capacity(raw.len());
    for item in raw {
        let proper_fraction = match &item.token {
            Token::Number(Num { form: Form::Fraction, value: Ok(v), .. }) => *v.numer() > 0 && v.numer() < v.denom(),
            Token::Number(Num { form: Form::Fraction, value: Err(MathError::ZeroDenominator), .. }) => true,
            _ => false,
        };
        let whole_before = out.last().and_then(|last| whole_value(&last.token)).map(|(_, v)| v.clone());
        if let (true, true, Some(whole)) = (proper_fraction, item.space_before, whole_before) {
            let Token::Number(fraction) = &item.token else { unreachable!("checked above") };
            let value = match (&whole, &fraction.value) {
                (Ok(w), Ok(f)) => exact::add(w, f),
                (Err(e), _) | (_, Err(e)) => Err(e.clone()),
            };
            let last = out.last_mut().expect("whole_before is Some");
            last.token = Token::Number(Num {
                value,
                form: Form::Mixed,
                grouping: Grouping::None,
                digits: String::new(),
                written: None,
                percent: false,
                unit: None,
                two_units: None,
            });
            continue;
        }
        out.push(item);
    }
    out
}

/// "dozen" is twelve: "a dozen" is the number 12, "2 dozen" is 24.
fn dozens(raw: Vec<Spaced>, lexicon: &Lexicon) -> Vec<Spaced> {
    let dozen = lexicon.phrases(Cue::Dozen);
    let mut out: Vec<Spaced> = Vec::with_capacity(raw.len());
    for item in raw {
        let is_dozen = matches!(&item.token, Token::Word(w) if dozen.iter().any(|p| p.len() == 1 && &p[0] == w));
        if !is_dozen {
            out.push(item);
            continue;
        }
        // "do darjan", "ڈیڑھ درجن": a count in words, which `words::as_digits` writes as a number
        // before the dozen word is read again ("ek darjan" is one dozen).
        let said_before = out.last().and_then(|last| match &last.token {
            Token::Word(w) => lexicon.number_word(w).map(|n| n.value).or_else(|| {
                let ends_a_fraction_word = lexicon.fraction_words().iter().any(|f| f.phrase.last() == Some(w));
                ends_a_fraction_word.then_some(0)
            }),
            _ => None,
        });
        match said_before {
            Some(1) => {
                out.pop();
            }
            Some(_) => {
                out.push(item);
                continue;
            }
            None => {}
        }
        let before = out.last().and_then(|last| counted_value(&last.token));
        let value = match before {
            Some(count) => count.and_then(|c| exact::mul(&c, &exact::int(12))),
            None => Ok(exact::int(12)),
        };
        let value = value.and_then(|v| if v.is_integer() { Ok(v) } else { Err(MathError::NotWholeNumbers) });
        let digits = value.as_ref().map(|v| v.numer().to_string()).unwrap_or_default();
        let num = Num {
            value,
            form: Form::Whole,
            grouping: Grouping::None,
            digits,
            written: None,
            percent: false,
            unit: None,
            two_units: None,
        };
        match out.last_mut() {
            Some(last) if counted_value(&last.token).is_some() => last.token = Token::Number(num),
            _ => out.push(Spaced { token: Token::Number(num), space_before: item.space_before }),
        }
    }
    out
}

/// The value of a count before a dozen word: a whole number, or a fraction or mixed number
/// written from words ("ڈیڑھ درجن" is 1 1/2 dozen), with no unit or percentage sign.
fn counted_value(token: &Token) -> Option<Result<Q, MathError>> {
    match token {
        Token::Number(num) if num.grouping == Grouping::None && !num.percent && num.unit.is_none() => {
            Some(num.value.clone())
        }
        _ => None,
    }
}

/// A minus sign becomes a subtraction, tight when no space is on either side ("1947-48");
/// [`operators`] turns it back into a symbol unless it stands between two numbers.
fn mark_minus_signs(mut raw: Vec<Spaced>) -> Vec<Spaced> {
    for idx in 0..raw.len() {
        if let Token::Symbol(c) = raw[idx].token {
            if is_minus(c) {
                let spaced_after = raw.get(idx + 1).is_none_or(|next| next.space_before);
                raw[idx].token = Token::Op { op: Op::Subtract, tight: !raw[idx].space_before && !spaced_after };
            }
        }
    }
    raw
}

/// Whether `tokens[at..]` starts with the words of one of `phrases`; the length matched.
pub(crate) fn match_phrase(tokens: &[Token], at: usize, phrases: &[Vec<String>]) -> Option<usize> {
    phrases.iter().find_map(|phrase| {
        let matched =
            phrase.iter().enumerate().all(|(k, word)| matches!(tokens.get(at + k), Some(Token::Word(w)) if w == word));
        matched.then_some(phrase.len())
    })
}

/// "am" or "pm": whether the `len` words at `at` after a time of day say before or after noon.
pub(crate) fn half_said(tokens: &[Token], at: usize, len: usize, lexicon: &Lexicon) -> Option<Half> {
    let said = |cue: Cue| len > 0 && match_phrase(tokens, at, lexicon.phrases(cue)) == Some(len);
    if said(Cue::BeforeNoon) {
        Some(Half::Am)
    } else if said(Cue::AfterNoon) {
        Some(Half::Pm)
    } else if said(Cue::Night) {
        Some(Half::Night)
    } else {
        None
    }
}

/// "%" and percentage words, "Rs" before a number and unit words after it become part of it.
fn attach_signs_and_units(raw: Vec<Spaced>, lexicon: &Lexicon) -> Vec<Token> {
    let tokens: Vec<Token> = raw.into_iter().map(|s| s.token).collect();
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut idx = 0;
    while idx < tokens.len() {
        // "9:15 am", "9:15 بجے".
        if let Token::ClockTime(Some(clock)) = tokens[idx] {
            let len = match_phrase(&tokens, idx + 1, lexicon.phrases(Cue::Clock)).unwrap_or(0);
            let half = half_said(&tokens, idx + 1, len, lexicon).or(clock.half);
            out.push(Token::ClockTime(Some(Clock { half, ..clock })));
            idx += 1 + len;
            continue;
        }
        let Token::Number(num) = &tokens[idx] else {
            out.push(tokens[idx].clone());
            idx += 1;
            continue;
        };
        // "7 بجے", "7 baje": a time of day.
        // "ساڑھے سات بجے" is half past seven.
        let hour =
            matches!(num.form, Form::Whole | Form::Mixed) && num.value.as_ref().is_ok_and(|v| *v <= exact::int(24));
        if let Some(len) = match_phrase(&tokens, idx + 1, lexicon.phrases(Cue::Clock)).filter(|_| hour) {
            let minutes = num.value.as_ref().ok().and_then(|v| exact::mul(v, &exact::int(60)).ok());
            let minutes = minutes.filter(Q::is_integer).and_then(|m| u32::try_from(m.to_integer()).ok());
            let half = half_said(&tokens, idx + 1, len, lexicon);
            out.push(Token::ClockTime(minutes.map(|minutes| Clock { minutes, half })));
            idx += 1 + len;
            continue;
        }
        let mut num = num.clone();
        idx += 1;
        // Rs 240, PKR 240.
        if let Some(Token::Word(word)) = out.last() {
            if lexicon.phrases(Cue::RupeePrefix).iter().any(|p| p.len() == 1 && &p[0] == word) {
                out.pop();
                num.unit = Some(Unit::Rupees);
            }
        }
        if matches!(tokens.get(idx), Some(Token::Symbol('%'))) {
            num.percent = true;
            idx += 1;
        } else if !num.is_fraction() {
            if let Some(len) = match_phrase(&tokens, idx, lexicon.phrases(Cue::PercentWord)) {
                // "0.25 فیصد میں لکھیں" asks for a percentage; it does not give one.
                if match_phrase(&tokens, idx + len, lexicon.phrases(Cue::Into)).is_none() {
                    num.percent = true;
                    idx += len;
                }
            }
        }
        if !num.percent {
            // The longest unit phrase: "km per hour" rather than "km".
            let longest = lexicon
                .units()
                .iter()
                .filter_map(|(unit, phrases)| match_phrase(&tokens, idx, phrases).map(|len| (*unit, len)))
                .max_by_key(|(_, len)| *len);
            if let Some((unit, len)) = longest {
                num.unit = Some(unit);
                idx += len;
            }
        }
        out.push(Token::Number(num));
    }
    out
}

/// Operator signs and words between two numbers become operators.
fn operators(tokens: Vec<Token>, lexicon: &Lexicon) -> Vec<Token> {
    let infix = [
        (Cue::InfixAdd, Op::Add),
        (Cue::InfixSubtract, Op::Subtract),
        (Cue::InfixMultiply, Op::Multiply),
        (Cue::InfixDivide, Op::Divide),
    ];
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut idx = 0;
    while idx < tokens.len() {
        let after_number = matches!(out.last(), Some(Token::Number(_)));
        let before_number = |len: usize| matches!(tokens.get(idx + len), Some(Token::Number(_)));
        if let Token::Symbol(c) = tokens[idx] {
            let op = match c {
                '+' => Some(Op::Add),
                '×' | '*' => Some(Op::Multiply),
                '÷' => Some(Op::Divide),
                '/' if after_number && before_number(1) => Some(Op::Divide),
                _ => None,
            };
            if let Some(op) = op {
                out.push(Token::Op { op, tight: false });
                idx += 1;
                continue;
            }
        }
        if let Token::Op { op: Op::Subtract, tight } = tokens[idx] {
            out.push(if after_number && before_number(1) {
                Token::Op { op: Op::Subtract, tight }
            } else {
                Token::Symbol('-')
            });
            idx += 1;
            continue;
        }
        if after_number {
            let found = infix.iter().find_map(|(cue, op)| {
                match_phrase(&tokens, idx, lexicon.phrases(*cue))
                    .filter(|len| before_number(*len))
                    .map(|len| (*op, len))
            });
            if let Some((op, len)) = found {
                out.push(Token::Op { op, tight: false });
                idx += len;
                continue;
            }
        }
        out.push(tokens[idx].clone());
        idx += 1;
    }
    out
}
