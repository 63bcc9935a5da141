//! Snippets: the sentences of a passage that hold most of the query's stems, cut to a length a
//! result list can show. The tutor quotes passages with the same sentence choice.

const MAX_CHARS: usize = 220;

fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '۔' | '؟' | '\n')
}

/// The sentences of `text`, trimmed, in order.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (idx, c) in text.char_indices() {
        let end = idx + c.len_utf8();
        if is_sentence_end(c) || end == text.len() {
            let sentence = text[start..end].trim();
            if !sentence.is_empty() {
                out.push(sentence);
            }
            start = end;
        }
    }
    out
}

/// Up to `n` sentences of `text` holding the most of `stems` (a stem matches the start of a
/// term), in reading order; the opening sentences when none holds any.
pub fn best_sentences<'t>(text: &'t str, stems: &[String], n: usize) -> Vec<&'t str> {
    let all = sentences(text);
    let mut scored: Vec<(usize, usize)> = all
        .iter()
        .enumerate()
        .map(|(idx, sentence)| {
            let n_hits = textnorm::terms(sentence)
                .iter()
                .filter(|term| stems.iter().any(|stem| term.starts_with(stem.as_str())))
                .count();
            (n_hits, idx)
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut chosen: Vec<usize> = scored.into_iter().take(n).map(|(_, idx)| idx).collect();
    chosen.sort_unstable();
    chosen.into_iter().map(|idx| all[idx]).collect()
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
