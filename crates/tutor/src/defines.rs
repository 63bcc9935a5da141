//! Names. A question asking what a thing is ("what is dry ice", "تیزابی بارش کیا ہوتی ہے",
//! "black hole kya hota hai") names it, and a name of two or three words is a thing of its
//! own: a lesson that uses each word apart ("dry soil", "the ice melts", "black spots") does
//! not say what the thing is. Such a question is in scope only where the lesson writes the
//! words of the name together: their stems next to each other once stop words are left out,
//! in either order (Urdu writes "قطب شمالی" and "شمالی قطب"). Words that join two names ("the
//! capital of france", "مقناطیس کا قطب") split them, and each name is judged alone.

use std::sync::LazyLock;

/// The least and most words (stop words and framing words left out) of a name that must be
/// written together: one word is judged by the scope check's coverage, and a longer run is
/// a description ("the steps to draw a bar graph and label it") rather than a name.
const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=3;

/// The most words before an ending that also asks what happens ("کیا ہوتا ہے").
const MAX_SHORT: usize = 4;

struct Words {
    before: Vec<Vec<String>>,
    article: Vec<String>,
    after: Vec<Vec<String>>,
    after_short: Vec<Vec<String>>,
    split: Vec<String>,
    ordinal: Vec<String>,
    clause: Vec<String>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let lists = crate::lists::Sections::read(include_str!("../data/defines.txt"));
    Words {
        before: lists.phrases("before"),
        article: lists.words("article"),
        after: lists.phrases("after"),
        after_short: lists.phrases("after-short"),
        split: lists.words("split"),
        ordinal: lists.words("ordinal"),
        clause: lists.words("clause"),
    }
});

/// The names of two or three words that `text` (a question, Roman Urdu transliterated) asks
/// what they are, each as its folded words without stop words and framing words.
pub(crate) fn names(text: &str) -> Vec<Vec<String>> {
    let words = &*WORDS;
    for clause in text.split(['?', '؟', ',', '،', '.', '۔', '!', ';', ':']) {
        let clause = textnorm::words(clause);
        let Some(named) = named_part(words, &clause) else { continue };
        return named
            .split(|w| words.split.contains(w))
            .map(|part| {
                part.iter()
                    .filter(|w| w.chars().count() > 1 && !words.ordinal.contains(w))
                    .filter(|w| !textnorm::is_stop_word(w) && !crate::scope::is_frame_word(w))
                    .cloned()
                    .collect::<Vec<_>>()
            })
            .filter(|name| NAME_WORDS.contains(&name.len()))
            .collect();
    }
    Vec::new()
}

/// The words a clause asks what they are: after "what is (a)", or before "کیا ہے" or "کسے کہتے
/// ہیں" (and before "کیا ہوتا ہے" only when few words come before it); none when they make a
/// clause ("... ٹوٹ جائے تو کیا ہوتا ہے": what happens).
fn named_part<'c>(words: &Words, clause: &'c [String]) -> Option<&'c [String]> {
    let named = if let Some(opening) = words.before.iter().find(|b| clause.starts_with(b)) {
        let rest = &clause[opening.len()..];
        match rest.first() {
            Some(first) if words.article.contains(first) => &rest[1..],
            _ => rest,
        }
    } else if let Some(ending) = words.after.iter().find(|a| clause.ends_with(a)) {
        &clause[..clause.len() - ending.len()]
    } else {
        let ending = words.after_short.iter().find(|a| clause.ends_with(a))?;
        let named = &clause[..clause.len() - ending.len()];
        if named.len() > MAX_SHORT || named.last().is_some_and(|w| words.split.contains(w)) {
            return None;
        }
        named
    };
    (!named.is_empty() && !named.iter().any(|w| words.clause.contains(w))).then_some(named)
}

/// A lesson's terms in order (stop words left out), in one language.
#[derive(Default)]
pub(crate) struct Runs<'s> {
    /// Each passage, heading, title, keyword and glossary entry.
    pub sequences: Vec<Vec<&'s str>>,
    /// Each section's heading with the lesson's title, beside the section's text: the thing a
    /// section teaches kinds of ("Kinds of triangles": "Scalene: no sides are equal").
    pub sections: Vec<(Vec<&'s str>, Vec<&'s str>)>,
}

/// Whether a lesson (`runs`, by script: Latin or not) writes every two neighbouring words of
/// `name` next to each other, or teaches one under a heading or title naming the other. A word
/// stands for its candidate stems (`stems_of`); a pair of words in different scripts is not
/// judged (a Roman Urdu question's English word beside a transliterated one).
pub(crate) fn written_together<'r, 's: 'r>(
    name: &[String],
    stems_of: &dyn Fn(&str) -> Vec<String>,
    runs: &dyn Fn(bool) -> &'r Runs<'s>,
) -> bool {
    name.windows(2).all(|pair| {
        let latin = |w: &str| w.starts_with(|c: char| c.is_ascii());
        if latin(&pair[0]) != latin(&pair[1]) {
            return true;
        }
        let (first, second) = (stems_of(&pair[0]), stems_of(&pair[1]));
        let is = |term: &str, stems: &[String]| stems.iter().any(|s| crate::retrieve::stem_matches(term, s));
        let has = |terms: &[&str], stems: &[String]| terms.iter().any(|t| is(t, stems));
        let runs = runs(latin(&pair[0]));
        runs.sequences.iter().any(|terms| {
            terms.windows(2).any(|w| (is(w[0], &first) && is(w[1], &second)) || (is(w[0], &second) && is(w[1], &first)))
        }) || runs.sections.iter().any(|(heads, text)| {
            (has(heads, &first) && has(text, &second)) || (has(heads, &second) && has(text, &first))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_of(text: &str) -> Vec<String> {
        names(text).into_iter().map(|name| name.join(" ")).collect()
    }

    #[test]
    fn names_asked_about_are_found_in_english_and_urdu() {
        assert_eq!(names_of("What is dry ice?"), ["dry ice"]);
        assert_eq!(names_of("what is the big red spot on jupiter"), ["big red spot"]);
        assert_eq!(names_of("whats a food web"), ["food web"]);
        assert_eq!(names_of("تیزابی بارش کیا ہوتی ہے"), [textnorm::fold("تیزابی بارش")]);
        assert_eq!(names_of("black hole کیا ہوتا ہے"), ["black hole"]);
        assert_eq!(names_of("مساوی الساقین مثلث کسے کہتے ہیں"), [textnorm::fold("مساوی الساقین مثلث")]);
    }

    #[test]
    fn one_word_names_joined_names_and_clauses_are_not_names_to_check() {
        assert!(names_of("what is a magnet").is_empty());
        assert!(names_of("what is the capital of france").is_empty());
        assert!(names_of("مقناطیس کا قطب کیا ہے").is_empty());
        assert!(names_of("مقناطیس ٹوٹ جائے تو کیا ہوتا ہے").is_empty());
        assert!(names_of("زیادہ مٹھائی اور تلی ہوئی چیزیں کھانے سے کیا ہوتا ہے").is_empty());
        assert!(names_of("how do plants make food").is_empty());
        // An ordinal picks an item of a list; it names no kind ("first step").
        assert_eq!(names_of("whats the first step in the unitary method"), ["unitary method"]);
        assert!(names_of("what is plasma, is it the 4th state of matter").is_empty());
        // What a thing is for or made of names the thing alone.
        assert!(names_of("wat is calcium good for").is_empty());
        assert_eq!(names_of("what is dry ice used for"), ["dry ice"]);
        assert_eq!(names_of("what is glass wool made of"), ["glass wool"]);
        // A clause describing the thing is not a name.
        assert!(names_of("whats the name of the sugar that leaves make").is_empty());
        assert!(names_of("وہ گیس جو پودے چھوڑتے ہیں کیا ہے").is_empty());
    }

    #[test]
    fn a_name_counts_as_written_when_its_words_stand_together_or_under_a_heading() {
        let terms = |texts: &[&str]| -> Vec<Vec<String>> { texts.iter().map(|text| textnorm::terms(text)).collect() };
        let (english, urdu) = (terms(&["dry soil", "the ice melts", "a food web"]), terms(&["قطب شمالی"]));
        let (heading, section) = (terms(&["Kinds of triangles"]), terms(&["Scalene: no sides are equal"]));
        fn borrow(runs: &[Vec<String>]) -> Vec<Vec<&str>> {
            runs.iter().map(|terms| terms.iter().map(String::as_str).collect()).collect()
        }
        let latin = Runs {
            sequences: borrow(&english),
            sections: vec![(borrow(&heading).concat(), borrow(&section).concat())],
        };
        let arabic = Runs { sequences: borrow(&urdu), sections: Vec::new() };
        let runs = |is_latin: bool| if is_latin { &latin } else { &arabic };
        let stems = |w: &str| vec![textnorm::stem(w)];
        let written = |text: &str| written_together(&textnorm::words(text), &stems, &runs);
        assert!(!written("dry ice"));
        assert!(written("food web"));
        assert!(written("web food"));
        assert!(written("scalene triangle"));
        assert!(!written("scalene ice"));
        assert!(written("شمالی قطب"));
        assert!(written("dry مٹی"));
    }
}
