//! Edit distance and the deletion neighbourhood used to find near spellings through an index.

/// Optimal-string-alignment distance: insertions, deletions, substitutions and transpositions of
/// neighbouring characters each cost one.
pub fn osa_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut rows = vec![0usize; (a.len() + 1) * width];
    for (j, cell) in rows.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        rows[i * width] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[(i - 1) * width + j] + 1)
                .min(rows[i * width + j - 1] + 1)
                .min(rows[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[(i - 2) * width + j - 2] + 1);
            }
            rows[i * width + j] = best;
        }
    }
    rows[a.len() * width + b.len()]
}

/// The key itself and every string made by deleting one of its characters. Two keys within one
/// substitution, insertion, deletion or transposition share at least one variant.
pub fn deletion_variants(key: &str) -> Vec<String> {
    let chars: Vec<char> = key.chars().collect();
    let mut variants = vec![key.to_owned()];
    for skip in 0..chars.len() {
        let variant: String = chars.iter().enumerate().filter(|(idx, _)| *idx != skip).map(|(_, c)| *c).collect();
        if !variants.contains(&variant) {
            variants.push(variant);
        }
    }
    variants
}

/// Levenshtein distance between two sequences (insertions, deletions, substitutions).
fn edits<T: PartialEq>(r: &[T], h: &[T]) -> usize {
    let mut row: Vec<usize> = (0..=h.len()).collect();
    for i in 1..=r.len() {
        let mut diagonal = row[0];
        row[0] = i;
        for j in 1..=h.len() {
            let above = row[j];
            row[j] = (diagonal + usize::from(r[i - 1] != h[j - 1])).min(above + 1).min(row[j - 1] + 1);
            diagonal = above;
        }
    }
    row[h.len()]
}

/// Word error rate: the word-level edit distance between `reference` and `hypothesis` (both
/// split into folded words, so case, punctuation, digits of either script and Urdu letter
/// variants do not count) over the number of reference words.
pub fn word_error_rate(reference: &str, hypothesis: &str) -> f64 {
    let (r, h) = (crate::words(reference), crate::words(hypothesis));
    edits(&r, &h) as f64 / r.len().max(1) as f64
}

/// Character error rate: the edit distance between the letters of the folded words (spaces
/// left out, so a word split in two costs nothing) over the number of reference letters.
pub fn character_error_rate(reference: &str, hypothesis: &str) -> f64 {
    let letters = |text: &str| -> Vec<char> { crate::words(text).concat().chars().collect() };
    let (r, h) = (letters(reference), letters(hypothesis));
    edits(&r, &h) as f64 / r.len().max(1) as f64
}
