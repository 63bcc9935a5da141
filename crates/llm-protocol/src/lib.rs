//! The protocol between a client (the app, the CLI) and `ustad-llm-worker`: one JSON object per
//! line on stdin (requests) and stdout (events), each carrying the protocol version `v`. The
//! worker greets with `hello`; a client that sees another version must not talk to it.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

pub mod worker;

/// Bumped on any incompatible change.
pub const PROTOCOL_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    System,
    User,
    Assistant,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::System => "system",
            Role::User => "user",
            Role::Assistant => "assistant",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    pub role: Role,
    pub content: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sampling {
    /// 0 means greedy.
    pub temperature: f32,
    pub top_k: i32,
    pub top_p: f32,
    pub repeat_penalty: f32,
    pub seed: u32,
}

impl Default for Sampling {
    fn default() -> Self {
        Sampling { temperature: 0.3, top_k: 40, top_p: 0.9, repeat_penalty: 1.1, seed: 42 }
    }
}

/// Client to worker. `prefill` computes the opening messages of prompts to come (a lesson
/// section's system prompt each) into the KV cache in the background; any other request
/// cancels it, and it ends with `done` (no tokens) or `error`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Request {
    Load { model_path: PathBuf, n_ctx: u32, n_threads: u32 },
    Chat { id: u64, messages: Vec<Message>, sampling: Sampling, max_tokens: u32 },
    Prefill { id: u64, openings: Vec<Vec<Message>> },
    Cancel { id: u64 },
    Unload,
    Shutdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    EndOfText,
    MaxTokens,
    Cancelled,
}

/// What one chat request cost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    pub prompt_tokens: u32,
    /// Prompt tokens found in the KV cache from the previous turn and not computed again.
    pub cached_tokens: u32,
    pub generated_tokens: u32,
    pub ttft_ms: f64,
    pub prompt_tokens_per_s: f64,
    pub decode_tokens_per_s: f64,
    pub stop: StopReason,
}

impl Stats {
    /// A request stopped before it computed anything.
    pub fn cancelled() -> Stats {
        Stats {
            prompt_tokens: 0,
            cached_tokens: 0,
            generated_tokens: 0,
            ttft_ms: 0.0,
            prompt_tokens_per_s: 0.0,
            decode_tokens_per_s: 0.0,
            stop: StopReason::Cancelled,
        }
    }
}

/// Stable error codes, shared with every other part of Ustad.
pub use error_codes::ErrorCode;

/// Worker to client.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    /// `cpu`: the CPU code the worker runs ("avx2 (AVX AVX2 F16C FMA BMI2)"), when it says.
    Hello {
        version: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cpu: Option<String>,
    },
    Loaded {
        n_ctx: u32,
        n_ctx_train: u32,
        n_params: u64,
        load_ms: f64,
    },
    Token {
        id: u64,
        text: String,
    },
    Done {
        id: u64,
        stats: Stats,
    },
    Error {
        id: Option<u64>,
        code: ErrorCode,
        message: String,
    },
    Unloaded,
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    v: u32,
    #[serde(flatten)]
    body: T,
}

/// One line (without the newline) for `message`.
pub fn encode<T: Serialize>(message: &T) -> String {
    serde_json::to_string(&Envelope { v: PROTOCOL_VERSION, body: message }).expect("protocol messages serialise")
}

#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    Version(u32),
    Malformed(String),
}

/// Parses one line, refusing other protocol versions.
pub fn decode<T: for<'de> Deserialize<'de>>(line: &str) -> Result<T, DecodeError> {
    let envelope: Envelope<T> = serde_json::from_str(line).map_err(|e| DecodeError::Malformed(e.to_string()))?;
    if envelope.v != PROTOCOL_VERSION {
        return Err(DecodeError::Version(envelope.v));
    }
    Ok(envelope.body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip_with_their_version() {
        let request = Request::Chat {
            id: 7,
            messages: vec![Message { role: Role::User, content: "سلام".into() }],
            sampling: Sampling::default(),
            max_tokens: 64,
        };
        let line = encode(&request);
        assert!(line.starts_with("{\"v\":1,\"type\":\"chat\""), "{line}");
        assert_eq!(decode::<Request>(&line), Ok(request));
        let event = Event::Error { id: Some(7), code: ErrorCode::ContextOverflow, message: "too long".into() };
        assert!(encode(&event).contains("\"code\":\"CONTEXT_OVERFLOW\""));
        assert_eq!(decode::<Event>(&encode(&event)), Ok(event));
    }

    #[test]
    fn other_versions_and_garbage_are_refused() {
        assert_eq!(decode::<Request>("{\"v\":2,\"type\":\"unload\"}"), Err(DecodeError::Version(2)));
        assert!(matches!(decode::<Request>("not json"), Err(DecodeError::Malformed(_))));
        assert!(matches!(decode::<Request>("{\"v\":1,\"type\":\"fly\"}"), Err(DecodeError::Malformed(_))));
    }
}
