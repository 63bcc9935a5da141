//! Embeds every `locales/<lang>/*.ftl` file of the repository into the crate.
//!
//! Paths are kept relative to this package (`rerun-if-changed`) and to `CARGO_MANIFEST_DIR`
//! (`include_str!`), never absolute: two checkouts that share one Cargo target folder must not
//! end up embedding each other's translations.

use std::fmt::Write;
use std::path::Path;

const LOCALES: &str = "../../locales";

fn main() {
    // Read at run time: a build-script binary may be shared between checkouts.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir).join(LOCALES);
    println!("cargo:rerun-if-changed={LOCALES}");
    let mut entries = Vec::new();
    for lang in std::fs::read_dir(&root).expect("locales/ exists") {
        let lang = lang.expect("readable").path();
        if !lang.is_dir() {
            continue;
        }
        let lang_name = lang.file_name().unwrap().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed={LOCALES}/{lang_name}");
        for file in std::fs::read_dir(&lang).expect("readable") {
            let file = file.expect("readable").path();
            if file.extension().is_some_and(|e| e == "ftl") {
                let file_name = file.file_name().unwrap().to_string_lossy().into_owned();
                println!("cargo:rerun-if-changed={LOCALES}/{lang_name}/{file_name}");
                entries.push((lang_name.clone(), file_name));
            }
        }
    }
    entries.sort();
    let mut code = String::from("pub(crate) static FILES: &[(&str, &str, &str)] = &[\n");
    for (lang, file_name) in entries {
        let stem = file_name.trim_end_matches(".ftl");
        writeln!(
            code,
            "    ({lang:?}, {stem:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{LOCALES}/{lang}/{file_name}\"))),"
        )
        .unwrap();
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(out, code).unwrap();
}
