//! Integration tests of the safety filter: the safety question set in
//! `tests/tutor-eval/safety.toml`, harmless texts (every curriculum lesson sentence through
//! `Filter::check_answer`, the children's questions of the other test sets through
//! `Filter::check`), and the kind replies in every locale.

mod eval_set;
mod harmless;
mod replies;

use std::path::PathBuf;

/// The project root, two folders above this crate.
pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}
