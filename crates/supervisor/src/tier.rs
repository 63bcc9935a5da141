//! CPU tiers of the workers. Each worker has a full tier, the fastest for this CPU (the LLM
//! worker loads ggml's best CPU variant; the speech worker is built for AVX2, F16C and FMA), and
//! a compatible one (the LLM worker's SSE4.2 variant; a speech worker built for SSE4.2 only,
//! `ustad-asr-worker-compat`). The speech worker's tier is picked from the CPU's features at
//! spawn time. If a worker on its full tier still dies of SIGILL (an instruction this CPU or its
//! operating system does not offer), the supervisor drops to the compatible tier and remembers
//! it, for this process and, when a file is named, for the next start (the fallback Ollama
//! uses for its CPU runners).

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// Signal number of an illegal instruction.
pub(crate) const SIGILL: i32 = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Full,
    Compat,
}

/// How a worker is started on the compatible tier.
#[derive(Debug, Clone)]
pub struct Compat {
    /// The program: the same worker, or a build of it for older CPUs.
    pub program: PathBuf,
    /// Environment for it (`USTAD_CPU_TIER=compat` for the LLM worker).
    pub env: Vec<(String, String)>,
    /// CPU features the full tier needs; without one of them the compatible tier is used from
    /// the start. Empty when the full tier picks its own code at run time.
    pub full_needs: Vec<&'static str>,
}

/// Full-tier programs that died of SIGILL in this process.
static FELL_BACK: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// The folder where falls back are remembered across starts (`<data>/cpu-tier`).
static MEMORY: OnceLock<PathBuf> = OnceLock::new();

/// Remember falls back to the compatible tier in `data_dir`, for the next start of the app or
/// the command (set once, by whoever knows the data folder).
pub fn remember_tiers_in(data_dir: &Path) {
    let _ = MEMORY.set(data_dir.join("cpu-tier"));
}

fn memory_file(program: &Path) -> Option<PathBuf> {
    let name = program.file_name()?.to_string_lossy().into_owned();
    MEMORY.get().map(|dir| dir.join(format!("{name}.compat")))
}

impl Compat {
    /// The tier to start `program` on, on this CPU.
    pub fn tier(&self, program: &Path) -> Tier {
        let features = system::cpu().features;
        let lacks = self.full_needs.iter().any(|f| !features.contains(f));
        let fell_back = FELL_BACK.lock().unwrap_or_else(|e| e.into_inner()).iter().any(|p| p == program)
            || memory_file(program).is_some_and(|f| f.is_file());
        if lacks || fell_back {
            Tier::Compat
        } else {
            Tier::Full
        }
    }

    /// `program` died of SIGILL on its full tier: use the compatible one from now on.
    pub(crate) fn fall_back(&self, program: &Path) {
        tracing::warn!(program = %program.display(), "SIGILL: the compatible CPU tier is used from now on");
        FELL_BACK.lock().unwrap_or_else(|e| e.into_inner()).push(program.to_owned());
        if let Some(file) = memory_file(program) {
            if let Some(dir) = file.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            let _ = std::fs::write(file, format!("{} died of SIGILL on this CPU\n", program.display()));
        }
    }
}
