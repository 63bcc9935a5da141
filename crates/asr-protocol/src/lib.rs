//! The protocol between a client and `ustad-asr-worker`: one JSON object per line with the
//! protocol version `v` (the envelope and its checks are `llm-protocol`'s).

use std::path::PathBuf;

pub use llm_protocol::{decode, encode, DecodeError, ErrorCode, PROTOCOL_VERSION};
use serde::{Deserialize, Serialize};

/// Client to worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Request {
    Load {
        model_path: PathBuf,
        threads: u32,
    },
    /// `language`: ur, en, ps, sd, pa or auto.
    Transcribe {
        id: u64,
        path: PathBuf,
        language: String,
    },
    Cancel {
        id: u64,
    },
    Shutdown,
}

/// Worker to client.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    /// `cpu`: the instruction sets this build of the worker uses.
    Hello {
        version: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cpu: Option<String>,
    },
    Loaded {
        load_ms: f64,
    },
    /// Text of one window as soon as it is recognised.
    Segment {
        id: u64,
        text: String,
        start_s: f64,
    },
    Done {
        id: u64,
        text: String,
        language: String,
        duration_s: f64,
        processing_s: f64,
        cancelled: bool,
    },
    /// `code`: MODEL_NOT_FOUND, MODEL_INVALID, AUDIO_NOT_FOUND, AUDIO_UNREADABLE, AUDIO_EMPTY,
    /// AUDIO_DAMAGED, BAD_REQUEST, NOT_LOADED, INTERNAL.
    Error {
        id: Option<u64>,
        code: ErrorCode,
        message: String,
    },
}
