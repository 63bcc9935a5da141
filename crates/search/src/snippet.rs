//! Snippets: the sentence of a passage that holds most of the query's stems, cut to a length a
//! result list can show.

const MAX_CHARS: usize = 220;

fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '۔' | '؟' | '\n')
}

/// The best sentence of `text` for `stems`, or the opening sentence when none matches.
pub fn best_snippet(text: &str, stems: &[String]) -> String {
    let mut best: Option<(usize, &str)> = None;
    let mut start = 0;
    for (idx, c) in text.char_indices() {
        let end = idx + c.len_utf8();
        if is_sentence_end(c) || end == text.len() {
            let sentence = text[start..end].trim();
            if !sentence.is_empty() {
                let n_hits = textnorm::terms(sentence)
                    .iter()
                    .filter(|term| stems.iter().any(|stem| term.starts_with(stem.as_str())))
                    .count();
                if best.is_none_or(|(n_best, _)| n_hits > n_best) {
                    best = Some((n_hits, sentence));
                }
            }
            start = end;
        }
    }
    let sentence = best.map_or("", |(_, s)| s);
    if sentence.chars().count() <= MAX_CHARS {
        return sentence.to_owned();
    }
    let cut: String = sentence.chars().take(MAX_CHARS).collect();
    let at_word = cut.rfind(char::is_whitespace).map_or(cut.as_str(), |pos| &cut[..pos]);
    format!("{}…", at_word.trim_end())
}
