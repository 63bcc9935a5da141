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

/// The default tutor model, fetched once per test binary through the real catalogue route;
/// downloads stay in `USTAD_CACHE_DIR` or `~/.cache/ustad`, so CI fetches them once.
pub fn default_model() -> &'static Path {
    static MODEL: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &MODEL.get_or_init(|| fetch_default(catalog::Role::Llm)).1
}

/// The default speech model (Whisper base, converted to ggml by the real fetch route).
pub fn default_speech_model() -> &'static Path {
    static MODEL: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &MODEL.get_or_init(|| fetch_default(catalog::Role::Asr)).1
}

fn fetch_default(role: catalog::Role) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let cache = std::env::var_os("USTAD_CACHE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").expect("HOME")).join(".cache/ustad"));
    let catalog = catalog::Catalog::load(dir.path()).expect("the catalogue loads");
    let id = catalog.default_for(role).expect("a default model").id.clone();
    let path = catalog::fetch(&catalog, &id, &cache.join("pip")).expect("the default model is fetched");
    (dir, path)
}
