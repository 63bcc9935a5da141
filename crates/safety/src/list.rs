//! The list format of `data/*.txt` (described in the header of `data/en.txt`): sections,
//! named groups and pattern lines, parsed into [`Pattern`]s.

use std::collections::HashMap;

use crate::pattern::{Alternative, Group, Pattern, Term};
use crate::{Category, Error, Result};

/// How many words a pattern of several groups may cover, unless its line ends in `~N`.
pub(crate) const DEFAULT_SPAN: usize = 12;
/// The shortest prefix a `word*` term may have.
const MIN_PREFIX_CHARS: usize = 3;
/// Characters that belong to the syntax and never to a word.
const SYNTAX_CHARS: [char; 8] = ['|', '+', '>', '{', '}', '~', '@', '!'];

/// Which texts a pattern applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Every text: the child's messages and the tutor's answers.
    Messages,
    /// Only the tutor's answers (`[instructions:<category>]`).
    Answers,
}

#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub category: Category,
    pub scope: Scope,
    /// The line as written, reported as the flag's rule.
    pub text: String,
    pub pattern: Pattern,
}

/// Everything the lists hold.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lists {
    pub entries: Vec<Entry>,
    /// Phrases taken out of a text before matching ("naked eye").
    pub allowed: Vec<Alternative>,
}

enum Section {
    None,
    Allow,
    Patterns(Category, Scope),
}

/// Reads list texts; named groups (`@name = ...`) are local to the list that defines them.
pub(crate) fn parse<'a>(lists: impl Iterator<Item = &'a str>) -> Result<Lists> {
    let mut parsed = Lists::default();
    for list in lists {
        let mut section = Section::None;
        let mut named: HashMap<String, Vec<Alternative>> = HashMap::new();
        for (line_idx, raw_line) in list.lines().enumerate() {
            let line_number = line_idx + 1;
            let line = raw_line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let invalid = |reason: &str| Error::InvalidLine {
                line: line_number,
                text: line.to_owned(),
                reason: reason.to_owned(),
            };
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = parse_section(name)
                    .ok_or_else(|| Error::UnknownSection { line: line_number, name: name.to_owned() })?;
                continue;
            }
            // `@name = ...` defines a group; a line that only starts with a group is a pattern.
            if let Some((name, body)) = line.strip_prefix('@').and_then(|d| d.split_once(" = ")) {
                let name = name.trim();
                if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
                    return Err(invalid("a group name has letters, digits, `-` and `_`"));
                }
                let alternatives = parse_alternatives(body, &named).map_err(|reason| invalid(&reason))?;
                named.insert(name.to_owned(), alternatives);
                continue;
            }
            match section {
                Section::None => return Err(invalid("a line before any section")),
                Section::Allow => {
                    let phrase = parse_alternative(line).map_err(|reason| invalid(&reason))?;
                    parsed.allowed.push(phrase);
                }
                Section::Patterns(category, scope) => {
                    let pattern = parse_pattern(line, &named).map_err(|reason| invalid(&reason))?;
                    parsed.entries.push(Entry { category, scope, text: line.to_owned(), pattern });
                }
            }
        }
    }
    Ok(parsed)
}

fn parse_section(name: &str) -> Option<Section> {
    if name == "allow" {
        return Some(Section::Allow);
    }
    match name.strip_prefix("instructions:") {
        Some(category) => Category::parse(category).map(|c| Section::Patterns(c, Scope::Answers)),
        None => Category::parse(name).map(|c| Section::Patterns(c, Scope::Messages)),
    }
}

/// A pattern line: groups joined by ` + ` or by ` > `, with an optional `~N` at the end.
fn parse_pattern(line: &str, named: &HashMap<String, Vec<Alternative>>) -> std::result::Result<Pattern, String> {
    let (body, span) = match line.rsplit_once(" ~") {
        Some((body, n)) if n.chars().all(|c| c.is_ascii_digit()) => {
            let span: usize = n.parse().map_err(|_| format!("`~{n}` is not a number of words"))?;
            (body.trim_end(), span)
        }
        _ => (line, DEFAULT_SPAN),
    };
    let (unordered, ordered) = (body.contains(" + "), body.contains(" > "));
    if unordered && ordered {
        return Err("a line joins its groups with ` + ` or with ` > `, not both".to_owned());
    }
    let separator = if ordered { " > " } else { " + " };
    let mut groups = Vec::new();
    let mut unless = Vec::new();
    for group in body.split(separator).map(str::trim) {
        match group.strip_prefix('!') {
            Some(excluded) => unless.extend(parse_alternatives(excluded.trim(), named)?),
            None => groups.push(parse_group(group, named)?),
        }
    }
    if groups.is_empty() {
        return Err("a pattern needs a group that is not `!`".to_owned());
    }
    if groups.len() > crate::index::MAX_GROUPS {
        return Err(format!("more than {} groups", crate::index::MAX_GROUPS));
    }
    // The fewest words a match needs; a shorter span could never match.
    let fewest_words: usize =
        groups.iter().map(|g| g.alternatives.iter().map(Vec::len).min().unwrap_or(0) * g.at_least).sum();
    if span < fewest_words {
        return Err(format!("a span of {span} words is shorter than the {fewest_words} its groups need"));
    }
    Ok(Pattern { groups, ordered, span, unless })
}

/// A group: alternatives joined by ` | `, optionally led by `{N}` (N different ones needed).
fn parse_group(group: &str, named: &HashMap<String, Vec<Alternative>>) -> std::result::Result<Group, String> {
    let group = group.trim();
    let (at_least, body) = match group.strip_prefix('{').and_then(|g| g.split_once('}')) {
        Some((n, body)) => (n.trim().parse::<usize>().map_err(|_| format!("`{{{n}}}` is not a count"))?, body.trim()),
        None => (1, group),
    };
    let alternatives = parse_alternatives(body, named)?;
    if at_least == 0 || at_least > alternatives.len() {
        return Err(format!("a group asks for {at_least} of its {} alternatives", alternatives.len()));
    }
    Ok(Group { alternatives, at_least })
}

/// Alternatives joined by ` | `; `@name` stands for the alternatives of a named group.
fn parse_alternatives(
    text: &str,
    named: &HashMap<String, Vec<Alternative>>,
) -> std::result::Result<Vec<Alternative>, String> {
    let mut alternatives = Vec::new();
    for alternative in text.split(" | ").map(str::trim) {
        match alternative.strip_prefix('@') {
            Some(name) => {
                let group = named.get(name).ok_or_else(|| format!("`@{name}` is not defined above"))?;
                alternatives.extend(group.iter().cloned());
            }
            None => alternatives.push(parse_alternative(alternative)?),
        }
    }
    Ok(alternatives)
}

/// A word or phrase: each word stemmed, or a prefix when it ends in `*`.
fn parse_alternative(text: &str) -> std::result::Result<Alternative, String> {
    if let Some(c) = text.chars().find(|c| SYNTAX_CHARS.contains(c)) {
        return Err(format!("`{c}` inside `{text}` (separators need a space on each side)"));
    }
    let mut terms = Vec::new();
    for piece in text.split_whitespace() {
        match piece.strip_suffix('*') {
            Some(prefix) => {
                let words = textnorm::words(prefix);
                match words.as_slice() {
                    [word] if word.chars().count() >= MIN_PREFIX_CHARS => terms.push(Term::Prefix(word.clone())),
                    _ => return Err(format!("`{piece}`: a prefix is one word of {MIN_PREFIX_CHARS} or more letters")),
                }
            }
            None => terms.extend(textnorm::words(piece).iter().map(|w| Term::Stem(textnorm::stem(w)))),
        }
    }
    if terms.is_empty() {
        return Err("an empty word or phrase".to_owned());
    }
    Ok(terms)
}
