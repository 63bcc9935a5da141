//! What the CLI and the app both say about sync: a bundle's records in words ("2 quiz
//! attempts, one lesson assigned"), and a class's join code as a QR code.

use std::collections::BTreeMap;

use i18n::{arg, Translator};

/// The records of a bundle in words, the tables people think of (the rest as changes).
pub fn sync_words(tr: &Translator, tables: &BTreeMap<String, u64>) -> String {
    let mut parts = Vec::new();
    for table in ["attempts", "assignments", "progress", "exchanges", "profiles", "classes", "changes", "erasures"] {
        if let Some(&count) = tables.get(table).filter(|n| **n > 0) {
            parts.push(tr.t(&format!("sync-count-{table}"), &[("count", arg(count))]));
        }
    }
    if parts.is_empty() {
        tr.t("sync-nothing-new", &[])
    } else {
        parts.join(tr.t("sync-list-separator", &[]).as_str())
    }
}

/// The join code as a QR code: rows of modules, `true` dark (a quiet zone is the viewer's).
pub fn join_qr(code: &str) -> Vec<Vec<bool>> {
    let Ok(qr) = qrcode::QrCode::new(code.as_bytes()) else { return Vec::new() };
    let width = qr.width();
    let colors = qr.to_colors();
    colors.chunks(width).map(|row| row.iter().map(|c| *c == qrcode::Color::Dark).collect()).collect()
}
