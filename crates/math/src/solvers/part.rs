//! A part of a whole told in a story: "There are 40 children in our class and 3/8 of them are
//! girls. How many girls are there?", "ایک گاؤں میں 900 لوگ رہتے ہیں۔ ان میں سے 40 فیصد بچے ہیں۔
//! بچے کتنے ہیں؟". The whole comes first, then the part as a fraction or a percentage, and the
//! question asks again about what the part is: a word said after the part and once more, never
//! before it. "How many boys?" after "3/8 of them are girls" is another problem. The other part
//! is the whole take away the part: asked with "not" ("how many mangoes are not rotten"), as what
//! is left ("kitne rupay bachay"), or named after the rest is told ("5/12 were for the
//! cantonment, the rest for the city: how many for the city?"); the part itself may also be asked
//! after the rest is told ("4/7 like cricket, the rest hockey: how many like cricket?").

use std::collections::HashSet;

use super::expression::{evaluate_numbers, product};
use super::{and_then, percent, Outcome};
use crate::lexicon::{Cue, Lexicon};
use crate::problem::Problem;
use crate::tokens::{Form, Num, Op, Token};

/// How many words before the part may say what it is ("Rizwan scored 2/9 of them").
const PREDICATE_WORDS: usize = 3;

/// Cue words that say nothing about what the part is.
const NOT_THE_PART: [Cue; 7] = [Cue::Question, Cue::HowMany, Cue::Of, Cue::Them, Cue::Filler, Cue::ListAnd, Cue::One];

pub(crate) fn solve(problem: &Problem) -> Outcome {
    let numbers = problem.numbers();
    let [(whole_at, whole), (part_at, part)] = numbers.as_slice() else { return None };
    let asked = problem.has(Cue::HowMany) || problem.has(Cue::Question);
    // The part is a proper fraction or a percentage of no unit: "1 1/2 m" beside "12 m" is a
    // width, not a part.
    let a_part = (part.percent || part.form == Form::Fraction) && part.unit.is_none();
    let whole_first = !whole.percent && !whole.is_fraction() && a_part;
    if problem.has_operators() || !asked || !whole_first {
        return None;
    }
    let stems = Stems::new(problem);
    let stems = |range: std::ops::Range<usize>| stems.of(range);
    let before: HashSet<String> = stems(0..*part_at).into_iter().collect();
    let after = stems(part_at + 1..problem.tokens.len());
    let mut said_again: HashSet<&String> =
        after.iter().filter(|w| !before.contains(*w) && after.iter().filter(|x| x == w).count() >= 2).collect();
    // "How many girls are absent?", "how many cows are sick?": the question says something of
    // the part that the story did not, so the part is not the answer.
    let asked_from = problem.question_after(*part_at)?;
    // Helping verbs, "not", "left", "yet", the price asked and a unit named alone ("kitne rupay")
    // say nothing new.
    let light_words: Vec<(usize, usize)> = [Cue::Auxiliary, Cue::Cost, Cue::Not, Cue::StorySubtract, Cue::Still]
        .iter()
        .flat_map(|cue| problem.matches(*cue))
        .collect();
    let light = |at: usize| {
        light_words.iter().any(|(from, len)| (*from..from + len).contains(&at)) || problem.names_unit_at(at)
    };
    let told: HashSet<String> = stems(0..asked_from).into_iter().collect();
    let other_half = other_half_asked(problem, *whole_at, *part_at, asked_from);
    // "Rizwan scored 2/9 of them. How many runs did Rizwan score?", "Abba paid 30% of the price
    // ... How many rupees did he pay?": the words right before the part say what it is, when
    // the story says them nowhere before and the question says them again, not asking what is
    // still to come ("How much does he still have to pay?").
    let question = stems(asked_from..problem.tokens.len());
    // Not the name of the whole, right after it ("60 animals and 25% of them").
    let window = part_at.saturating_sub(PREDICATE_WORDS).max(whole_at + 2)..*part_at;
    let earlier: HashSet<String> = stems(0..window.start).into_iter().collect();
    let predicate: Vec<String> = stems(window).into_iter().filter(|w| !earlier.contains(w)).collect();
    let still = problem.matches(Cue::Still).iter().any(|(at, _)| *at >= asked_from);
    if said_again.is_empty() && !still {
        said_again.extend(predicate.iter().filter(|w| question.contains(w)));
    }
    let asked = (asked_from..problem.tokens.len()).filter(|at| !light(*at) && Some(*at) != other_half);
    // The other half asked of what the part says more of ("3/8 are girls who wear glasses. How
    // many boys wear glasses?") is not known: its question says only what the whole's words say.
    let known = if other_half.is_some() { &before } else { &told };
    if asked.flat_map(|at| stems(at..at + 1)).any(|w| !known.contains(&w)) {
        return None;
    }
    // "not" in the story ("3/8 of them are not ripe") or beside a rest: not read.
    let nots: Vec<usize> = problem.matches(Cue::Not).iter().map(|(at, _)| *at).filter(|at| at > part_at).collect();
    if nots.iter().any(|at| *at < asked_from) {
        return None;
    }
    // "25% are red, the rest are blue", "how many are left": the other part. A word that means
    // "left" and is what the part is ("بچے", children) is said again.
    // The whole's name ("36 بچے", "بچے" also "left") names what is counted right after a number,
    // or in the question before words said again ("کتنے بچے پکنک پر گئے"); "kitne bache" alone
    // asks what is left.
    let whole_name = stems(whole_at + 1..whole_at + 2).pop();
    let names_the_whole = |at: usize, word: &String| {
        Some(word) == whole_name.as_ref()
            && (matches!(problem.tokens[at - 1], Token::Number(_))
                || at >= asked_from && stems(at + 1..problem.tokens.len()).iter().any(|w| said_again.contains(w)))
    };
    let rest: Vec<usize> = problem
        .matches(Cue::StorySubtract)
        .iter()
        .filter(|(at, len)| {
            let word = (*len == 1).then(|| stems(*at..at + 1).pop().unwrap_or_default());
            *at > *part_at && !word.is_some_and(|w| said_again.contains(&w) || names_the_whole(*at, &w))
        })
        .map(|(at, _)| *at)
        .collect();
    let rest_asked = rest.iter().any(|at| *at >= asked_from);
    let asks_the_rest = match rest.first() {
        // "5/12 larkiyan hain. Larke kitne hain?": the other half, with no rest or "not" told.
        None if other_half.is_some() && nots.is_empty() => true,
        _ if other_half.is_some() => return None,
        _ if !nots.is_empty() => {
            // "How many mangoes are not rotten?": the question names the part, with "not".
            if rest_asked || said_again.is_empty() {
                return None;
            }
            true
        }
        // "kitne rupay bachay", "how many are left?".
        Some(first_rest) if *first_rest >= asked_from => true,
        // The rest told, then one part asked about: "4/7 like cricket, the rest hockey; how many
        // like cricket (hockey)?". The question names what the part is, said before the rest, or
        // what the rest is, said after it.
        Some(first_rest) => {
            // "sold 55% of it to the factory and stored the rest at home": the rest's clause
            // starts at the last "and" before it, so "stored" says what the rest is.
            let joiner = problem.matches(Cue::ListAnd).into_iter().rfind(|(at, _)| at > part_at && at < first_rest);
            let (part_end, rest_start) = joiner.map_or((*first_rest, first_rest + 1), |(at, len)| (at, at + len));
            let part_words: HashSet<String> =
                stems(part_at + 1..part_end).into_iter().chain(predicate.iter().cloned()).collect();
            let rest_words: HashSet<String> = stems(rest_start..asked_from).into_iter().collect();
            let asks_part = question.iter().any(|w| said_again.contains(w) && part_words.contains(w));
            let asks_rest =
                question.iter().any(|w| rest_words.contains(w) && !part_words.contains(w) && !before.contains(w));
            match (rest_asked, asks_part, asks_rest) {
                (false, true, false) => false,
                (false, false, true) => true,
                _ => return None,
            }
        }
        None if said_again.is_empty() => return None,
        None => false,
    };
    let part_of = if part.percent { percent::work(part, whole) } else { product(part, whole, whole.unit) };
    Some(if asks_the_rest { part_of.and_then(|found| and_then(found, whole, Op::Subtract)) } else { part_of })
}

/// Where the question asks the boys of a count of children whose part is girls, or the girls
/// where the part is boys: "Ek school mein 720 bachay hain aur un mein se 5/12 larkiyan hain.
/// Larke kitne hain?", "A class has 40 children and 3/8 of them are girls. How many are boys?".
/// Only when the whole is named as children right after its number (a family of 8 has grown-ups
/// too), the part's word is said once, after the part and before the question, and the other
/// once, after it.
fn other_half_asked(problem: &Problem, whole_at: usize, part_at: usize, asked_from: usize) -> Option<usize> {
    if !problem.has_at(Cue::Children, whole_at + 1) {
        return None;
    }
    let said_in = |cue: Cue, range: std::ops::Range<usize>| -> Vec<usize> {
        problem.matches(cue).into_iter().map(|(at, _)| at).filter(|at| range.contains(at)).collect()
    };
    let end = problem.tokens.len();
    [(Cue::Girls, Cue::Boys), (Cue::Boys, Cue::Girls)].into_iter().find_map(|(part_is, other)| {
        let [part_word] = said_in(part_is, 0..end)[..] else { return None };
        // "3/8 of the boys are tall" is a part of the boys, not of the children.
        if (part_at + 1..part_word).any(|at| problem.has_at(Cue::Of, at) && !problem.has_at(Cue::Them, at + 1)) {
            return None;
        }
        match said_in(other, 0..end)[..] {
            // "Larke kitne hain?": the question may name them before its question word.
            [at] if part_word > part_at && part_word < asked_from && at > part_word => Some(at),
            _ => None,
        }
    })
}

/// Whether a count told after a whole is a part of it asked about again: the whole first, named
/// again in the question; the words after the part said again in the question, which says nothing
/// the story did not. `Some(true)` when the question asks the rest, with "not" it alone says
/// ("32 مہمان بلائے ... 24 آئے۔ کتنے فیصد مہمان نہیں آئے"). "40 boys and 14 girls: what percentage
/// are girls?" is not read: the boys are no whole.
pub(crate) fn asked_again(
    problem: &Problem,
    (whole_at, whole): (usize, &Num),
    (part_at, part): (usize, &Num),
) -> Option<bool> {
    let question_at = problem.question_after(part_at)?;
    let told_before = |cue: Cue| problem.matches(cue).iter().any(|(at, _)| *at > whole_at);
    if whole.unit != part.unit || told_before(Cue::StorySubtract) || told_before(Cue::StoryAdd) {
        return None;
    }
    let stems = Stems::new(problem);
    let end = problem.tokens.len();
    // The whole's name: after it ("40 children"), or before "of" it ("a class of 40").
    let mut names = stems.of(whole_at + 1..whole_at + 2);
    if whole_at >= 2 && problem.has_at(Cue::Of, whole_at - 1) {
        names.extend(stems.of(whole_at - 2..whole_at - 1));
    }
    let light = [Cue::Auxiliary, Cue::Not, Cue::ToPercentage, Cue::PercentWord];
    let question: Vec<String> = (question_at..end)
        .filter(|at| !light.iter().any(|cue| problem.has_at(*cue, *at)))
        .flat_map(|at| stems.of(at..at + 1))
        .collect();
    let told = stems.of(0..question_at);
    let predicate: Vec<String> =
        stems.of(part_at + 1..question_at).into_iter().filter(|w| !names.contains(w)).collect();
    // "40 boys and 14 girls": girls are no part of the boys.
    if problem.has_at(Cue::Gendered, part_at + 1)
        && !stems.of(part_at + 1..part_at + 2).iter().all(|w| names.contains(w))
    {
        return None;
    }
    let named = names.iter().any(|name| question.contains(name));
    let said_again = predicate.iter().any(|w| question.contains(w));
    if !named || !said_again || question.iter().any(|w| !told.contains(w)) {
        return None;
    }
    let not = |range: std::ops::Range<usize>| problem.matches(Cue::Not).iter().any(|(at, _)| range.contains(at));
    match (not(part_at..question_at), not(question_at..end)) {
        (true, false) => None,
        (told, asked) => Some(asked && !told),
    }
}

/// "shadi pe 1200 logon ko bulaya tha magar sirf 875 aaye, kitne log nahi aaye": two counts, the
/// second a part of the first asked again with "not" ([`asked_again`]): the whole take away the
/// part. Asked without "not", the part is already told, and nothing is worked out.
pub(crate) fn rest_of_count(problem: &Problem) -> Outcome {
    let numbers = problem.numbers();
    let [(whole_at, whole), (part_at, part)] = numbers.as_slice() else { return None };
    let plain = |n: &Num| n.form == Form::Whole && !n.percent;
    if problem.has_operators() || !plain(whole) || !plain(part) || !problem.has(Cue::HowMany) {
        return None;
    }
    if !matches!((&whole.value, &part.value), (Ok(w), Ok(p)) if p <= w) {
        return None;
    }
    asked_again(problem, (*whole_at, whole), (*part_at, part))?
        .then(|| evaluate_numbers(&[*whole, *part], &[Op::Subtract]))
}

/// The words of a story that say what a part is, each as its stem: no cue words of
/// [`NOT_THE_PART`], no stop words, past tenses as their verbs.
pub(crate) struct Stems<'a> {
    problem: &'a Problem,
    cue_words: HashSet<usize>,
}

impl<'a> Stems<'a> {
    pub(crate) fn new(problem: &'a Problem) -> Stems<'a> {
        let cue_words =
            NOT_THE_PART.iter().flat_map(|cue| problem.matches(*cue)).flat_map(|(at, len)| at..at + len).collect();
        Stems { problem, cue_words }
    }

    /// The stems of the words in token positions `range`.
    pub(crate) fn of(&self, range: std::ops::Range<usize>) -> Vec<String> {
        range
            .filter(|at| !self.cue_words.contains(at))
            .filter_map(|at| match &self.problem.tokens[at] {
                // "لڑکیاں" and "لڑکے" (folded "لڑکی") share a stem: girls and boys, compared
                // as written.
                Token::Word(word) if self.problem.has_at(Cue::Gendered, at) => Some(format!("={word}")),
                Token::Word(word) if !textnorm::is_stop_word(word) => Some(word_root(word)),
                _ => None,
            })
            .collect()
    }
}

/// The root a word is compared by: its verb's stem, without a Roman Urdu ending.
pub(crate) fn word_root(word: &str) -> String {
    roman_root(&textnorm::stem(Lexicon::get().verb_of(word)))
}

/// A Roman Urdu word without its plural or case ending, so that "bachay", "bachon" and "bache"
/// meet ("bach"), as "larki", "larkiyan" and "larkiyon" do ("lark"), and "kiraye" and "kiraya".
/// Urdu script is stemmed by `textnorm`, which leaves a verb's final ہ (ھ folded) when it takes
/// its ending off: "رکھ لیا" and "رکھا" meet here.
fn roman_root(word: &str) -> String {
    const ENDINGS: [&str; 10] = ["iyan", "iyon", "yan", "on", "ay", "ey", "en", "e", "i", "a"];
    if !word.is_ascii() {
        return match word.strip_suffix('ہ') {
            Some(root) if root.chars().count() >= 2 => root.to_owned(),
            _ => word.to_owned(),
        };
    }
    // Twice: the English stemmer leaves "kiraye" as "kiray", and "kiraya" loses "a" first.
    let strip = |word: &str| -> String {
        ENDINGS
            .iter()
            .find_map(|ending| word.strip_suffix(ending).filter(|root| root.len() >= 3))
            .unwrap_or(word)
            .to_owned()
    };
    strip(&strip(word))
}
