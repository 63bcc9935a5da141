//! `ustad-llm-worker`: runs the language model in its own process, so that a crash or an
//! `abort()` inside llama.cpp cannot take the app down, and so that llama.cpp's ggml never
//! meets whisper.cpp's in one binary. Requests arrive on stdin and events leave on stdout, one
//! JSON line each (`llm-protocol`). A reader thread turns `cancel` into a flag the engine checks
//! between prompt chunks and tokens; everything else runs on the main thread, in order.

use std::io::{BufRead, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::sync::Arc;
use std::time::Instant;

use llm_engine::{EngineError, LoadedModel};
use llm_protocol::{decode, encode, DecodeError, ErrorCode, Event, Request};

const IDLE: u64 = u64::MAX;

fn emit(event: &Event) {
    let mut stdout = std::io::stdout().lock();
    // A closed stdout means the client is gone; the reader thread will see EOF and stop us.
    let _ = writeln!(stdout, "{}", encode(event));
    let _ = stdout.flush();
}

fn error(id: Option<u64>, code: ErrorCode, message: impl Into<String>) {
    emit(&Event::Error { id, code, message: message.into() });
}

fn engine_error(id: Option<u64>, err: &EngineError) {
    error(id, err.code(), err.to_string());
}

/// Reads requests; `cancel` for the request in flight sets the flag at once.
fn spawn_reader(cancel: Arc<AtomicBool>, current: Arc<AtomicU64>) -> Receiver<Request> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if line.trim().is_empty() {
                continue;
            }
            match decode::<Request>(&line) {
                Ok(Request::Cancel { id }) => {
                    if current.load(Ordering::SeqCst) == id {
                        cancel.store(true, Ordering::SeqCst);
                    }
                }
                Ok(request) => {
                    if tx.send(request).is_err() {
                        break;
                    }
                }
                Err(DecodeError::Version(v)) => error(
                    None,
                    ErrorCode::BadRequest,
                    format!("protocol version {v}; this worker speaks {}", llm_protocol::PROTOCOL_VERSION),
                ),
                Err(DecodeError::Malformed(detail)) => error(None, ErrorCode::BadRequest, detail),
            }
        }
        let _ = tx.send(Request::Shutdown);
    });
    rx
}

/// Serves chat requests with `model` until a request that is not for it arrives; returns that.
fn serve(
    backend: &llama_cpp_2_backend::Backend,
    model: &LoadedModel,
    requests: &Receiver<Request>,
    cancel: &AtomicBool,
    current: &AtomicU64,
) -> Request {
    let mut session = match model.new_session(backend) {
        Ok(session) => session,
        Err(err) => {
            engine_error(None, &err);
            return Request::Unload;
        }
    };
    loop {
        let Ok(request) = requests.recv() else { return Request::Shutdown };
        match request {
            Request::Chat { id, messages, sampling, max_tokens } => {
                cancel.store(false, Ordering::SeqCst);
                current.store(id, Ordering::SeqCst);
                let result = session.chat(&messages, &sampling, max_tokens, cancel, &mut |text| {
                    emit(&Event::Token { id, text: text.to_owned() })
                });
                current.store(IDLE, Ordering::SeqCst);
                match result {
                    Ok(stats) => emit(&Event::Done { id, stats }),
                    Err(err) => engine_error(Some(id), &err),
                }
            }
            other => return other,
        }
    }
}

/// The backend type, named once.
mod llama_cpp_2_backend {
    pub type Backend = llm_engine::Backend;
}

fn main() {
    emit(&Event::Hello { version: env!("CARGO_PKG_VERSION").to_owned() });
    let backend = match llm_engine::backend() {
        Ok(backend) => backend,
        Err(err) => {
            engine_error(None, &err);
            std::process::exit(1);
        }
    };
    let cancel = Arc::new(AtomicBool::new(false));
    let current = Arc::new(AtomicU64::new(IDLE));
    let requests = spawn_reader(cancel.clone(), current.clone());
    let mut next = requests.recv().unwrap_or(Request::Shutdown);
    loop {
        next = match next {
            Request::Load { model_path, n_ctx, n_threads } => {
                let started = Instant::now();
                match llm_engine::load(&backend, &model_path, n_ctx, n_threads) {
                    Ok(model) => {
                        emit(&Event::Loaded {
                            n_ctx: model.n_ctx,
                            n_ctx_train: model.model.n_ctx_train(),
                            n_params: model.model.n_params(),
                            load_ms: started.elapsed().as_secs_f64() * 1000.0,
                        });
                        let after = serve(&backend, &model, &requests, &cancel, &current);
                        drop(model);
                        if after == Request::Unload {
                            emit(&Event::Unloaded);
                            requests.recv().unwrap_or(Request::Shutdown)
                        } else {
                            after
                        }
                    }
                    Err(err) => {
                        engine_error(None, &err);
                        requests.recv().unwrap_or(Request::Shutdown)
                    }
                }
            }
            Request::Chat { id, .. } => {
                error(Some(id), ErrorCode::NotLoaded, "no model is loaded");
                requests.recv().unwrap_or(Request::Shutdown)
            }
            Request::Unload => {
                emit(&Event::Unloaded);
                requests.recv().unwrap_or(Request::Shutdown)
            }
            Request::Cancel { .. } => requests.recv().unwrap_or(Request::Shutdown),
            Request::Shutdown => break,
        };
    }
}
