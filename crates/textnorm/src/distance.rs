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
