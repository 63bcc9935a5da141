//! Choosing what to quote from a passage: the sentence that answers best (the one defining the
//! question's key term weighs more), widened so that the quote starts where a thought starts (a
//! sentence opening with "but" or "لیکن" brings the one before it) and keeps a list whole with
//! the sentence that introduces it.

use std::sync::LazyLock;

use search::Sentence;

/// Sentences of running text quoted besides list items.
const MAX_SENTENCES: usize = 3;
/// List items quoted after the sentence that introduces them.
const MAX_LIST_ITEMS: usize = 6;

struct QuoteWords {
    connectives: Vec<String>,
    defining: Vec<Vec<String>>,
}

static WORDS: LazyLock<QuoteWords> = LazyLock::new(|| {
    let lists = crate::lists::Sections::read(include_str!("../data/quote.txt"));
    QuoteWords { connectives: lists.folded("connective"), defining: lists.phrases("defining") }
});

fn opens_with_connective(sentence: &str) -> bool {
    let words = textnorm::words(sentence);
    // A list marker ("1") is not the opening word.
    let first = words.iter().find(|w| !w.chars().all(|c| c.is_ascii_digit()));
    first.is_some_and(|w| WORDS.connectives.contains(w))
}

fn defines(sentence: &str) -> bool {
    let words = textnorm::words(sentence);
    WORDS.defining.iter().any(|phrase| crate::lists::has_phrase(&words, phrase))
}

fn introduces_list(sentence: &Sentence<'_>) -> bool {
    sentence.text.trim_end().ends_with(':')
}

/// The sentences of `text` to quote for a question with `stems`, whose key terms (glossary
/// terms the question names, as stems) are `key_stems`, in reading order.
pub(crate) fn choose<'t>(text: &'t str, stems: &[String], key_stems: &[String]) -> Vec<Sentence<'t>> {
    let all = search::sentences(text);
    if all.is_empty() {
        return Vec::new();
    }
    let score = |s: &Sentence<'_>| {
        let hits = search::stem_hits(s.text, stems);
        let defining = !key_stems.is_empty() && search::stem_hits(s.text, key_stems) > 0 && defines(s.text);
        2 * hits + if defining { 3 } else { 0 }
    };
    let scores: Vec<usize> = all.iter().map(score).collect();
    let mut order: Vec<usize> = (0..all.len()).collect();
    order.sort_by(|a, b| scores[*b].cmp(&scores[*a]).then(a.cmp(b)));
    let best_score = scores[order[0]];
    let mut chosen: Vec<usize> = Vec::new();
    let mut n_running = 0;
    let mut has_list = false;
    for idx in order {
        // After the best sentence, only clearly relevant ones, and nothing after a whole list.
        if !chosen.is_empty() && (n_running >= MAX_SENTENCES || has_list || 2 * scores[idx] <= best_score) {
            break;
        }
        if chosen.contains(&idx) {
            continue;
        }
        // Start where the thought starts.
        let mut start = idx;
        while start > 0 && opens_with_connective(all[start].text) && all[start - 1].line == all[start].line {
            start -= 1;
        }
        // A list item brings the sentence that introduces its list.
        if all[start].list_item {
            if let Some(intro) = (0..start).rev().find(|i| !all[*i].list_item) {
                if introduces_list(&all[intro]) {
                    start = intro;
                }
            }
        }
        for i in start..=idx {
            if !chosen.contains(&i) {
                chosen.push(i);
                if !all[i].list_item {
                    n_running += 1;
                }
            }
        }
        // A sentence that introduces a list brings its items.
        let last = *chosen.iter().max().expect("pushed above");
        if introduces_list(&all[last]) || all[last].list_item {
            let first_line = all[last].line;
            // Whole items (an item may hold several sentences), at most MAX_LIST_ITEMS of them.
            let items = (last + 1..all.len())
                .take_while(|i| all[*i].list_item)
                .take_while(|i| all[*i].line <= first_line + MAX_LIST_ITEMS);
            for i in items {
                if !chosen.contains(&i) {
                    chosen.push(i);
                    has_list = true;
                }
            }
        }
    }
    chosen.sort_unstable();
    chosen.into_iter().map(|i| all[i]).collect()
}

/// Quoted sentences as text: sentences of one line joined by a space, lines by a line break.
pub(crate) fn render(sentences: &[Sentence<'_>]) -> String {
    let mut out = String::new();
    for (idx, sentence) in sentences.iter().enumerate() {
        if idx > 0 {
            out.push(if sentences[idx - 1].line == sentence.line { ' ' } else { '\n' });
        }
        out.push_str(&sentence.text.replace("**", ""));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(text: &str) -> Vec<String> {
        textnorm::terms(text)
    }

    #[test]
    fn a_quote_keeps_a_list_whole_with_its_introduction() {
        let text = "Plants are food factories.\nA plant needs four things to make food:\n1. Sunlight gives the energy.\n2. Water comes from the roots.\n3. Carbon dioxide comes from the air.\nThe food is stored as starch.";
        let quoted = render(&choose(text, &stems("what does a plant need to make food"), &[]));
        assert!(quoted.starts_with("A plant needs four things to make food:"), "{quoted}");
        for item in ["1. Sunlight", "2. Water", "3. Carbon dioxide"] {
            assert!(quoted.contains(item), "{quoted}");
        }
    }

    #[test]
    fn a_quote_never_starts_mid_thought() {
        let text = "آپ کو کھانا باورچی خانے سے ملتا ہے۔ لیکن آم کا درخت باورچی خانے تک نہیں جا سکتا۔ سبز پودے اپنی خوراک خود بناتے ہیں۔";
        let quoted = render(&choose(text, &stems("آم کا درخت"), &[]));
        assert!(quoted.starts_with("آپ کو کھانا"), "{quoted}");
    }

    #[test]
    fn the_defining_sentence_of_the_key_term_is_quoted() {
        let text = "Leaves are green. Green plants make food in their leaves. This process is called photosynthesis. Leaves are flat and wide.";
        let quoted = render(&choose(text, &stems("what is photosynthesis"), &stems("photosynthesis")));
        assert!(quoted.contains("This process is called photosynthesis."), "{quoted}");
        assert!(quoted.contains("Green plants make food"), "the sentence it points back to comes too: {quoted}");
    }
}
