//! Embeds every `locales/<lang>/*.ftl` file of the repository into the crate.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    for lang in std::fs::read_dir(&root).expect("locales/ exists") {
        let lang = lang.expect("readable").path();
        if !lang.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        for file in std::fs::read_dir(&lang).expect("readable") {
            let file = file.expect("readable").path();
            if file.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                let name = lang.file_name().unwrap().to_string_lossy().into_owned();
                entries.push((name, file.canonicalize().unwrap()));
            }
        }
    }
    entries.sort();
    let mut code = String::from("pub(crate) static FILES: &[(&str, &str, &str)] = &[\n");
    for (lang, path) in entries {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        writeln!(code, "    ({lang:?}, {stem:?}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(out, code).unwrap();
}
