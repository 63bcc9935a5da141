//! `ustad-asr-worker`: whisper.cpp in its own process (never beside llama.cpp: both vendor
//! ggml). Requests on stdin, events on stdout, one JSON line each (`asr-protocol`). Audio files
//! are decoded here and recognised a 30 s window at a time; each window's text is sent as soon
//! as it is ready. A reader thread turns `cancel` into a flag checked between windows.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use asr_engine::{Transcriber, WINDOW_SAMPLES};
use asr_protocol::{ErrorCode, Event, Request};
use llm_protocol::worker::{emit, spawn_reader};

fn error(id: Option<u64>, code: ErrorCode, message: impl Into<String>) {
    emit(&Event::Error { id, code, message: message.into() });
}

fn transcribe(transcriber: &Transcriber, id: u64, path: &std::path::Path, language: &str, cancel: &Arc<AtomicBool>) {
    let started = Instant::now();
    let mut text = String::new();
    let mut language = language.to_owned();
    let mut offset = 0usize;
    let mut failure = None;
    let result = audio::decode_windows(path, WINDOW_SAMPLES, &mut |window| {
        if cancel.load(Ordering::SeqCst) {
            return false;
        }
        match transcriber.transcribe_window(window, &language, cancel.clone()) {
            Ok(piece) => {
                // After the first window with speech, `auto` keeps the language it found.
                if language == "auto" && !piece.text.is_empty() {
                    language = piece.language.clone();
                }
                if !piece.text.is_empty() {
                    emit(&Event::Segment { id, text: piece.text.clone(), start_s: offset as f64 / 16_000.0 });
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    text.push_str(&piece.text);
                }
            }
            Err(err) => {
                failure = Some((err.code(), err.to_string()));
                return false;
            }
        }
        offset += window.len();
        true
    });
    if let Some((code, message)) = failure {
        return error(Some(id), code, message);
    }
    match result {
        Ok(info) => emit(&Event::Done {
            id,
            text,
            language,
            duration_s: info.duration_s,
            processing_s: started.elapsed().as_secs_f64(),
            cancelled: cancel.load(Ordering::SeqCst),
        }),
        Err(err) => error(Some(id), err.code(), err.to_string()),
    }
}

fn main() {
    emit(&Event::Hello { version: env!("CARGO_PKG_VERSION").to_owned(), cpu: Some(env!("USTAD_ASR_CPU").to_owned()) });
    let cancel_of = |r: &Request| match r {
        Request::Cancel { id } => Some(*id),
        _ => None,
    };
    let (requests, in_flight) =
        spawn_reader(cancel_of, || Request::Shutdown, |err| error(None, ErrorCode::BadRequest, format!("{err:?}")));
    let mut transcriber: Option<Transcriber> = None;
    while let Ok(request) = requests.recv() {
        match request {
            Request::Load { model_path, threads } => {
                let started = Instant::now();
                transcriber = None;
                match Transcriber::load(&model_path, threads as usize) {
                    Ok(loaded) => {
                        transcriber = Some(loaded);
                        emit(&Event::Loaded { load_ms: started.elapsed().as_secs_f64() * 1000.0 });
                    }
                    Err(err) => error(None, err.code(), err.to_string()),
                }
            }
            Request::Transcribe { id, path, language } => {
                let Some(loaded) = transcriber.as_ref() else {
                    error(Some(id), ErrorCode::NotLoaded, "no speech model is loaded");
                    continue;
                };
                if !asr_engine::LANGUAGES.contains(&language.as_str()) {
                    error(Some(id), ErrorCode::BadRequest, format!("`{language}` is not ur, en, ps, sd, pa or auto"));
                    continue;
                }
                in_flight.begin(id);
                transcribe(loaded, id, &path, &language, in_flight.flag());
                in_flight.end();
            }
            Request::Cancel { .. } => {}
            Request::Shutdown => break,
        }
    }
}
