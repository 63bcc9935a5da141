//! Test support for the crates' integration tests (a dev-dependency only): where the repository
//! is, and the default content pack built from `curriculum/` once per test binary.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The default pack, built from the real curriculum on first use, with a fixed build date.
pub fn default_pack() -> &'static Path {
    static PACK: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &PACK
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("a temporary folder");
            let (curriculum, _) =
                curriculum::read_curriculum(&repo().join("curriculum")).expect("the curriculum reads");
            let path = dir.path().join("default.ustadpack");
            pack::build_pack(&curriculum, &path, "2026-01-01T00:00:00Z").expect("the default pack builds");
            (dir, path)
        })
        .1
}
