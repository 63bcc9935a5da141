//! Speech to text over whisper.cpp. Audio arrives as 16 kHz mono samples, a window of at most
//! 30 s at a time, so memory stays bounded however long the recording. The language is
//! explicit (`ur`, `en`, `ps`, `sd`, `pa`) or `auto`. Silence and noise give no text: a window
//! without voice activity is not decoded at all, and segments whisper itself judges to be no
//! speech are dropped. This crate is linked only into `ustad-asr-worker`: never into a binary
//! with llama.cpp (both vendor ggml).

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use error_codes::ErrorCode;
use whisper_rs::{FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters, WhisperState};

/// Samples per second whisper works at.
pub const SAMPLE_RATE: usize = 16_000;
/// The longest window whisper decodes at once.
pub const WINDOW_SAMPLES: usize = 30 * SAMPLE_RATE;
/// Languages a child may speak, as whisper names them, and `auto`.
pub const LANGUAGES: [&str; 6] = ["ur", "en", "ps", "sd", "pa", "auto"];

/// Segments whisper rates more likely silence than speech are dropped.
const NO_SPEECH_THRESHOLD: f32 = 0.6;

#[derive(Debug, thiserror::Error)]
pub enum AsrError {
    #[error("no model file at {0}")]
    NotFound(String),
    #[error("whisper.cpp could not load the model: {0}")]
    Load(String),
    #[error("`{0}` is not a language Ustad listens for (ur, en, ps, sd, pa or auto)")]
    Language(String),
    #[error("transcription failed: {0}")]
    Inference(String),
}

impl AsrError {
    /// The stable code for the protocol.
    pub fn code(&self) -> ErrorCode {
        match self {
            AsrError::NotFound(_) => ErrorCode::ModelNotFound,
            AsrError::Load(_) => ErrorCode::ModelInvalid,
            AsrError::Language(_) => ErrorCode::BadRequest,
            AsrError::Inference(_) => ErrorCode::Internal,
        }
    }
}

pub type Result<T> = std::result::Result<T, AsrError>;

/// The text of one window.
#[derive(Debug, Clone, Default)]
pub struct WindowText {
    pub text: String,
    /// The language whisper used (the one asked for, or the one it detected).
    pub language: String,
    pub cancelled: bool,
}

/// Whether a window holds voice: enough 30 ms frames well above the quietest frames' level.
pub fn has_voice(samples: &[f32]) -> bool {
    let frame = SAMPLE_RATE * 30 / 1000;
    let mut energies: Vec<f32> = samples
        .chunks(frame)
        .filter(|c| c.len() == frame)
        .map(|c| (c.iter().map(|s| s * s).sum::<f32>() / c.len() as f32).sqrt())
        .collect();
    if energies.len() < 5 {
        return false;
    }
    energies.sort_by(f32::total_cmp);
    let floor = energies[energies.len() / 10].max(1e-4);
    let loud = energies.iter().filter(|e| **e > floor * 4.0 && **e > 0.01).count();
    // At least a quarter of a second of frames that stand out from the background.
    loud * frame >= SAMPLE_RATE / 4
}

pub struct Transcriber {
    _ctx: WhisperContext,
    state: Mutex<WhisperState>,
    threads: i32,
}

impl Transcriber {
    /// Loads a whisper.cpp (ggml) model.
    pub fn load(path: &Path, threads: usize) -> Result<Transcriber> {
        if !path.is_file() {
            return Err(AsrError::NotFound(path.display().to_string()));
        }
        whisper_rs::install_logging_hooks();
        // Flash attention, as whisper.cpp's own programs use by default (whisper-rs turns it off).
        let mut params = WhisperContextParameters::default();
        params.flash_attn(true);
        let ctx = WhisperContext::new_with_params(path, params).map_err(|e| AsrError::Load(e.to_string()))?;
        // One decoding state, made once and reused by every window.
        let state = ctx.create_state().map_err(|e| AsrError::Load(e.to_string()))?;
        Ok(Transcriber { _ctx: ctx, state: Mutex::new(state), threads: threads.max(1) as i32 })
    }

    /// Transcribes one window (at most 30 s) of 16 kHz mono samples. `cancel` is checked
    /// before the window (whisper-rs's abort callback made encoding fail here, so a window runs
    /// to its end; the supervisor kills a worker that does not stop in time).
    pub fn transcribe_window(&self, samples: &[f32], language: &str, cancel: Arc<AtomicBool>) -> Result<WindowText> {
        if !LANGUAGES.contains(&language) {
            return Err(AsrError::Language(language.to_owned()));
        }
        if cancel.load(Ordering::Relaxed) {
            return Ok(WindowText { text: String::new(), language: language.to_owned(), cancelled: true });
        }
        if !has_voice(samples) {
            return Ok(WindowText { text: String::new(), language: language.to_owned(), cancelled: false });
        }
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let mut params = FullParams::new(SamplingStrategy::Greedy { best_of: 1 });
        params.set_n_threads(self.threads);
        params.set_language(Some(language));
        params.set_print_progress(false);
        params.set_print_realtime(false);
        params.set_print_special(false);
        params.set_print_timestamps(false);
        params.set_suppress_blank(true);
        params.set_suppress_nst(true);
        params.set_no_context(true);
        params.set_no_speech_thold(NO_SPEECH_THRESHOLD);
        let window = &samples[..samples.len().min(WINDOW_SAMPLES)];
        state.full(params, window).map_err(|e| AsrError::Inference(e.to_string()))?;
        let mut text = String::new();
        for segment in state.as_iter() {
            if segment.no_speech_probability() > NO_SPEECH_THRESHOLD {
                continue;
            }
            let piece = segment.to_str_lossy().map_err(|e| AsrError::Inference(e.to_string()))?;
            text.push_str(&piece);
        }
        let detected = whisper_rs::get_lang_str(state.full_lang_id_from_state()).unwrap_or(language);
        Ok(WindowText { text: text.trim().to_owned(), language: detected.to_owned(), cancelled: false })
    }
}
