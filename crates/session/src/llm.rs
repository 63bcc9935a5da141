//! The tutor's [`tutor::Generator`] over the supervised `ustad-llm-worker`.

use catalog::ModelEntry;
use llm_protocol::{Message, Sampling, Stats};
use supervisor::{Config, LlmClient};
use tutor::{GenerateError, Generator, ModelRef};

/// Context size the tutor uses: room for the system prompt, one lesson passage, a few turns and
/// the answer, without the memory of a full 8k context.
pub const TUTOR_CONTEXT: u32 = 2048;

pub struct WorkerGenerator {
    client: LlmClient,
    entry: ModelEntry,
}

fn generate_error(err: supervisor::SupervisorError) -> GenerateError {
    GenerateError { code: err.code, message: err.message }
}

impl WorkerGenerator {
    /// Starts the worker next to this program and loads `entry` from `path` on [`threads`].
    pub fn start(entry: ModelEntry, path: &std::path::Path) -> Result<WorkerGenerator, GenerateError> {
        WorkerGenerator::start_on(entry, path, threads())
    }

    /// As [`WorkerGenerator::start`], on `n_threads` threads.
    pub fn start_on(
        entry: ModelEntry,
        path: &std::path::Path,
        n_threads: u32,
    ) -> Result<WorkerGenerator, GenerateError> {
        let config = Config::beside_current_exe();
        if !config.program.is_file() {
            return Err(GenerateError {
                code: llm_protocol::ErrorCode::WorkerMissing,
                message: format!("{} is not installed next to ustad", config.program.display()),
            });
        }
        let mut client = LlmClient::new(config);
        client.load(path, TUTOR_CONTEXT, n_threads).map_err(generate_error)?;
        Ok(WorkerGenerator { client, entry })
    }
}

impl WorkerGenerator {
    /// Stops the answer being written, from another thread.
    pub fn cancel_handle(&self) -> supervisor::CancelHandle {
        self.client.cancel_handle()
    }

    /// The worker's process id, for memory measurements.
    pub fn worker_pid(&self) -> Option<u32> {
        self.client.worker_pid()
    }
}

impl WorkerGenerator {
    /// Computes prompt openings and waits until they are done (benchmarks).
    pub fn prefill_now(&mut self, openings: Vec<Vec<Message>>) -> Result<Stats, GenerateError> {
        self.client.prefill_now(openings).map_err(generate_error)
    }
}

impl Generator for WorkerGenerator {
    fn model(&self) -> ModelRef {
        ModelRef { id: self.entry.id.clone(), sha256: self.entry.sha256.clone() }
    }

    fn languages(&self) -> Vec<String> {
        self.entry.languages.clone()
    }

    fn generate(
        &mut self,
        messages: Vec<Message>,
        max_tokens: u32,
        on_token: &mut dyn FnMut(&str),
    ) -> Result<Stats, GenerateError> {
        self.client.chat(messages, Sampling::default(), max_tokens, on_token).map_err(generate_error)
    }

    fn prefill(&mut self, openings: Vec<Vec<Message>>) {
        self.client.prefill(openings);
    }
}

/// Inference threads: `USTAD_THREADS`, or the physical cores (at most 4 for decoding).
pub fn threads() -> u32 {
    std::env::var("USTAD_THREADS")
        .ok()
        .and_then(|t| t.parse::<u32>().ok())
        .filter(|t| *t > 0)
        .unwrap_or(system::default_threads(4) as u32)
}
