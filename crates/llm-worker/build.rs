//! llama.cpp is built as shared libraries (libllama, libggml, libggml-base and one
//! libggml-cpu-* per CPU level, copied beside the programs by llm-engine's build script): the
//! worker finds them in its own folder, wherever it is installed.
fn main() {
    println!("cargo:rustc-link-arg-bins=-Wl,-rpath,$ORIGIN");
}
