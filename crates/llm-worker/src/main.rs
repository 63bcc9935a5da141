//! `ustad-llm-worker`: runs the language model in its own process, so that a crash or an
//! `abort()` inside llama.cpp cannot take the app down, and so that llama.cpp's ggml never
//! meets whisper.cpp's in one binary. Requests arrive on stdin and events leave on stdout, one
//! JSON line each (`llm-protocol`). A reader thread turns `cancel` into a flag the engine checks
//! (llama.cpp's abort callback during the prompt, then between tokens), and cancels a
//! background prefill as soon as another request arrives; everything else runs on the main
//! thread, in order.

use std::sync::atomic::AtomicBool;
use std::sync::mpsc::Receiver;
use std::time::Instant;

use llm_engine::{EngineError, LoadedModel};
use llm_protocol::worker::{emit, spawn_reader, Coalesce, InFlight};
use llm_protocol::{DecodeError, ErrorCode, Event, Request};

fn error(id: Option<u64>, code: ErrorCode, message: impl Into<String>) {
    emit(&Event::Error { id, code, message: message.into() });
}

fn engine_error(id: Option<u64>, err: &EngineError) {
    error(id, err.code(), err.to_string());
}

fn bad_line(err: DecodeError) {
    let message = match err {
        DecodeError::Version(v) => {
            format!("protocol version {v}; this worker speaks {}", llm_protocol::PROTOCOL_VERSION)
        }
        DecodeError::Malformed(detail) => detail,
    };
    error(None, ErrorCode::BadRequest, message);
}

/// Serves chat requests with `model` until a request that is not for it arrives; returns that.
fn serve(
    backend: &llama_cpp_2_backend::Backend,
    model: &LoadedModel,
    requests: &Receiver<Request>,
    in_flight: &InFlight,
) -> Request {
    let mut session = match model.new_session(backend) {
        Ok(session) => session,
        Err(err) => {
            engine_error(None, &err);
            return Request::Unload;
        }
    };
    let mut waiting: Option<Request> = None;
    loop {
        let request = match waiting.take() {
            Some(request) => request,
            None => match requests.recv() {
                Ok(request) => request,
                Err(_) => return Request::Shutdown,
            },
        };
        match request {
            Request::Chat { id, messages, sampling, max_tokens } => {
                in_flight.begin(id);
                let cancel: &AtomicBool = in_flight.flag();
                let mut lines = Coalesce::default();
                let result = session.chat(&messages, &sampling, max_tokens, cancel, &mut |text| {
                    if let Some(text) = lines.push(text, Instant::now()) {
                        emit(&Event::Token { id, text });
                    }
                });
                in_flight.end();
                if let Some(text) = lines.finish() {
                    emit(&Event::Token { id, text });
                }
                match result {
                    Ok(stats) => emit(&Event::Done { id, stats }),
                    Err(err) => engine_error(Some(id), &err),
                }
            }
            Request::Prefill { id, openings } => {
                // From here on, a request that arrives cancels the prefill; one that came in
                // before goes first, and the prefill is dropped.
                in_flight.begin_background(id);
                if let Ok(next) = requests.try_recv() {
                    in_flight.end();
                    emit(&Event::Done { id, stats: llm_protocol::Stats::cancelled() });
                    waiting = Some(next);
                    continue;
                }
                let result = session.prefill(&openings, in_flight.flag());
                in_flight.end();
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
    let backend = llm_engine::backend();
    let cpu = llm_engine::cpu::load_cpu_backend().ok().map(|variant| variant.describe());
    emit(&Event::Hello { version: env!("CARGO_PKG_VERSION").to_owned(), cpu });
    let backend = match backend {
        Ok(backend) => backend,
        Err(err) => {
            engine_error(None, &err);
            std::process::exit(1);
        }
    };
    let cancel_of = |r: &Request| match r {
        Request::Cancel { id } => Some(*id),
        _ => None,
    };
    let (requests, in_flight) = spawn_reader(cancel_of, || Request::Shutdown, bad_line);
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
                        let after = serve(&backend, &model, &requests, &in_flight);
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
            Request::Chat { id, .. } | Request::Prefill { id, .. } => {
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
