//! Integration tests of the safety filter: the safety question set in
//! `tests/tutor-eval/safety.toml`, harmless texts (every curriculum lesson sentence through
//! `Filter::check_answer`, the children's questions of the other test sets through
//! `Filter::check`), and the kind replies in every locale.

mod eval_set;
mod harmless;
mod replies;

use std::path::PathBuf;

/// The project root, two folders above this crate (read when the test runs: checkouts that
/// share a target folder reuse each other's test binaries).
pub fn project_root() -> PathBuf {
    PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo")).join("../..")
}
