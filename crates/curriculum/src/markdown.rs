//! The locale Markdown files: `# Title`, an `{#objectives}` list, then `## Heading {#id}`
//! sections. Only the structure is parsed; section bodies stay Markdown.

use std::path::Path;

use crate::{Diagnostics, LessonText, Section};

/// A parsed locale file with what validation needs beyond the text itself.
pub(crate) struct ParsedText {
    pub text: LessonText,
    /// Line of each section's heading, parallel to `text.sections`.
    pub section_lines: Vec<usize>,
    /// Words in the section bodies (objectives excluded).
    pub body_words: usize,
}

/// Parses `## Heading {#id}` into its heading and id.
fn section_heading(line: &str) -> Option<(String, String)> {
    let rest = line.strip_prefix("## ")?.trim_end();
    let open = rest.rfind("{#")?;
    let id = rest[open + 2..].strip_suffix('}')?;
    Some((rest[..open].trim().to_owned(), id.to_owned()))
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
}

pub(crate) fn parse(source: &str, file: &Path, diags: &mut Diagnostics) -> Option<ParsedText> {
    let mut lines = source.lines().enumerate().map(|(idx, line)| (idx + 1, line));
    let title = match lines.next() {
        Some((_, first)) if first.starts_with("# ") && !first[2..].trim().is_empty() => first[2..].trim().to_owned(),
        _ => {
            diags.error(file, 1, "the first line must be the lesson title, written `# Title`");
            return None;
        }
    };
    let mut objectives = Vec::new();
    let mut objectives_line = None;
    let mut sections: Vec<Section> = Vec::new();
    let mut section_lines = Vec::new();
    let mut current: Option<String> = None;
    for (line_no, line) in lines {
        if line.starts_with("# ") {
            diags.error(file, line_no, "only the first line may be a `# Title`; sections use `## Heading {#id}`");
            continue;
        }
        if line.starts_with("## ") {
            let Some((heading, id)) = section_heading(line) else {
                diags.error(file, line_no, "a section heading needs an id: `## Heading {#section-id}`");
                current = None;
                continue;
            };
            if !is_valid_id(&id) {
                diags.error(file, line_no, format!("section id `{id}` may only use a-z, 0-9 and `-`"));
            }
            let seen = id == "objectives" && objectives_line.is_some() || sections.iter().any(|s| s.id == id);
            if seen {
                diags.error(file, line_no, format!("section id `{id}` is used twice"));
            }
            if id == "objectives" {
                objectives_line = Some(line_no);
            } else {
                sections.push(Section { id: id.clone(), heading, body: String::new() });
                section_lines.push(line_no);
            }
            current = Some(id);
            continue;
        }
        match current.as_deref() {
            None if line.trim().is_empty() => {}
            None => diags.error(file, line_no, "text before the first `## Heading {#id}` section"),
            Some("objectives") => {
                let item = line.trim();
                if let Some(objective) = item.strip_prefix("- ").or_else(|| item.strip_prefix("* ")) {
                    objectives.push(objective.trim().to_owned());
                } else if !item.is_empty() {
                    diags.error(file, line_no, "objectives are a list: each line starts with `- `");
                }
            }
            Some(_) => {
                let body = &mut sections.last_mut().expect("a section is open").body;
                body.push_str(line);
                body.push('\n');
            }
        }
    }
    match objectives_line {
        None => diags.error(file, 0, "no `## ... {#objectives}` section with the learning objectives"),
        Some(line_no) if objectives.is_empty() => diags.error(file, line_no, "the objectives list is empty"),
        Some(_) => {}
    }
    let mut body_words = 0;
    for (section, line_no) in sections.iter_mut().zip(&section_lines) {
        section.body = section.body.trim().to_owned();
        if section.body.is_empty() {
            diags.error(file, *line_no, format!("section `{}` has no text", section.id));
        }
        body_words += section.body.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    }
    Some(ParsedText { text: LessonText { title, objectives, sections }, section_lines, body_words })
}

/// Plain text of a Markdown body: emphasis markers, list bullets and link targets removed.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        let content = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("* "))
            .or_else(|| trimmed.strip_prefix("> "))
            .unwrap_or(trimmed);
        let content = content.trim_start_matches('#').trim_start();
        let mut chars = content.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '*' | '_' | '`' => {}
                ']' if chars.peek() == Some(&'(') => {
                    for skipped in chars.by_ref() {
                        if skipped == ')' {
                            break;
                        }
                    }
                }
                '[' | '|' => out.push(' '),
                _ => out.push(c),
            }
        }
        out.push('\n');
    }
    out.trim().to_owned()
}
