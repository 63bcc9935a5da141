//! Sentences and snippets. A passage is cut into sentences that keep list items whole ("1. Water
//! ..." is one unit, not "1." and the rest) and never split a decimal ("2.5"); a snippet is the
//! sentence that holds most of the query's stems, cut to a length a result list can show. The
//! tutor quotes and checks text with the same sentences.

const MAX_CHARS: usize = 220;

/// One sentence of a passage, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence<'t> {
    pub text: &'t str,
    /// Index of the line (paragraph or list item) it stands in.
    pub line: usize,
    /// The first sentence of its line.
    pub starts_line: bool,
    /// The line is a numbered list item ("1. ...", "۱۔ ...").
    pub list_item: bool,
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '۔' | '؟')
}

/// Length in bytes of a list marker at the start of `line` ("1. ", "2) ", "۳۔ "), if any.
fn list_marker_len(line: &str) -> Option<usize> {
    let digits: usize = line
        .chars()
        .take_while(|c| textnorm::fold_char(*c).is_some_and(|f| f.is_ascii_digit()))
        .map(char::len_utf8)
        .sum();
    if digits == 0 || digits > 6 {
        return None;
    }
    let mut rest = line[digits..].chars();
    let marker = rest.next()?;
    let after = rest.next();
    (matches!(marker, '.' | ')' | '۔' | '-') && after.is_none_or(char::is_whitespace))
        .then(|| digits + marker.len_utf8())
}

/// The sentences of `text`, trimmed, in order. Lines are paragraphs or list items; a sentence
/// ends at . ! ? ۔ ؟ followed by a space or the end of the line.
pub fn sentences(text: &str) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    for (line_idx, line) in text.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
        let marker = list_marker_len(line);
        let mut start = 0;
        let mut first = true;
        let mut chars = line.char_indices().peekable();
        while let Some((idx, c)) = chars.next() {
            let end = idx + c.len_utf8();
            let at_break = is_sentence_end(c) && chars.peek().is_none_or(|(_, next)| next.is_whitespace());
            // The list marker's own dot ends nothing.
            if (at_break && marker.is_none_or(|m| end > m)) || end == line.len() {
                let sentence = line[start..end].trim();
                if !sentence.is_empty() {
                    out.push(Sentence {
                        text: sentence,
                        line: line_idx,
                        starts_line: first,
                        list_item: marker.is_some(),
                    });
                    first = false;
                }
                start = end;
            }
        }
    }
    out
}

/// How many of `stems` the sentence holds (a stem matches the start of a term).
pub fn stem_hits(sentence: &str, stems: &[String]) -> usize {
    textnorm::terms(sentence).iter().filter(|term| stems.iter().any(|stem| term.starts_with(stem.as_str()))).count()
}

/// Up to `n` sentences of `text` holding the most of `stems`, in reading order; the opening
/// sentences when none holds any.
pub fn best_sentences<'t>(text: &'t str, stems: &[String], n: usize) -> Vec<&'t str> {
    let all = sentences(text);
    let mut scored: Vec<(usize, usize)> =
        all.iter().enumerate().map(|(idx, sentence)| (stem_hits(sentence.text, stems), idx)).collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut chosen: Vec<usize> = scored.into_iter().take(n).map(|(_, idx)| idx).collect();
    chosen.sort_unstable();
    chosen.into_iter().map(|idx| all[idx].text).collect()
}

/// The best sentence of `text` for `stems`, cut to a result-list length.
pub fn best_snippet(text: &str, stems: &[String]) -> String {
    let sentence = best_sentences(text, stems, 1).into_iter().next().unwrap_or("");
    if sentence.chars().count() <= MAX_CHARS {
        return sentence.to_owned();
    }
    let cut: String = sentence.chars().take(MAX_CHARS).collect();
    let at_word = cut.rfind(char::is_whitespace).map_or(cut.as_str(), |pos| &cut[..pos]);
    format!("{}…", at_word.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_items_stay_whole_and_decimals_are_not_split() {
        let text = "A plant needs four things:\n1. **Sunlight** gives energy. It is free.\n2. Water.\nThe dot in 2.5 means half.";
        let all = sentences(text);
        let texts: Vec<&str> = all.iter().map(|s| s.text).collect();
        assert_eq!(
            texts,
            [
                "A plant needs four things:",
                "1. **Sunlight** gives energy.",
                "It is free.",
                "2. Water.",
                "The dot in 2.5 means half."
            ]
        );
        assert!(all[1].list_item && all[1].starts_line && !all[2].starts_line && all[2].list_item);
        let urdu = sentences("چار چیزیں:\n۱۔ پانی۔ جڑیں جذب کرتی ہیں۔");
        assert_eq!(urdu.iter().map(|s| s.text).collect::<Vec<_>>(), ["چار چیزیں:", "۱۔ پانی۔", "جڑیں جذب کرتی ہیں۔"]);
    }
}
