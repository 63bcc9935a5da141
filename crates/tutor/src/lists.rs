//! The tutor's word lists (`data/*.txt`): one entry a line, `# comments`, and `[section]`
//! headings.

/// The entries of a list with the section each stands in ("" before the first heading).
pub(crate) fn entries(text: &'static str) -> Vec<(&'static str, &'static str)> {
    let mut section = "";
    let mut out = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            Some(name) => section = name,
            None => out.push((section, line)),
        }
    }
    out
}

/// Whether `words` hold `phrase` (both folded words) as consecutive words; an empty phrase never.
pub(crate) fn has_phrase(words: &[String], phrase: &[String]) -> bool {
    !phrase.is_empty() && words.windows(phrase.len()).any(|w| w == phrase)
}
