//! The supervisor of `ustad-llm-worker`, shared by the app and the CLI. It spawns the worker and
//! checks its greeting; refuses a model that would not fit in memory (MODEL_TOO_LARGE) before
//! loading it; streams tokens; turns a crash into WORKER_CRASHED for the request in flight and
//! starts a new worker (with back-off) for the next one, loading the model again; ends a request
//! that goes silent (TIMEOUT); and cancels by message first, then by killing the worker.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::time::{Duration, Instant};

mod asr;
mod cancel;
mod tier;

use llm_protocol::{decode, encode, ErrorCode, Event, Message, Request, Sampling, Stats};

pub use asr::{AsrCanceller, AsrClient, AsrError, Transcript, CANCEL_GRACE};
pub use tier::{remember_tiers_in, Compat, Tier};

/// Memory kept free for the app, the OS and the compute buffers, beyond weights and KV cache.
const HEADROOM_BYTES: u64 = 256 << 20;

#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct SupervisorError {
    pub code: ErrorCode,
    pub message: String,
}

impl SupervisorError {
    fn new(code: ErrorCode, message: impl Into<String>) -> SupervisorError {
        SupervisorError { code, message: message.into() }
    }
}

pub type Result<T> = std::result::Result<T, SupervisorError>;

#[derive(Debug, Clone)]
pub struct Config {
    /// The worker program.
    pub program: PathBuf,
    /// Longest wait for the greeting and for loading a model.
    pub load_timeout: Duration,
    /// Longest silence (no token) during a request.
    pub idle_timeout: Duration,
    /// How long a cancelled request may take to stop before the worker is killed.
    pub cancel_grace: Duration,
    /// How to start the worker on the compatible CPU tier; `None`: one tier only.
    pub compat: Option<Compat>,
}

impl Config {
    /// `ustad-llm-worker` next to the running program. Its compatible tier is the same program
    /// told to load ggml's SSE4.2 CPU variant.
    pub fn beside_current_exe() -> Config {
        let mut config = Config::worker_beside_current_exe("ustad-llm-worker");
        config.compat = Some(Compat {
            program: config.program.clone(),
            env: vec![("USTAD_CPU_TIER".into(), "compat".into())],
            full_needs: Vec::new(),
        });
        config
    }

    /// `ustad-asr-worker` next to the running program, with its build for CPUs without AVX2,
    /// `ustad-asr-worker-compat`, beside it.
    pub fn asr_beside_current_exe() -> Config {
        let mut config = Config::worker_beside_current_exe("ustad-asr-worker");
        let compat = config.program.with_file_name(format!("ustad-asr-worker-compat{}", std::env::consts::EXE_SUFFIX));
        config.compat = Some(Compat {
            program: compat,
            env: Vec::new(),
            full_needs: if cfg!(target_arch = "x86_64") { vec!["avx", "avx2", "f16c", "fma"] } else { Vec::new() },
        });
        config
    }

    /// The tier a worker started now runs on.
    pub fn tier(&self) -> Tier {
        self.compat.as_ref().map_or(Tier::Full, |c| c.tier(&self.program))
    }

    /// The worker program `name` next to the running program, or in `../lib/ustad/` from it
    /// (the Debian package: programs in /usr/bin, workers and their libraries in /usr/lib/ustad).
    pub fn worker_beside_current_exe(name: &str) -> Config {
        let dir = std::env::current_exe().ok().and_then(|exe| exe.parent().map(Path::to_owned)).unwrap_or_default();
        let file = format!("{name}{}", std::env::consts::EXE_SUFFIX);
        let installed = dir.join("../lib/ustad").join(&file);
        let beside = dir.join(&file);
        let chosen = if !beside.is_file() && installed.is_file() { installed } else { beside };
        Config::new(std::fs::canonicalize(&chosen).unwrap_or(chosen))
    }

    /// Waits of 120 s to start and load and 60 s of silence, or `USTAD_WORKER_TIMEOUT_S`
    /// seconds for both (very slow laptops, and workers run under an emulator in tests).
    pub fn new(program: PathBuf) -> Config {
        let configured = std::env::var("USTAD_WORKER_TIMEOUT_S").ok().and_then(|s| s.trim().parse::<u64>().ok());
        let seconds = |default: u64| Duration::from_secs(configured.filter(|s| *s > 0).unwrap_or(default));
        Config {
            program,
            load_timeout: seconds(120),
            idle_timeout: seconds(60),
            cancel_grace: Duration::from_millis(150),
            compat: None,
        }
    }
}

/// Ends a worker after a crash or a silence (the next request starts a new one, after a
/// back-off that grows with `restarts`); `what` happened, with how it ended and its output.
pub(crate) fn crashed<E>(worker: &mut Option<Worker<E>>, restarts: &mut u32, what: &str) -> String {
    let message = match worker.take() {
        Some(mut worker) => worker.crash_message(what),
        None => what.to_owned(),
    };
    *restarts += 1;
    message
}

/// The last lines a worker wrote to its standard error, kept for the message of a crash
/// (llama.cpp and whisper.cpp say there what went wrong).
#[derive(Clone, Default)]
pub(crate) struct StderrTail(Arc<std::sync::Mutex<std::collections::VecDeque<String>>>);

impl StderrTail {
    const LINES: usize = 12;
    const WIDTH: usize = 240;

    /// Keeps the last lines of `program`'s standard error, and writes each to the log (the
    /// workers write there only what went wrong: llama.cpp's warnings and errors, a panic).
    fn follow(&self, stderr: std::process::ChildStderr, program: String) {
        let tail = self.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                let shown: String = line.chars().take(Self::WIDTH).collect();
                tracing::warn!(worker = %program, "{shown}");
                let mut lines = tail.0.lock().unwrap_or_else(|e| e.into_inner());
                if lines.len() == Self::LINES {
                    lines.pop_front();
                }
                lines.push_back(shown);
            }
        });
    }

    fn text(&self) -> String {
        let lines = self.0.lock().unwrap_or_else(|e| e.into_inner());
        lines.iter().map(String::as_str).collect::<Vec<_>>().join(" | ")
    }
}

/// Bytes a model needs at `n_ctx`: its weights (the file's size), its KV cache (from the
/// header) and headroom.
pub fn estimate_memory(header: &catalog::gguf::GgufInfo, weights_bytes: u64, n_ctx: u32) -> u64 {
    weights_bytes + header.kv_cache_bytes(u64::from(n_ctx)).unwrap_or(weights_bytes / 4) + HEADROOM_BYTES
}

/// Cancels the request in flight from any thread.
#[derive(Clone)]
pub struct CancelHandle {
    signal: cancel::Signal<Event>,
}

impl CancelHandle {
    pub fn cancel(&self) {
        self.signal.raise();
    }
}

pub(crate) enum Incoming<E> {
    Event(E),
    Exited,
    /// A cancel was asked for ([`cancel::Signal`]).
    Wake,
}

/// A worker's events: each protocol has a greeting.
pub(crate) trait WorkerEvent: serde::de::DeserializeOwned + Send + 'static {
    /// `Some(cpu)` for the greeting, with the CPU code the worker says it runs.
    fn hello(&self) -> Option<Option<String>>;
}

impl WorkerEvent for Event {
    fn hello(&self) -> Option<Option<String>> {
        match self {
            Event::Hello { cpu, .. } => Some(cpu.clone()),
            _ => None,
        }
    }
}

/// Which CPU code a running worker uses.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct WorkerCpu {
    pub tier: Tier,
    /// What the worker said ("avx2 (AVX AVX2 F16C FMA BMI2)"), if it did.
    pub code: Option<String>,
}

pub(crate) struct Worker<E> {
    child: Child,
    stdin: ChildStdin,
    events: Receiver<Incoming<E>>,
    /// Puts a wake-up among `events`.
    wake: Sender<Incoming<E>>,
    stderr: StderrTail,
    cpu: WorkerCpu,
    /// Where to record a SIGILL on the full tier.
    fallback: Option<(Compat, PathBuf)>,
}

impl<E: WorkerEvent> Worker<E> {
    fn spawn(config: &Config) -> Result<Worker<E>> {
        let tier = config.tier();
        let (program, env) = match (&config.compat, tier) {
            (Some(compat), Tier::Compat) => (compat.program.clone(), compat.env.clone()),
            _ => (config.program.clone(), Vec::new()),
        };
        if tier == Tier::Compat && !program.is_file() {
            return Err(SupervisorError::new(
                ErrorCode::CpuUnsupported,
                format!("this CPU needs {}, which is not installed", program.display()),
            ));
        }
        let fallback = match (&config.compat, tier) {
            (Some(compat), Tier::Full) => Some((compat.clone(), config.program.clone())),
            _ => None,
        };
        let mut child = Command::new(&program)
            .envs(env)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                SupervisorError::new(ErrorCode::Internal, format!("cannot start {}: {e}", program.display()))
            })?;
        let stdin = child.stdin.take().expect("piped stdin");
        let stdout = child.stdout.take().expect("piped stdout");
        let stderr = StderrTail::default();
        let name = program.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        stderr.follow(child.stderr.take().expect("piped stderr"), name);
        let (tx, rx) = mpsc::channel();
        let wake = tx.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                match decode::<E>(&line) {
                    Ok(event) => {
                        if tx.send(Incoming::Event(event)).is_err() {
                            return;
                        }
                    }
                    // Its length only: the line may hold a piece of an answer.
                    Err(_) => tracing::warn!(bytes = line.len(), "a line from a worker could not be read"),
                }
            }
            let _ = tx.send(Incoming::Exited);
        });
        let cpu = WorkerCpu { tier, code: None };
        let mut worker = Worker { child, stdin, events: rx, wake, stderr, cpu, fallback };
        let greeting = match worker.events.recv_timeout(config.load_timeout) {
            Ok(Incoming::Event(event)) => event.hello(),
            _ => None,
        };
        match greeting {
            Some(cpu) => {
                let name = program.file_name().unwrap_or_default().to_string_lossy();
                tracing::info!(worker = %name, tier = ?tier, cpu = cpu.as_deref().unwrap_or(""), "worker started");
                worker.cpu.code = cpu;
                Ok(worker)
            }
            None => {
                let message = worker.crash_message("the worker did not start");
                Err(SupervisorError::new(ErrorCode::WorkerCrashed, message))
            }
        }
    }
}

impl<E> Worker<E> {
    fn send<R: serde::Serialize>(&mut self, request: &R) -> Result<()> {
        writeln!(self.stdin, "{}", encode(request))
            .and_then(|()| self.stdin.flush())
            .map_err(|_| SupervisorError::new(ErrorCode::WorkerCrashed, "the LLM worker stopped"))
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// `what` happened, with how the worker ended (a signal such as SIGILL: an instruction
    /// this CPU lacks) and the last lines of its standard error. Ends the worker.
    pub(crate) fn crash_message(&mut self, what: &str) -> String {
        let deadline = Instant::now() + Duration::from_millis(300);
        let mut status = None;
        while Instant::now() < deadline {
            if let Ok(Some(done)) = self.child.try_wait() {
                status = Some(done);
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        self.kill();
        // Let the reader take the last lines the worker wrote before it ended.
        std::thread::sleep(Duration::from_millis(20));
        let mut message = what.to_owned();
        let mut note = String::new();
        if let Some(status) = status {
            #[cfg(unix)]
            let ended = match std::os::unix::process::ExitStatusExt::signal(&status) {
                Some(signal) => {
                    if signal == tier::SIGILL {
                        if let Some((compat, program)) = &self.fallback {
                            compat.fall_back(program);
                            note = "; the next start uses the compatible CPU tier".to_owned();
                        }
                    }
                    format!("signal {signal}")
                }
                None => status.to_string(),
            };
            #[cfg(not(unix))]
            let ended = status.to_string();
            message.push_str(&format!(" ({ended}){note}"));
        }
        let tail = self.stderr.text();
        if !tail.is_empty() {
            message.push_str(&format!("; its last output: {tail}"));
        }
        tracing::warn!(%message, "worker ended");
        message
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl<E> Drop for Worker<E> {
    fn drop(&mut self) {
        // Both protocols spell shutdown the same way.
        let _ = writeln!(self.stdin, "{}", encode(&Request::Shutdown));
        let _ = self.stdin.flush();
        let deadline = Instant::now() + Duration::from_millis(500);
        while Instant::now() < deadline {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        self.kill();
    }
}

#[derive(Debug, Clone)]
struct LoadParams {
    path: PathBuf,
    n_ctx: u32,
    n_threads: u32,
}

/// What loading reported.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub n_ctx: u32,
    pub n_ctx_train: u32,
    pub n_params: u64,
    pub load_ms: f64,
}

/// A supervised LLM worker.
pub struct LlmClient {
    config: Config,
    worker: Option<Worker<Event>>,
    load: Option<LoadParams>,
    next_id: u64,
    restarts: u32,
    cancel: cancel::Signal<Event>,
}

impl LlmClient {
    pub fn new(config: Config) -> LlmClient {
        LlmClient { config, worker: None, load: None, next_id: 1, restarts: 0, cancel: cancel::Signal::default() }
    }

    pub fn cancel_handle(&self) -> CancelHandle {
        CancelHandle { signal: self.cancel.clone() }
    }

    /// The worker's process id, for tests and diagnostics.
    pub fn worker_pid(&self) -> Option<u32> {
        self.worker.as_ref().map(Worker::pid)
    }

    /// How many times a crashed worker was replaced.
    pub fn restarts(&self) -> u32 {
        self.restarts
    }

    fn worker(&mut self) -> Result<&mut Worker<Event>> {
        if self.worker.is_none() {
            if self.restarts > 0 {
                // Back off a little more after each crash, up to two seconds.
                std::thread::sleep(Duration::from_millis((50u64 << self.restarts.min(5)).min(2000)));
            }
            let worker = Worker::spawn(&self.config)?;
            self.cancel.follow(&worker);
            self.worker = Some(worker);
            if let Some(params) = self.load.clone() {
                self.send_load(&params)?;
            }
        }
        Ok(self.worker.as_mut().expect("worker running"))
    }

    /// Checks memory, then loads the model (kept resident until unloaded).
    pub fn load(&mut self, path: &Path, n_ctx: u32, n_threads: u32) -> Result<Loaded> {
        if !path.is_file() {
            return Err(SupervisorError::new(ErrorCode::ModelNotFound, format!("no model file at {}", path.display())));
        }
        let header = catalog::gguf::read_header(path)
            .map_err(|e| SupervisorError::new(ErrorCode::ModelInvalid, e.to_string()))?;
        if !header.is_chat_model() {
            return Err(SupervisorError::new(
                ErrorCode::ModelNotChat,
                "the model has no chat template; the tutor needs a chat model",
            ));
        }
        let weights = std::fs::metadata(path)
            .map(|m| m.len())
            .map_err(|e| SupervisorError::new(ErrorCode::ModelNotFound, e.to_string()))?;
        let needed = estimate_memory(&header, weights, n_ctx);
        let available = system::memory().available_bytes;
        if available > 0 && needed > available {
            return Err(SupervisorError::new(
                ErrorCode::ModelTooLarge,
                format!(
                    "the model needs about {} MB at this context size, but only {} MB are free",
                    needed >> 20,
                    available >> 20
                ),
            ));
        }
        let params = LoadParams { path: path.to_owned(), n_ctx, n_threads };
        self.load = None;
        let tier = self.config.tier();
        let loaded = match self.start_and_load(&params) {
            // It died of SIGILL on the full tier: once more, on the compatible one.
            Err(err) if err.code == ErrorCode::WorkerCrashed && self.config.tier() != tier => {
                self.start_and_load(&params)?
            }
            other => other?,
        };
        self.load = Some(params);
        Ok(loaded)
    }

    fn start_and_load(&mut self, params: &LoadParams) -> Result<Loaded> {
        self.worker()?;
        self.send_load(params)
    }

    /// The CPU tier and code of the running worker.
    pub fn cpu(&self) -> Option<WorkerCpu> {
        self.worker.as_ref().map(|w| w.cpu.clone())
    }

    fn send_load(&mut self, params: &LoadParams) -> Result<Loaded> {
        let timeout = self.config.load_timeout;
        let worker = self.worker.as_mut().expect("worker running");
        worker.send(&Request::Load {
            model_path: params.path.clone(),
            n_ctx: params.n_ctx,
            n_threads: params.n_threads,
        })?;
        loop {
            match worker.events.recv_timeout(timeout) {
                Ok(Incoming::Event(Event::Loaded { n_ctx, n_ctx_train, n_params, load_ms })) => {
                    return Ok(Loaded { n_ctx, n_ctx_train, n_params, load_ms })
                }
                Ok(Incoming::Event(Event::Error { code, message, .. })) => {
                    return Err(SupervisorError::new(code, message))
                }
                Ok(Incoming::Event(_) | Incoming::Wake) => continue,
                Ok(Incoming::Exited) | Err(_) => {
                    let message = self.crashed("the LLM worker stopped while loading the model");
                    return Err(SupervisorError::new(ErrorCode::WorkerCrashed, message));
                }
            }
        }
    }

    fn crashed(&mut self, what: &str) -> String {
        crashed(&mut self.worker, &mut self.restarts, what)
    }

    /// Asks the worker to compute the openings of prompts to come (a lesson section's system
    /// prompt each) in the background, and returns at once. The next request cancels it, so it
    /// never delays one; it is skipped when no model is loaded or the worker is not running.
    pub fn prefill(&mut self, openings: Vec<Vec<Message>>) {
        if self.load.is_none() || openings.is_empty() {
            return;
        }
        let id = self.next_id;
        self.next_id += 1;
        if let Some(worker) = self.worker.as_mut() {
            // A worker that died is noticed, and replaced, by the next chat.
            let _ = worker.send(&Request::Prefill { id, openings });
        }
    }

    /// As [`LlmClient::prefill`], but waits until it is done (benchmarks and tests).
    pub fn prefill_now(&mut self, openings: Vec<Vec<Message>>) -> Result<Stats> {
        self.run(|id| Request::Prefill { id, openings }, &mut |_| {})
    }

    /// Runs one chat request, calling `on_token` with each piece of text. A crash of the worker
    /// fails this request with WORKER_CRASHED; the next request gets a new worker.
    pub fn chat(
        &mut self,
        messages: Vec<Message>,
        sampling: Sampling,
        max_tokens: u32,
        on_token: &mut dyn FnMut(&str),
    ) -> Result<Stats> {
        self.run(|id| Request::Chat { id, messages, sampling, max_tokens }, on_token)
    }

    /// Sends the request `make(id)` and follows it to its end.
    fn run(&mut self, make: impl FnOnce(u64) -> Request, on_token: &mut dyn FnMut(&str)) -> Result<Stats> {
        if self.load.is_none() {
            return Err(SupervisorError::new(ErrorCode::NotLoaded, "no model is loaded"));
        }
        self.cancel.clear();
        let id = self.next_id;
        self.next_id += 1;
        let (idle_timeout, grace) = (self.config.idle_timeout, self.config.cancel_grace);
        let cancel = self.cancel.clone();
        let request = make(id);
        if self.worker()?.send(&request).is_err() {
            // The worker died while idle (killed, out of memory): start another and ask it.
            if let Some(mut dead) = self.worker.take() {
                dead.kill();
                self.restarts += 1;
            }
            self.worker()?.send(&request)?;
        }
        let mut cancel_sent: Option<Instant> = None;
        let mut last_event = Instant::now();
        loop {
            if cancel.is_raised() && cancel_sent.is_none() {
                let worker = self.worker.as_mut().expect("worker running");
                let _ = worker.send(&Request::Cancel { id });
                cancel_sent = Some(Instant::now());
            }
            if let Some(sent) = cancel_sent {
                if sent.elapsed() > grace {
                    // The worker did not stop in time: kill it; the next request starts another.
                    if let Some(mut worker) = self.worker.take() {
                        worker.kill();
                    }
                    return Ok(Stats::cancelled());
                }
            }
            let worker = self.worker.as_mut().expect("worker running");
            let wait = if cancel_sent.is_some() { cancel::GRACE_WAIT } else { cancel::QUIET_WAIT };
            match worker.events.recv_timeout(wait) {
                Ok(Incoming::Event(Event::Token { id: event_id, text })) if event_id == id => {
                    last_event = Instant::now();
                    if cancel_sent.is_none() {
                        on_token(&text);
                    }
                }
                Ok(Incoming::Event(Event::Done { id: event_id, stats })) if event_id == id => return Ok(stats),
                Ok(Incoming::Event(Event::Error { id: Some(event_id), code, message })) if event_id == id => {
                    return Err(SupervisorError::new(code, message))
                }
                Ok(Incoming::Event(_) | Incoming::Wake) => {}
                Ok(Incoming::Exited) | Err(RecvTimeoutError::Disconnected) => {
                    let message = self.crashed("the LLM worker stopped in the middle of the answer");
                    return Err(SupervisorError::new(ErrorCode::WorkerCrashed, message));
                }
                Err(RecvTimeoutError::Timeout) => {
                    if last_event.elapsed() > idle_timeout {
                        let message = self.crashed("the LLM worker stopped answering");
                        return Err(SupervisorError::new(ErrorCode::Timeout, message));
                    }
                }
            }
        }
    }
}

/// Starts the worker of `config` and asks which CPU code it runs (`ustad doctor`; both protocols
/// greet alike, so this serves the speech worker too): a worker
/// that cannot run on this CPU says so here, before any model is loaded.
pub fn probe(config: &Config) -> Result<WorkerCpu> {
    let tier = config.tier();
    let first = Worker::<Event>::spawn(config);
    let mut worker = match first {
        Err(err) if err.code == ErrorCode::WorkerCrashed && config.tier() != tier => Worker::<Event>::spawn(config)?,
        other => other?,
    };
    let cpu = worker.cpu.clone();
    worker.kill();
    Ok(cpu)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A worker that says what is wrong on its standard error and dies of SIGILL, as the
    /// LLM worker does on a CPU without the instructions it was built for.
    #[test]
    fn a_crash_says_how_the_worker_ended_and_what_it_last_wrote() {
        let dir = std::env::temp_dir().join(format!("ustad-supervisor-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let script = dir.join("worker.sh");
        std::fs::write(&script, "#!/bin/sh\necho 'ggml: this CPU lacks AVX2' >&2\nkill -ILL $$\n").unwrap();
        std::process::Command::new("chmod").arg("755").arg(&script).status().unwrap();
        let err = Worker::<Event>::spawn(&Config::new(script)).err().expect("the worker dies");
        assert_eq!(err.code, ErrorCode::WorkerCrashed);
        assert!(err.message.contains("signal 4"), "{}", err.message);
        assert!(err.message.contains("lacks AVX2"), "{}", err.message);
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// The full tier dies of SIGILL at its first instruction (a CPU without what it was built
    /// for): the compatible tier starts instead, and later starts go straight to it.
    #[test]
    fn a_worker_that_dies_of_sigill_is_started_on_the_compatible_tier() {
        let dir = std::env::temp_dir().join(format!("ustad-tier-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let write = |name: &str, body: &str| {
            let path = dir.join(name);
            std::fs::write(&path, body).unwrap();
            std::process::Command::new("chmod").arg("755").arg(&path).status().unwrap();
            path
        };
        let full = write("full.sh", "#!/bin/sh\nkill -ILL $$\n");
        let compat = write(
            "compat.sh",
            "#!/bin/sh\necho '{\"v\":1,\"type\":\"hello\",\"version\":\"0\",\"cpu\":\"'$USTAD_CPU_TIER'\"}'\nread line\n",
        );
        let mut config = Config::new(full.clone());
        let env = vec![("USTAD_CPU_TIER".to_owned(), "sse4.2".to_owned())];
        config.compat = Some(Compat { program: compat, env, full_needs: Vec::new() });
        assert_eq!(config.tier(), Tier::Full);
        let cpu = probe(&config).expect("the compatible tier starts");
        assert_eq!(cpu, WorkerCpu { tier: Tier::Compat, code: Some("sse4.2".into()) });
        assert_eq!(config.tier(), Tier::Compat, "remembered");
        // A CPU without what the full tier needs starts on the compatible one at once.
        let mut other = Config::new(dir.join("never-started"));
        other.compat =
            Some(Compat { program: dir.join("compat.sh"), env: Vec::new(), full_needs: vec!["no-such-feature"] });
        assert_eq!(other.tier(), Tier::Compat);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn slow_laptops_get_longer_waits() {
        // Read when a config is made; a large value does not hurt tests running beside this.
        std::env::set_var("USTAD_WORKER_TIMEOUT_S", "900");
        let config = Config::new("worker".into());
        std::env::remove_var("USTAD_WORKER_TIMEOUT_S");
        assert_eq!((config.load_timeout.as_secs(), config.idle_timeout.as_secs()), (900, 900));
        assert_eq!(Config::new("worker".into()).idle_timeout.as_secs(), 60);
    }
}
