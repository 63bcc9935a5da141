//! Says which CPU tier this build of the speech worker is: whisper-rs-sys builds whisper.cpp's
//! ggml for one instruction set, chosen by GGML_* variables at build time. The full tier is
//! ggml's portable x86-64 set (AVX, AVX2, F16C, FMA); the compatible one is built with
//! `USTAD_BUILD_TIER=compat` and GGML_AVX/AVX2/FMA/F16C/BMI2 off (scripts/lib.sh).
fn main() {
    println!("cargo:rerun-if-env-changed=USTAD_BUILD_TIER");
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let compat = std::env::var("USTAD_BUILD_TIER").is_ok_and(|t| t == "compat");
    let cpu = match (arch.as_str(), compat) {
        ("x86_64", true) => "sse4.2 (SSE3 SSSE3 SSE4.2)",
        ("x86_64", false) => "avx2 (AVX AVX2 F16C FMA)",
        _ => "portable",
    };
    println!("cargo:rustc-env=USTAD_ASR_CPU={cpu}");
}
