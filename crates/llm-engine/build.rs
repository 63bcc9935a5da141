//! llama.cpp is built as shared libraries (`dynamic-backends`): libllama, libggml, libggml-base
//! and one libggml-cpu-<level>.so per x86-64 level. They are copied beside the programs of this
//! build (target/<profile>/), where `ustad-llm-worker` finds them through its `$ORIGIN` run path
//! and its CPU variant folder, exactly as in an installation.
use std::path::{Path, PathBuf};

fn main() {
    let Some(backends) = std::env::var_os("DEP_LLAMA_BACKENDS_DIR").map(PathBuf::from) else { return };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    // OUT_DIR is target/<profile>/build/llm-engine-<hash>/out.
    let Some(profile_dir) = out.ancestors().nth(3) else { return };
    let root = backends.parent().expect("backends sits in OUT_DIR").to_owned();
    let mut files = Vec::new();
    for dir in [root.join("lib"), root.join("lib64"), backends.clone()] {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            // The libraries by their run-time names (libllama.so.0), and the CPU variants.
            let wanted = ["libllama.so.0", "libggml.so.0", "libggml-base.so.0"].contains(&name.as_str())
                || (name.starts_with("libggml-cpu-") && name.ends_with(".so"));
            if wanted {
                files.push(entry.path());
            }
        }
    }
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        copy_if_changed(&file, &profile_dir.join(file.file_name().expect("a file")));
    }
    // llama-cpp-sys-2 hard-links its libllama.so etc. (symbolic links to libllama.so.0) into
    // these folders, and panics ("File exists") the next time it runs for another feature set if
    // a link is left dangling. Beside the programs most now resolve (not libllama-common.so,
    // which nothing here loads); every dangling one is removed. scripts/lib.sh does the same
    // before a build, for what an interrupted build left behind.
    for dir in [profile_dir.to_path_buf(), profile_dir.join("deps"), profile_dir.join("examples")] {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            let is_link = path.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink());
            if is_link && !path.exists() && entry.file_name().to_string_lossy().starts_with("lib") {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
    println!("cargo:rerun-if-changed=build.rs");
}

fn copy_if_changed(from: &Path, to: &Path) {
    let real = std::fs::canonicalize(from).expect("library exists");
    let same = |a: &Path, b: &Path| match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.len() == b.len() && a.modified().ok() <= b.modified().ok(),
        _ => false,
    };
    if !same(&real, to) {
        let partial = to.with_extension("partial");
        std::fs::copy(&real, &partial).expect("copy a llama.cpp library beside the programs");
        std::fs::rename(&partial, to).expect("rename the copied library");
    }
}
