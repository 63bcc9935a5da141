//! `ustad bench ...`: the benchmarks that measure Ustad against the references its issues name
//! (search latency, the tutor's model against llama.cpp's llama-bench, speech against
//! whisper.cpp's whisper-cli, the desktop app's cold start, the teacher's class report, sync). Each returns its figures as a
//! report the CLI prints as text or JSON; none asserts a time (see the README's figures).

mod app;
mod asr;
mod llm;
mod reports;
mod search;
mod sync_bench;

use anyhow::Result;
use clap::Subcommand;
use serde::Serialize;
use session::Paths;

pub use app::{AppBench, AppBenchArgs};
pub use asr::{AsrBench, AsrBenchArgs};
pub use llm::{LlmBench, LlmBenchArgs};
pub use reports::ReportsBench;
pub use search::SearchBench;
pub use sync_bench::SyncBench;

#[derive(Subcommand)]
pub enum BenchCommand {
    /// Search latency over a generated pack of many lessons
    Search {
        /// Lessons in the generated pack
        #[arg(long, default_value_t = 10_000)]
        lessons: usize,
        /// Timed runs of the whole query set
        #[arg(long, default_value_t = 20)]
        runs: usize,
        /// Keep the generated pack at this path (it is deleted otherwise)
        #[arg(long, value_name = "FILE")]
        keep: Option<std::path::PathBuf>,
    },
    /// LLM speed: load, prompt processing, decode, time to first token, memory; compared with
    /// llama.cpp's own llama-bench when it is available
    Llm(LlmBenchArgs),
    /// The desktop app: cold start to a usable window, and its memory without a model
    App(AppBenchArgs),
    /// Speech recognition: load, real-time factor on a 30 s clip, memory, word error rates;
    /// compared with whisper.cpp's own whisper-cli when it is available
    Asr(AsrBenchArgs),
    /// The teacher's class report over a generated year of work of a class
    Reports {
        /// Learners in the generated class
        #[arg(long, default_value_t = 40)]
        learners: usize,
        /// Quiz attempts per learner and lesson
        #[arg(long, default_value_t = 3)]
        attempts: usize,
        /// Timed runs of each report
        #[arg(long, default_value_t = 10)]
        runs: usize,
    },
    /// Sync: a year of a class's work from a learner's laptop to the teacher's in one bundle,
    /// then a day's work
    Sync {
        /// Learners in the generated class
        #[arg(long, default_value_t = 40)]
        learners: usize,
        /// Questions to the tutor per learner over the year
        #[arg(long, default_value_t = 500)]
        questions: usize,
    },
}

/// The figures of one benchmark.
#[derive(Serialize)]
#[serde(untagged)]
pub enum Report {
    Search(SearchBench),
    Llm(Box<LlmBench>),
    App(AppBench),
    Asr(AsrBench),
    Reports(ReportsBench),
    Sync(SyncBench),
}

impl Report {
    /// The figures as lines of text.
    pub fn render(&self) -> String {
        match self {
            Report::Search(r) => r.render(),
            Report::Llm(r) => r.render(),
            Report::App(r) => r.render(),
            Report::Asr(r) => r.render(),
            Report::Reports(r) => r.render(),
            Report::Sync(r) => r.render(),
        }
    }
}

/// Runs one benchmark on the pack and models that `paths` name.
pub fn run(paths: &Paths, cmd: BenchCommand) -> Result<Report> {
    Ok(match cmd {
        BenchCommand::Search { lessons, runs, keep } => Report::Search(search::run(paths, lessons, runs, keep)?),
        BenchCommand::Llm(args) => Report::Llm(Box::new(llm::run(paths, &args)?)),
        BenchCommand::Asr(args) => Report::Asr(asr::run(paths, &args)?),
        BenchCommand::App(args) => Report::App(app::run(paths, &args)?),
        BenchCommand::Reports { learners, attempts, runs } => {
            Report::Reports(reports::run(paths, learners, attempts, runs)?)
        }
        BenchCommand::Sync { learners, questions } => Report::Sync(sync_bench::run(learners, questions)?),
    })
}

/// A small deterministic generator, so every run measures the same data.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below.max(1)
    }
}

/// The middle value (the upper one of an even count); 0 for none.
pub(crate) fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(0.0)
}

/// Peak resident memory of a process, in MB; 0 where /proc does not tell.
pub(crate) fn peak_rss_mb(pid: u32) -> f64 {
    system::peak_memory_bytes(pid) as f64 / (1024.0 * 1024.0)
}
