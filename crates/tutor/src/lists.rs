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

/// A list read once: its entries by section, folded as the tutor compares them.
pub(crate) struct Sections(Vec<(&'static str, &'static str)>);

impl Sections {
    pub(crate) fn read(text: &'static str) -> Sections {
        Sections(entries(text))
    }

    /// The entries of `section` as written.
    pub(crate) fn of<'s>(&'s self, section: &'s str) -> impl Iterator<Item = &'static str> + 's {
        self.0.iter().filter(move |(name, _)| *name == section).map(|(_, entry)| *entry)
    }

    /// The entries of `section` as phrases of folded words (empty entries left out).
    pub(crate) fn phrases(&self, section: &str) -> Vec<Vec<String>> {
        self.of(section).map(textnorm::words).filter(|words| !words.is_empty()).collect()
    }

    /// Every folded word of the entries of `section`.
    pub(crate) fn words(&self, section: &str) -> Vec<String> {
        self.of(section).flat_map(textnorm::words).collect()
    }

    /// The entries of `section`, each folded whole.
    pub(crate) fn folded(&self, section: &str) -> Vec<String> {
        self.of(section).map(textnorm::fold).collect()
    }
}

/// Whether `words` hold `phrase` (both folded words) as consecutive words; an empty phrase never.
pub(crate) fn has_phrase(words: &[String], phrase: &[String]) -> bool {
    !phrase.is_empty() && words.windows(phrase.len()).any(|w| w == phrase)
}
