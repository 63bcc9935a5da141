//! The supervised speech worker: load a whisper.cpp model once, transcribe files with each
//! window's text as it comes, WORKER_CRASHED for a crash (the next request gets a new worker),
//! TIMEOUT for a worker that stops answering.

use std::path::{Path, PathBuf};
use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};

use asr_protocol::{ErrorCode, Event, Request};

use crate::cancel::{Signal, GRACE_WAIT, QUIET_WAIT};
use crate::{Config, Incoming, Worker, WorkerCpu, WorkerEvent};

impl WorkerEvent for Event {
    fn hello(&self) -> Option<Option<String>> {
        match self {
            Event::Hello { cpu, .. } => Some(cpu.clone()),
            _ => None,
        }
    }
}

/// whisper.cpp's ggml files begin with this (the bytes of "lmgg").
const GGML_MAGIC: [u8; 4] = *b"lmgg";

#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct AsrError {
    /// Stable code: WORKER_CRASHED, TIMEOUT, MODEL_NOT_FOUND, MODEL_INVALID, AUDIO_..., ...
    pub code: ErrorCode,
    pub message: String,
}

fn err(code: ErrorCode, message: impl Into<String>) -> AsrError {
    AsrError { code, message: message.into() }
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Transcript {
    pub text: String,
    pub language: String,
    pub duration_s: f64,
    pub processing_s: f64,
    pub cancelled: bool,
}

/// Stops a transcription from another thread: the worker is asked to stop between windows
/// and is killed if it has not within [`CANCEL_GRACE`] (a window can take seconds).
#[derive(Debug, Clone, Default)]
pub struct AsrCanceller(Signal<Event>);

impl AsrCanceller {
    pub fn cancel(&self) {
        self.0.raise();
    }
}

/// How long a cancelled worker gets to finish its window before it is killed.
pub const CANCEL_GRACE: Duration = Duration::from_millis(200);

pub struct AsrClient {
    config: Config,
    worker: Option<Worker<Event>>,
    model: Option<(PathBuf, u32)>,
    next_id: u64,
    restarts: u32,
    cancel: AsrCanceller,
}

impl AsrClient {
    pub fn new(config: Config) -> AsrClient {
        AsrClient { config, worker: None, model: None, next_id: 1, restarts: 0, cancel: AsrCanceller::default() }
    }

    pub fn worker_pid(&self) -> Option<u32> {
        self.worker.as_ref().map(Worker::pid)
    }

    pub fn restarts(&self) -> u32 {
        self.restarts
    }

    /// A handle that cancels the transcription in progress.
    pub fn canceller(&self) -> AsrCanceller {
        self.cancel.clone()
    }

    /// Loads a whisper.cpp model, after checking that it is one.
    pub fn load(&mut self, path: &Path, threads: u32) -> Result<f64, AsrError> {
        let mut magic = [0u8; 4];
        let file = std::fs::File::open(path)
            .map_err(|_| err(ErrorCode::ModelNotFound, format!("no speech model at {}", path.display())))?;
        std::io::Read::read_exact(&mut &file, &mut magic)
            .map_err(|_| err(ErrorCode::ModelInvalid, "the speech model file is empty or cut short"))?;
        if magic != GGML_MAGIC {
            return Err(err(ErrorCode::ModelInvalid, format!("{} is not a whisper.cpp model", path.display())));
        }
        self.model = Some((path.to_owned(), threads));
        self.start()
    }

    /// The CPU tier and code of the running worker.
    pub fn cpu(&self) -> Option<WorkerCpu> {
        self.worker.as_ref().map(|w| w.cpu.clone())
    }

    /// Starts a worker and loads the model; once more on the compatible CPU tier when the
    /// first died of SIGILL on the full one.
    fn start(&mut self) -> Result<f64, AsrError> {
        let tier = self.config.tier();
        match self.start_once() {
            Err(e) if e.code == ErrorCode::WorkerCrashed && self.config.tier() != tier => self.start_once(),
            other => other,
        }
    }

    fn start_once(&mut self) -> Result<f64, AsrError> {
        if self.restarts > 0 {
            std::thread::sleep(Duration::from_millis((50u64 << self.restarts.min(5)).min(2000)));
        }
        let (path, threads) =
            self.model.clone().ok_or_else(|| err(ErrorCode::NotLoaded, "no speech model is loaded"))?;
        let mut worker: Worker<Event> = Worker::spawn(&self.config).map_err(|e| err(e.code, e.message))?;
        worker
            .send(&Request::Load { model_path: path, threads })
            .map_err(|e| err(ErrorCode::WorkerCrashed, e.message))?;
        loop {
            match worker.events.recv_timeout(self.config.load_timeout) {
                Ok(Incoming::Event(Event::Loaded { load_ms })) => {
                    self.cancel.0.follow(&worker);
                    self.worker = Some(worker);
                    return Ok(load_ms);
                }
                Ok(Incoming::Event(Event::Error { code, message, .. })) => return Err(AsrError { code, message }),
                Ok(Incoming::Event(_) | Incoming::Wake) => {}
                Ok(Incoming::Exited) | Err(_) => {
                    let message = worker.crash_message("the speech worker stopped while loading the model");
                    self.restarts += 1;
                    return Err(err(ErrorCode::WorkerCrashed, message));
                }
            }
        }
    }

    /// Transcribes `path` in `language` (ur, en, ps, sd, pa, auto); `on_segment` gets each
    /// window's text as it is recognised.
    /// A worker that dies of SIGILL on the full CPU tier is replaced by one on the compatible
    /// tier, which transcribes the file again.
    pub fn transcribe(
        &mut self,
        path: &Path,
        language: &str,
        on_segment: &mut dyn FnMut(&str),
    ) -> Result<Transcript, AsrError> {
        let tier = self.config.tier();
        match self.transcribe_once(path, language, &mut *on_segment) {
            Err(e) if e.code == ErrorCode::WorkerCrashed && self.config.tier() != tier => {
                self.start()?;
                self.transcribe_once(path, language, on_segment)
            }
            other => other,
        }
    }

    fn transcribe_once(
        &mut self,
        path: &Path,
        language: &str,
        on_segment: &mut dyn FnMut(&str),
    ) -> Result<Transcript, AsrError> {
        if self.worker.is_none() {
            self.start()?;
        }
        let started = Instant::now();
        self.cancel.0.clear();
        let id = self.next_id;
        self.next_id += 1;
        let idle = self.config.idle_timeout;
        let request = Request::Transcribe { id, path: path.to_owned(), language: language.to_owned() };
        if self.worker.as_mut().expect("worker running").send(&request).is_err() {
            // The worker died while idle (killed, out of memory): start another and ask it.
            if let Some(mut dead) = self.worker.take() {
                dead.kill();
                self.restarts += 1;
            }
            self.start()?;
            let worker = self.worker.as_mut().expect("worker running");
            worker.send(&request).map_err(|e| err(ErrorCode::WorkerCrashed, e.message))?;
        }
        let mut last = Instant::now();
        let mut heard: Vec<String> = Vec::new();
        let mut cancelled_at: Option<Instant> = None;
        loop {
            let worker = self.worker.as_mut().expect("worker running");
            if cancelled_at.is_none() && self.cancel.0.take() {
                cancelled_at = Some(Instant::now());
                let _ = worker.send(&Request::Cancel { id });
            }
            if cancelled_at.is_some_and(|at| at.elapsed() > CANCEL_GRACE) {
                // Still inside a window: stop the worker; the next request starts a new one.
                if let Some(mut worker) = self.worker.take() {
                    worker.kill();
                }
                return Ok(Transcript {
                    text: heard.join(" "),
                    language: language.to_owned(),
                    duration_s: 0.0,
                    processing_s: started.elapsed().as_secs_f64(),
                    cancelled: true,
                });
            }
            let wait = if cancelled_at.is_some() { GRACE_WAIT } else { QUIET_WAIT };
            match worker.events.recv_timeout(wait) {
                Ok(Incoming::Event(Event::Segment { id: event_id, text, .. })) if event_id == id => {
                    last = Instant::now();
                    on_segment(&text);
                    heard.push(text);
                }
                Ok(Incoming::Event(Event::Done {
                    id: event_id,
                    text,
                    language,
                    duration_s,
                    processing_s,
                    cancelled,
                })) if event_id == id => return Ok(Transcript { text, language, duration_s, processing_s, cancelled }),
                Ok(Incoming::Event(Event::Error { id: Some(event_id), code, message })) if event_id == id => {
                    return Err(AsrError { code, message })
                }
                Ok(Incoming::Event(_) | Incoming::Wake) => {}
                Ok(Incoming::Exited) | Err(RecvTimeoutError::Disconnected) => {
                    let message = self.crashed("the speech worker stopped in the middle of the recording");
                    return Err(err(ErrorCode::WorkerCrashed, message));
                }
                Err(RecvTimeoutError::Timeout) => {
                    if last.elapsed() > idle {
                        let message = self.crashed("the speech worker stopped answering");
                        return Err(err(ErrorCode::Timeout, message));
                    }
                }
            }
        }
    }

    fn crashed(&mut self, what: &str) -> String {
        crate::crashed(&mut self.worker, &mut self.restarts, what)
    }
}
