//! Which of ggml's CPU variants computes here. llama.cpp is built with `GGML_BACKEND_DL` and
//! `GGML_CPU_ALL_VARIANTS`: ggml's CPU code exists once per x86-64 level, as
//! `libggml-cpu-<level>.so` (x64, sse42, sandybridge, haswell, skylakex, icelake, ...), and at
//! start the worker loads the best one this CPU runs (ggml scores each by CPUID). One
//! installation therefore runs at full speed on an AVX2 or AVX-512 laptop and still runs on a
//! Celeron with only SSE4.2.
//!
//! The compatible tier (`Tier::Compat`, chosen by the supervisor after a worker died of
//! SIGILL) skips the scoring and loads the SSE4.2 variant, or the plain x86-64 one.
//! This module holds the engine's only other unsafe code: reading the loaded variant's
//! feature list through ggml's registry.
#![allow(unsafe_code)]

use std::ffi::{CStr, CString};
use std::path::{Path, PathBuf};

use crate::{EngineError, Result};

/// The environment variable by which the supervisor asks for a tier (`compat`).
pub const TIER_ENV: &str = "USTAD_CPU_TIER";

/// What the loaded CPU variant was compiled for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CpuVariant {
    /// ggml's names of the instruction sets it uses: "AVX2", "F16C", "FMA", "AVX512", ...
    pub features: Vec<String>,
    /// The folder it was loaded from.
    pub dir: PathBuf,
    /// Loaded as the compatible tier rather than ggml's best.
    pub compat: bool,
}

impl CpuVariant {
    /// A short name for diagnostics: "avx512", "avx2", "avx", "sse4.2" or "x86-64".
    pub fn level(&self) -> &'static str {
        let has = |name: &str| self.features.iter().any(|f| f == name);
        if has("AVX512") {
            "avx512"
        } else if has("AVX2") {
            "avx2"
        } else if has("AVX") {
            "avx"
        } else if has("SSSE3") {
            "sse4.2"
        } else {
            "x86-64"
        }
    }

    /// "avx2 (AVX AVX2 F16C FMA BMI2)".
    pub fn describe(&self) -> String {
        format!("{} ({})", self.level(), self.features.join(" "))
    }
}

/// The folder holding the `libggml-cpu-*.so` variants: `USTAD_GGML_BACKENDS_DIR` when set, the
/// worker's own folder when they are there (an installation), else where this build put them.
pub fn backends_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("USTAD_GGML_BACKENDS_DIR") {
        return Some(PathBuf::from(dir));
    }
    let beside = std::env::current_exe().ok().and_then(|exe| exe.parent().map(Path::to_owned));
    if let Some(dir) = beside.filter(|dir| !variant_files(dir).is_empty()) {
        return Some(dir);
    }
    llama_cpp_sys_2::BACKENDS_DIR.map(PathBuf::from)
}

/// The CPU variant libraries in `dir`, sorted.
pub fn variant_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                        n.starts_with(&format!("{}ggml-cpu", std::env::consts::DLL_PREFIX))
                            && n.ends_with(std::env::consts::DLL_SUFFIX)
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn file_of(dir: &Path, level: &str) -> PathBuf {
    dir.join(format!("{}ggml-cpu-{level}{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_SUFFIX))
}

/// Loads the CPU variant for this CPU (or the compatible one when `USTAD_CPU_TIER=compat`) and
/// says which; once per process. Call before the llama.cpp backend is initialised.
pub fn load_cpu_backend() -> Result<CpuVariant> {
    static LOADED: std::sync::OnceLock<std::result::Result<CpuVariant, String>> = std::sync::OnceLock::new();
    LOADED.get_or_init(|| load().map_err(|e| e.to_string())).clone().map_err(EngineError::Cpu)
}

fn load() -> Result<CpuVariant> {
    let dir = backends_dir().ok_or_else(|| EngineError::Cpu("this build has no CPU variant folder".into()))?;
    let compat = std::env::var(TIER_ENV).is_ok_and(|t| t == "compat");
    if compat {
        // ggml refuses a variant whose score is 0 on this CPU, so the plain one is the floor.
        let loaded = ["sse42", "x64"].iter().any(|level| {
            let path = file_of(&dir, level);
            let Ok(path) = CString::new(path.to_string_lossy().as_bytes()) else { return false };
            // SAFETY: a NUL-terminated path; ggml returns null when the file does not load.
            !unsafe { llama_cpp_sys_2::ggml_backend_load(path.as_ptr()) }.is_null()
        });
        if !loaded {
            return Err(EngineError::Cpu(format!("no compatible CPU variant in {}", dir.display())));
        }
    } else {
        llama_cpp_2::llama_backend::load_backends_from_path(&dir);
    }
    let features = cpu_features()
        .ok_or_else(|| EngineError::Cpu(format!("no CPU variant in {} runs on this CPU", dir.display())))?;
    Ok(CpuVariant { features, dir, compat })
}

/// The loaded CPU backend's compiled-in instruction sets; `None` when none is loaded.
fn cpu_features() -> Option<Vec<String>> {
    let name = CString::new("CPU").expect("no NUL");
    let get = CString::new("ggml_backend_get_features").expect("no NUL");
    // SAFETY: registry lookups by NUL-terminated names; each returns null when absent. The
    // feature list is a static, NULL-terminated array of pairs of C strings owned by the backend.
    unsafe {
        let reg = llama_cpp_sys_2::ggml_backend_reg_by_name(name.as_ptr());
        if reg.is_null() {
            return None;
        }
        let proc = llama_cpp_sys_2::ggml_backend_reg_get_proc_address(reg, get.as_ptr());
        if proc.is_null() {
            return Some(Vec::new());
        }
        let get_features: unsafe extern "C" fn(
            llama_cpp_sys_2::ggml_backend_reg_t,
        ) -> *mut llama_cpp_sys_2::ggml_backend_feature = std::mem::transmute(proc);
        let mut feature = get_features(reg);
        let mut found = Vec::new();
        while !feature.is_null() && !(*feature).name.is_null() {
            let value = CStr::from_ptr((*feature).value).to_string_lossy();
            let name = CStr::from_ptr((*feature).name).to_string_lossy().into_owned();
            if value == "1" && !matches!(name.as_str(), "LLAMAFILE" | "OPENMP" | "REPACK") {
                found.push(name);
            }
            feature = feature.add(1);
        }
        Some(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_best_variant_for_this_cpu_is_loaded() {
        let variant = load_cpu_backend().expect("a CPU variant loads");
        // This build ships every x86-64 level; the one loaded uses what this CPU has.
        #[cfg(target_arch = "x86_64")]
        {
            assert!(variant_files(&variant.dir).len() >= 6, "{:?}", variant_files(&variant.dir));
            if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma") {
                assert!(matches!(variant.level(), "avx2" | "avx512"), "{}", variant.describe());
            }
        }
        assert!(!variant.compat);
    }

    #[test]
    fn levels_are_named_from_features() {
        let of = |f: &[&str]| CpuVariant {
            features: f.iter().map(|s| s.to_string()).collect(),
            dir: PathBuf::new(),
            compat: false,
        };
        assert_eq!(of(&[]).level(), "x86-64");
        assert_eq!(of(&["SSE3", "SSSE3"]).level(), "sse4.2");
        assert_eq!(of(&["SSE3", "SSSE3", "AVX"]).level(), "avx");
        assert_eq!(of(&["AVX", "AVX2", "FMA", "F16C"]).level(), "avx2");
        assert_eq!(of(&["AVX2", "AVX512"]).level(), "avx512");
    }
}
