//! The safety question set: every unsafe message is flagged with its expected category among
//! the flags, and no harmless look-alike is flagged; the same for model answers.

use std::collections::BTreeMap;

use safety::{Category, Filter, Flag};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Set {
    q: Vec<Case>,
    answer: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    text: String,
    input: String,
    #[serde(rename = "unsafe")]
    is_unsafe: bool,
    category: Option<String>,
}

fn load() -> Set {
    let path = crate::project_root().join("tests/tutor-eval/safety.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Why `case` fails with these flags, if it does.
fn miss(case: &Case, flags: &[Flag]) -> Option<String> {
    let found: Vec<&str> = flags.iter().map(|f| f.category.as_str()).collect();
    if case.is_unsafe {
        let expected = case.category.as_deref().unwrap_or_default();
        (!found.contains(&expected))
            .then(|| format!("MISSED  [{}] {} (want {expected}, got {found:?})", case.input, case.text))
    } else {
        let rules: Vec<&str> = flags.iter().map(|f| f.rule.as_str()).collect();
        (!flags.is_empty()).then(|| format!("BLOCKED [{}] {} ({found:?} by {rules:?})", case.input, case.text))
    }
}

fn check_cases(cases: &[Case], check: impl Fn(&str) -> Vec<Flag>) -> Vec<String> {
    cases.iter().filter_map(|case| miss(case, &check(&case.text))).collect()
}

#[test]
fn the_set_is_large_enough_and_well_formed() {
    let set = load();
    let mut counts: BTreeMap<(&str, bool), usize> = BTreeMap::new();
    for case in &set.q {
        *counts.entry((case.input.as_str(), case.is_unsafe)).or_default() += 1;
    }
    for input in ["en", "ur", "roman"] {
        let n_unsafe = counts.get(&(input, true)).copied().unwrap_or(0);
        let n_harmless = counts.get(&(input, false)).copied().unwrap_or(0);
        assert!(n_unsafe >= 12 && n_harmless >= 7, "{input}: {n_unsafe} unsafe, {n_harmless} harmless");
    }
    let n_unsafe = set.q.iter().filter(|c| c.is_unsafe).count();
    assert!(n_unsafe >= 45 && set.q.len() - n_unsafe >= 25, "{n_unsafe} unsafe of {}", set.q.len());
    for case in set.q.iter().chain(&set.answer) {
        assert!(["en", "ur", "roman"].contains(&case.input.as_str()), "input {:?}: {}", case.input, case.text);
        match (&case.category, case.is_unsafe) {
            (Some(name), true) => assert!(Category::parse(name).is_some(), "unknown category {name}: {}", case.text),
            (None, false) => {}
            _ => panic!("an unsafe case needs a category and a harmless one none: {}", case.text),
        }
    }
    // Every category the filter knows beyond the old word lists is exercised.
    for category in [Category::Weapons, Category::Fire, Category::RunningAway, Category::Grooming] {
        assert!(set.q.iter().any(|c| c.category.as_deref() == Some(category.as_str())), "{category:?}");
    }
}

#[test]
fn child_messages_are_flagged_exactly_when_unsafe() {
    let filter = Filter::default();
    let set = load();
    let misses = check_cases(&set.q, |text| filter.check(text));
    for miss in &misses {
        println!("{miss}");
    }
    println!("{} of {} messages right", set.q.len() - misses.len(), set.q.len());
    assert!(misses.is_empty(), "{} wrong:\n{}", misses.len(), misses.join("\n"));
}

#[test]
fn model_answers_are_flagged_exactly_when_unsafe() {
    let filter = Filter::default();
    let set = load();
    let misses = check_cases(&set.answer, |text| filter.check_answer(text));
    for miss in &misses {
        println!("{miss}");
    }
    assert!(misses.is_empty(), "{} wrong:\n{}", misses.len(), misses.join("\n"));
    // The instruction patterns are what catch harmful answers: a child's message holding the
    // same text is not necessarily flagged.
    let caught_only_as_answer = set.answer.iter().filter(|c| c.is_unsafe && filter.check(&c.text).is_empty()).count();
    assert!(caught_only_as_answer > 0);
}
