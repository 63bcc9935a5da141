//! Chat inference over llama.cpp. A model is loaded once ([`load`]); a [`Session`] keeps one
//! context and the tokens already in its KV cache, so the next turn of a conversation only
//! computes the tokens after the common prefix (the system prompt and the lesson context are
//! not computed again). The prompt is decoded in one call, as llama.cpp's own tools do; the
//! cancel flag is read by llama.cpp's abort callback during it ([`abort`]) and between
//! generated tokens. This crate is linked only into `ustad-llm-worker`: it
//! must never share a binary with whisper.cpp (both vendor ggml).

use std::num::NonZeroU32;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use llama_cpp_2::context::params::LlamaContextParams;
use llama_cpp_2::context::LlamaContext;
use llama_cpp_2::llama_backend::LlamaBackend;
use llama_cpp_2::llama_batch::LlamaBatch;
use llama_cpp_2::model::params::LlamaModelParams;
use llama_cpp_2::model::{LlamaChatMessage, LlamaChatTemplate, LlamaModel};
use llama_cpp_2::sampling::LlamaSampler;
use llama_cpp_2::token::LlamaToken;
use llm_protocol::{ErrorCode, Message, Sampling, Stats, StopReason};

mod abort;
pub mod cpu;
mod log;
mod prefill;

/// Prompt tokens handed to llama.cpp in one decode call (llama-bench's pp512 is one such call);
/// a Stop takes effect inside a call through the abort callback.
const BATCH: usize = 512;

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("no model file at {0}")]
    NotFound(String),
    #[error("llama.cpp could not load the model: {0}")]
    Load(String),
    #[error("the model has no chat template")]
    NotChat,
    #[error("the prompt has {prompt} tokens and {reserve} are kept for the answer, but the context holds {n_ctx}")]
    ContextOverflow { prompt: usize, reserve: usize, n_ctx: u32 },
    #[error("inference failed: {0}")]
    Inference(String),
    #[error("llama.cpp has no CPU code for this CPU: {0}")]
    Cpu(String),
}

impl EngineError {
    pub fn code(&self) -> ErrorCode {
        match self {
            EngineError::NotFound(_) => ErrorCode::ModelNotFound,
            EngineError::Load(_) => ErrorCode::ModelInvalid,
            EngineError::NotChat => ErrorCode::ModelNotChat,
            EngineError::ContextOverflow { .. } => ErrorCode::ContextOverflow,
            EngineError::Inference(_) => ErrorCode::Internal,
            EngineError::Cpu(_) => ErrorCode::CpuUnsupported,
        }
    }
}

pub type Result<T> = std::result::Result<T, EngineError>;

/// The llama.cpp backend handle, re-exported so that the worker need not name llama-cpp-2.
pub type Backend = LlamaBackend;

/// The llama.cpp backend, initialised once per process over the CPU variant loaded for this
/// CPU ([`cpu::load_cpu_backend`]), saying only what went wrong ([`log`]).
pub fn backend() -> Result<LlamaBackend> {
    log::install();
    cpu::load_cpu_backend()?;
    LlamaBackend::init().map_err(|e| EngineError::Load(e.to_string()))
}

/// A loaded chat model with its template and the context settings to use.
pub struct LoadedModel {
    pub model: LlamaModel,
    template: LlamaChatTemplate,
    pub n_ctx: u32,
    pub n_threads: u32,
}

/// Loads `path` (a GGUF chat model) for contexts of `n_ctx` tokens on `n_threads` threads.
pub fn load(backend: &LlamaBackend, path: &Path, n_ctx: u32, n_threads: u32) -> Result<LoadedModel> {
    if !path.is_file() {
        return Err(EngineError::NotFound(path.display().to_string()));
    }
    let model = LlamaModel::load_from_file(backend, path, &LlamaModelParams::default())
        .map_err(|e| EngineError::Load(e.to_string()))?;
    let template = model.chat_template(None).map_err(|_| EngineError::NotChat)?;
    let n_ctx = n_ctx.clamp(256, model.n_ctx_train().max(256));
    Ok(LoadedModel { model, template, n_ctx, n_threads: n_threads.max(1) })
}

impl LoadedModel {
    /// The prompt text for `messages`, ending with the opening of the assistant's turn.
    pub fn render(&self, messages: &[Message]) -> Result<String> {
        self.apply_template(messages, true)
    }

    /// The prompt text for the opening `messages` of a conversation (the system prompt with a
    /// lesson's grounding), without the opening of the assistant's turn: the tokens every
    /// prompt that begins with these messages begins with.
    pub fn render_prefix(&self, messages: &[Message]) -> Result<String> {
        self.apply_template(messages, false)
    }

    fn apply_template(&self, messages: &[Message], open_assistant_turn: bool) -> Result<String> {
        let chat: Vec<LlamaChatMessage> = messages
            .iter()
            .map(|m| LlamaChatMessage::new(m.role.as_str().to_owned(), m.content.clone()))
            .collect::<std::result::Result<_, _>>()
            .map_err(inference)?;
        self.model.apply_chat_template(&self.template, &chat, open_assistant_turn).map_err(inference)
    }

    /// The tokens of a rendered prompt.
    pub fn tokenize(&self, text: &str) -> Vec<LlamaToken> {
        self.model.vocab().tokenize(text.as_bytes(), true, true)
    }

    /// A fresh conversation context.
    pub fn new_session<'m>(&'m self, backend: &LlamaBackend) -> Result<Session<'m>> {
        let params = LlamaContextParams::default()
            .with_n_ctx(NonZeroU32::new(self.n_ctx))
            .with_n_batch(BATCH as u32)
            .with_n_ubatch(BATCH as u32)
            .with_n_threads(self.n_threads as i32)
            .with_n_threads_batch(self.n_threads as i32);
        let abort = Arc::<abort::AbortSlot>::default();
        let params = abort::with_abort(params, &abort);
        let ctx = self.model.new_context(backend, params).map_err(|e| EngineError::Inference(e.to_string()))?;
        Ok(Session { model: self, ctx, cached: Vec::new(), abort, prefixes: Vec::new() })
    }
}

/// One conversation's context and the tokens its KV cache holds.
pub struct Session<'m> {
    model: &'m LoadedModel,
    // Dropped before `abort`, which its abort callback reads.
    ctx: LlamaContext<'m>,
    cached: Vec<LlamaToken>,
    abort: Arc<abort::AbortSlot>,
    /// Prefilled prompt openings (a lesson section's grounding each), newest last.
    prefixes: Vec<prefill::Prefix>,
}

fn sampler(model: &LlamaModel, sampling: &Sampling) -> LlamaSampler {
    let mut chain = Vec::new();
    // A penalty of 1 changes nothing; leaving the sampler out saves a pass over the vocabulary.
    if sampling.repeat_penalty != 1.0 {
        chain.push(LlamaSampler::penalties(model.n_vocab(), 64, sampling.repeat_penalty, 0.0, 0.0));
    }
    if sampling.temperature <= 0.0 {
        chain.push(LlamaSampler::greedy());
    } else {
        chain.extend([
            LlamaSampler::top_k(sampling.top_k),
            LlamaSampler::top_p(sampling.top_p, 1),
            LlamaSampler::temp(sampling.temperature),
            LlamaSampler::dist(sampling.seed),
        ]);
    }
    LlamaSampler::chain_simple(chain)
}

fn inference<E: std::fmt::Display>(err: E) -> EngineError {
    EngineError::Inference(err.to_string())
}

/// Decodes the tokens of `sequence` after those the cache holds (`cached`, a prefix of it), in
/// calls of [`BATCH`], asking for the logits of the last token. `false` when `cancel` stopped
/// it (the cache and `cached` then hold what was finished).
fn decode_prompt(
    ctx: &mut LlamaContext<'_>,
    cached: &mut Vec<LlamaToken>,
    batch: &mut LlamaBatch,
    sequence: &[LlamaToken],
    cancel: &AtomicBool,
) -> Result<bool> {
    let start = cached.len();
    for (idx, chunk) in sequence[start..].chunks(BATCH).enumerate() {
        batch.clear();
        let first = start + idx * BATCH;
        for (offset, token) in chunk.iter().enumerate() {
            let pos = first + offset;
            batch.add(*token, pos as i32, &[0], pos == sequence.len() - 1).map_err(inference)?;
        }
        match ctx.decode(batch) {
            Ok(()) => cached.extend_from_slice(chunk),
            Err(_) if cancel.load(Ordering::Relaxed) => {
                resync(ctx, cached, sequence)?;
                return Ok(false);
            }
            Err(err) => return Err(inference(err)),
        }
    }
    Ok(true)
}

/// How many tokens two sequences share from the start.
fn common_prefix(a: &[LlamaToken], b: &[LlamaToken]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// After an aborted decode of `sequence`: llama.cpp keeps the micro-batches it finished and
/// drops the one it was computing; `cached` becomes exactly the tokens the KV cache holds.
fn resync(ctx: &mut LlamaContext<'_>, cached: &mut Vec<LlamaToken>, sequence: &[LlamaToken]) -> Result<()> {
    let held = usize::try_from(ctx.kv_cache_seq_pos_max(0) + 1).unwrap_or(0).min(sequence.len());
    ctx.clear_kv_cache_seq(Some(0), Some(held as u32), None).map_err(inference)?;
    *cached = sequence[..held].to_vec();
    Ok(())
}

impl Session<'_> {
    /// Readies the KV cache for `sequence` (not empty): starts from a prefilled opening when it
    /// gives more than the cache holds, keeps the tokens they share, and drops the rest; at
    /// least one token is left to compute, for its logits. Returns how many are kept.
    fn reuse_cache(&mut self, sequence: &[LlamaToken]) -> Result<usize> {
        self.restore_prefix(sequence)?;
        let keep = common_prefix(&self.cached, sequence).min(sequence.len() - 1);
        self.ctx.clear_kv_cache_seq(Some(0), Some(keep as u32), None).map_err(inference)?;
        self.cached.truncate(keep);
        Ok(keep)
    }

    /// Tokens of the prompt already in the KV cache after the last turn.
    pub fn cached_tokens(&self) -> usize {
        self.cached.len()
    }

    /// Answers `messages`, calling `on_token` with each piece of text as it is generated.
    /// Returns with `StopReason::Cancelled` soon after `cancel` is set.
    pub fn chat(
        &mut self,
        messages: &[Message],
        sampling: &Sampling,
        max_tokens: u32,
        cancel: &AtomicBool,
        on_token: &mut dyn FnMut(&str),
    ) -> Result<Stats> {
        let started = Instant::now();
        let prompt = self.model.tokenize(&self.model.render(messages)?);
        let n_ctx = self.model.n_ctx;
        if prompt.len() + max_tokens as usize > n_ctx as usize {
            return Err(EngineError::ContextOverflow { prompt: prompt.len(), reserve: max_tokens as usize, n_ctx });
        }
        let cached_tokens = self.reuse_cache(&prompt)?;

        let _armed = abort::Armed::new(&self.abort, cancel);
        let cancelled = |session: &Session<'_>| {
            session.stats(prompt.len(), cached_tokens, 0, started, None, None, StopReason::Cancelled)
        };
        if cancel.load(Ordering::Relaxed) {
            return Ok(cancelled(self));
        }
        let mut batch = LlamaBatch::new(BATCH, 1);
        let prompt_started = Instant::now();
        if !decode_prompt(&mut self.ctx, &mut self.cached, &mut batch, &prompt, cancel)? {
            return Ok(cancelled(self));
        }
        let prompt_secs = prompt_started.elapsed().as_secs_f64();

        let mut sampler = sampler(&self.model.model, sampling);
        let mut decoder = encoding_rs_lite::Utf8Decoder::default();
        let mut n_generated = 0u32;
        let mut ttft = None;
        let decode_started = Instant::now();
        let mut stop = StopReason::MaxTokens;
        let mut logits_idx = batch.n_tokens() - 1;
        while n_generated < max_tokens && self.cached.len() < n_ctx as usize {
            if cancel.load(Ordering::Relaxed) {
                stop = StopReason::Cancelled;
                break;
            }
            let token = sampler.sample(&self.ctx, logits_idx);
            sampler.accept(token);
            if self.model.model.vocab().is_eog(token) {
                stop = StopReason::EndOfText;
                break;
            }
            let piece = self.model.model.vocab().token_to_piece(token, false, None);
            let text = decoder.push(&piece);
            if !text.is_empty() {
                ttft.get_or_insert_with(|| started.elapsed().as_secs_f64() * 1000.0);
                on_token(&text);
            }
            n_generated += 1;
            batch.clear();
            batch.add(token, self.cached.len() as i32, &[0], true).map_err(inference)?;
            match self.ctx.decode(&mut batch) {
                Ok(()) => self.cached.push(token),
                Err(_) if cancel.load(Ordering::Relaxed) => {
                    let mut sequence = std::mem::take(&mut self.cached);
                    sequence.push(token);
                    resync(&mut self.ctx, &mut self.cached, &sequence)?;
                    stop = StopReason::Cancelled;
                    break;
                }
                Err(err) => return Err(inference(err)),
            }
            logits_idx = 0;
        }
        let decode_secs = decode_started.elapsed().as_secs_f64();
        let prompt_rate = (prompt.len() - cached_tokens) as f64 / prompt_secs.max(1e-9);
        let decode_rate = (n_generated > 0).then(|| f64::from(n_generated) / decode_secs.max(1e-9));
        Ok(self.stats(
            prompt.len(),
            cached_tokens,
            n_generated,
            started,
            ttft.or(Some(0.0)),
            Some((prompt_rate, decode_rate.unwrap_or(0.0))),
            stop,
        ))
    }

    #[allow(clippy::too_many_arguments)]
    fn stats(
        &self,
        prompt_tokens: usize,
        cached_tokens: usize,
        generated_tokens: u32,
        started: Instant,
        ttft_ms: Option<f64>,
        rates: Option<(f64, f64)>,
        stop: StopReason,
    ) -> Stats {
        let (prompt_tokens_per_s, decode_tokens_per_s) = rates.unwrap_or((0.0, 0.0));
        Stats {
            prompt_tokens: prompt_tokens as u32,
            cached_tokens: cached_tokens as u32,
            generated_tokens,
            ttft_ms: ttft_ms.unwrap_or_else(|| started.elapsed().as_secs_f64() * 1000.0),
            prompt_tokens_per_s,
            decode_tokens_per_s,
            stop,
        }
    }
}

/// Incremental UTF-8: a token may end in the middle of a character (Urdu letters are two
/// bytes), so bytes are held back until the character is complete.
mod encoding_rs_lite {
    #[derive(Default)]
    pub struct Utf8Decoder {
        pending: Vec<u8>,
    }

    impl Utf8Decoder {
        pub fn push(&mut self, bytes: &[u8]) -> String {
            self.pending.extend_from_slice(bytes);
            match std::str::from_utf8(&self.pending) {
                Ok(text) => {
                    let text = text.to_owned();
                    self.pending.clear();
                    text
                }
                Err(err) if err.error_len().is_none() => {
                    let valid = err.valid_up_to();
                    let text = String::from_utf8_lossy(&self.pending[..valid]).into_owned();
                    self.pending.drain(..valid);
                    text
                }
                Err(_) => {
                    let text = String::from_utf8_lossy(&self.pending).into_owned();
                    self.pending.clear();
                    text
                }
            }
        }
    }
}
