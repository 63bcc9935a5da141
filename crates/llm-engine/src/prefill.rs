//! Prefilled prompt openings. When a child opens a lesson, the system prompt with each of the
//! lesson's sections is computed in the background and its KV-cache state kept in memory; the
//! first question on that lesson then starts from the state of its section and computes only
//! the question. A prefill is cancelled like any request (the worker cancels it as soon as
//! another request arrives), keeping the openings it finished.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use llama_cpp_2::llama_batch::LlamaBatch;
use llama_cpp_2::token::LlamaToken;
use llama_cpp_2::{LlamaStateSeqFlags, SeqState};
use llm_protocol::{Message, Stats, StopReason};

use crate::{abort, common_prefix, decode_prompt, inference, Result, Session, BATCH};

/// Memory the kept openings may take; the oldest go first.
const MAX_PREFIX_BYTES: usize = 256 << 20;

/// A computed prompt opening: its tokens and the KV-cache state after them.
pub(crate) struct Prefix {
    tokens: Vec<LlamaToken>,
    state: SeqState,
}

impl Session<'_> {
    /// Computes the openings (each the first messages of prompts to come, e.g. a lesson
    /// section's system prompt) and keeps their states, until `cancel` is set. Openings
    /// already kept, or too long for the context, are skipped.
    pub fn prefill(&mut self, openings: &[Vec<Message>], cancel: &AtomicBool) -> Result<Stats> {
        let started = Instant::now();
        let _armed = abort::Armed::new(&self.abort, cancel);
        let (mut total, mut computed, mut stop) = (0usize, 0usize, StopReason::EndOfText);
        let mut batch = LlamaBatch::new(BATCH, 1);
        for messages in openings {
            if cancel.load(Ordering::Relaxed) {
                stop = StopReason::Cancelled;
                break;
            }
            let tokens = self.model.tokenize(&self.model.render_prefix(messages)?);
            total += tokens.len();
            // Room is left for a question and an answer.
            if tokens.is_empty() || tokens.len() > self.model.n_ctx as usize / 2 {
                continue;
            }
            if self.prefixes.iter().any(|p| p.tokens == tokens) {
                continue;
            }
            let keep = self.reuse_cache(&tokens)?;
            if !decode_prompt(&mut self.ctx, &mut self.cached, &mut batch, &tokens, cancel)? {
                stop = StopReason::Cancelled;
                break;
            }
            computed += tokens.len() - keep;
            let state = self.ctx.state_seq_get(0, LlamaStateSeqFlags::empty()).map_err(inference)?;
            self.keep_prefix(Prefix { tokens, state });
        }
        let secs = started.elapsed().as_secs_f64();
        Ok(Stats {
            prompt_tokens: total as u32,
            cached_tokens: (total - computed) as u32,
            generated_tokens: 0,
            ttft_ms: secs * 1000.0,
            prompt_tokens_per_s: computed as f64 / secs.max(1e-9),
            decode_tokens_per_s: 0.0,
            stop,
        })
    }

    /// Openings kept by [`Session::prefill`].
    pub fn prefilled(&self) -> usize {
        self.prefixes.len()
    }

    fn keep_prefix(&mut self, prefix: Prefix) {
        self.prefixes.push(prefix);
        while self.prefixes.iter().map(|p| p.state.byte_len()).sum::<usize>() > MAX_PREFIX_BYTES
            && self.prefixes.len() > 1
        {
            self.prefixes.remove(0);
        }
    }

    /// Puts the longest kept opening that `prompt` begins with into the KV cache, when it
    /// gives more than the cache holds of the prompt now.
    pub(crate) fn restore_prefix(&mut self, prompt: &[LlamaToken]) -> Result<()> {
        let in_cache = common_prefix(&self.cached, prompt);
        let best = self.prefixes.iter().filter(|p| prompt.starts_with(&p.tokens)).max_by_key(|p| p.tokens.len());
        let Some(prefix) = best.filter(|p| p.tokens.len() > in_cache) else { return Ok(()) };
        self.ctx.clear_kv_cache_seq(Some(0), None, None).map_err(inference)?;
        self.cached.clear();
        self.ctx.state_seq_set(&prefix.state, 0).map_err(inference)?;
        self.cached.clone_from(&prefix.tokens);
        Ok(())
    }
}
