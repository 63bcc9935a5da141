//! Compiles the ministry's root public keys into the build: the file named by the build-time
//! variable `USTAD_ROOT_KEYS` (one hex key per line, `#` comments), or by default the
//! repository's development key `keys/dev-root.pub` (its secret is in the repository: a
//! build made for schools must name the ministry's own file).

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=USTAD_ROOT_KEYS");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let (path, development) = match std::env::var_os("USTAD_ROOT_KEYS") {
        Some(path) => (PathBuf::from(path), false),
        None => (manifest.join("../../keys/dev-root.pub"), true),
    };
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let keys: Vec<String> = text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_owned())
        .filter(|l| l.len() == 64 && l.bytes().all(|b| b.is_ascii_hexdigit()))
        .collect();
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("roots.rs");
    let code = format!(
        "/// The ministry's root public keys compiled into this build.\npub const ROOT_KEYS: &[&str] = &{keys:?};\n\
         /// Whether they are the repository's development key (not for schools).\npub const DEVELOPMENT_ROOT: bool = {development};\n"
    );
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
