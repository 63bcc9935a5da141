//! What this build ships runs on the CPUs schools have: no AVX-512 instruction outside the code
//! that is chosen at run time after a CPUID check (ggml's AVX-512 CPU variants, and Rust crates
//! that test the CPU before they call such a function), and the default tier's programs start
//! on an emulated CPU without AVX (`qemu-x86_64 -cpu Nehalem`).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The folder of this build's programs (target/<profile>).
fn build_dir() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_ustad")).parent().expect("a folder").to_owned()
}

/// ggml's CPU variants for AVX-512 CPUs: loaded only when ggml's CPUID check says the CPU has it.
const AVX512_VARIANTS: [&str; 7] =
    ["skylakex", "cannonlake", "cascadelake", "icelake", "cooperlake", "zen4", "sapphirerapids"];

/// Functions that use AVX-512 only after testing the CPU for it (`is_x86_feature_detected!`).
const DISPATCHED_AT_RUN_TIME: [&str; 1] = ["crc32fast"];

/// The programs and libraries an installation holds: what scripts/package-deb.sh copies.
fn shipped(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        ["ustad", "ustad-app", "ustad-llm-worker", "ustad-asr-worker", "ustad-asr-worker-compat"]
            .iter()
            .map(|name| dir.join(name))
            .filter(|p| p.is_file())
            .collect();
    for entry in std::fs::read_dir(dir).expect("the build folder").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("lib") && (name.ends_with(".so.0") || name.starts_with("libggml-cpu-")) {
            files.push(entry.path());
        }
    }
    files.sort();
    files
}

/// The functions of `file` that use an AVX-512 register (zmm, or a mask register k0-k7).
fn avx512_functions(file: &Path) -> Vec<String> {
    let output = Command::new("objdump")
        .args(["-d", "--no-show-raw-insn"])
        .arg(file)
        .stderr(Stdio::null())
        .output()
        .expect("objdump runs (binutils; scripts/test.sh installs it)");
    assert!(output.status.success(), "objdump {}", file.display());
    let mut found = Vec::new();
    let mut function = String::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        if line.ends_with(">:") {
            function = line.split_once('<').map(|(_, f)| f.trim_end_matches(">:").to_owned()).unwrap_or_default();
        } else if (line.contains("%zmm") || is_mask_register(line)) && found.last() != Some(&function) {
            found.push(function.clone());
        }
    }
    found
}

fn is_mask_register(line: &str) -> bool {
    line.match_indices("%k").any(|(i, _)| line[i + 2..].chars().next().is_some_and(|c| ('0'..='7').contains(&c)))
}

#[test]
fn no_shipped_binary_uses_avx512_outside_code_chosen_at_run_time() {
    let files = shipped(&build_dir());
    let names: Vec<String> = files.iter().map(|f| f.file_name().unwrap().to_string_lossy().into_owned()).collect();
    for needed in ["ustad", "ustad-llm-worker", "ustad-asr-worker", "libllama.so.0", "libggml-cpu-x64.so"] {
        assert!(names.iter().any(|n| n == needed), "{needed} is not in {}: {names:?}", build_dir().display());
    }
    let mut offending = Vec::new();
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let functions = avx512_functions(file);
        if AVX512_VARIANTS.iter().any(|v| name == format!("libggml-cpu-{v}.so")) {
            // The check sees AVX-512 where it is.
            assert!(!functions.is_empty(), "{name} was built for AVX-512 but none was found");
            continue;
        }
        for function in functions {
            if !DISPATCHED_AT_RUN_TIME.iter().any(|crate_name| function.contains(crate_name)) {
                offending.push(format!("{name}: {function}"));
            }
        }
    }
    assert!(offending.is_empty(), "AVX-512 outside code chosen at run time: {offending:#?}");
}

/// Starts `program` on an emulated CPU without AVX and returns its first line (a worker's greeting).
fn first_line_on_nehalem(program: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let script = testkit::under_qemu(dir.path(), program, "Nehalem");
    let output = Command::new(&script)
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("the emulator runs");
    assert!(
        output.status.success(),
        "{} on Nehalem: {:?} {}",
        program.display(),
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).lines().next().unwrap_or_default().to_owned()
}

/// On this machine's CPU the LLM worker's compatible tier is its SSE4.2 code, whatever the CPU has.
#[test]
fn the_compatible_tier_runs_sse42_code() {
    let output = Command::new(build_dir().join("ustad-llm-worker"))
        .env("USTAD_CPU_TIER", "compat")
        .stdin(Stdio::null())
        .output()
        .expect("the worker runs");
    let hello = String::from_utf8_lossy(&output.stdout);
    assert!(hello.contains(r#""cpu":"sse4.2"#), "{hello}");
}

#[test]
fn the_programs_start_on_a_cpu_without_avx() {
    let dir = build_dir();
    assert!(first_line_on_nehalem(&dir.join("ustad"), &["--version"], &[]).starts_with("ustad "));
    let llm = first_line_on_nehalem(&dir.join("ustad-llm-worker"), &[], &[]);
    assert!(llm.contains(r#""cpu":"sse4.2"#), "{llm}");
    let llm_compat = first_line_on_nehalem(&dir.join("ustad-llm-worker"), &[], &[("USTAD_CPU_TIER", "compat")]);
    assert!(llm_compat.contains(r#""cpu":"sse4.2"#), "{llm_compat}");
    let asr = first_line_on_nehalem(&dir.join("ustad-asr-worker-compat"), &[], &[]);
    assert!(asr.contains(r#""cpu":"sse4.2"#), "{asr}");
}
