//! Every category's kind reply exists in every locale's `tutor.ftl`, and no kind reply is
//! itself flagged when screened as an answer.

use safety::{Category, Filter};

const LOCALES: [&str; 5] = ["en", "ur", "ps", "sd", "pa-Arab"];

/// The `tutor-blocked-*` messages of a locale, as (id, text).
fn kind_replies(locale: &str) -> Vec<(String, String)> {
    let path = crate::project_root().join(format!("locales/{locale}/tutor.ftl"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter_map(|line| line.split_once(" = "))
        .filter(|(id, _)| id.trim().starts_with("tutor-blocked-"))
        .map(|(id, message)| (id.trim().to_owned(), message.to_owned()))
        .collect()
}

#[test]
fn every_reply_id_is_translated() {
    for locale in LOCALES {
        let replies = kind_replies(locale);
        for category in Category::ALL {
            let id = category.reply_id();
            assert!(replies.iter().any(|(name, _)| name == id), "{locale}: no message {id} for {category:?}");
        }
    }
}

#[test]
fn kind_replies_pass_the_filter() {
    let filter = Filter::default();
    for locale in LOCALES {
        for (id, message) in kind_replies(locale) {
            let flags = filter.check_answer(&message);
            assert!(flags.is_empty(), "{locale} {id}: {flags:?}");
        }
    }
}
