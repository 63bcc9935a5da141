//! Audio files as 16 kHz mono samples, delivered in windows so that an hour-long recording never
//! sits in memory whole. Decoding is symphonia's (WAV, MP3, FLAC, OGG/Vorbis) and libopus's
//! (OGG/Opus); channels are averaged; resampling is rubato's FFT resampler.

use std::fs::File;
use std::path::Path;
use std::sync::OnceLock;

use error_codes::ErrorCode;
use rubato::{FftFixedIn, Resampler};
use symphonia::core::audio::SampleBuffer;
use symphonia::core::codecs::{CodecRegistry, DecoderOptions, CODEC_TYPE_NULL};
use symphonia::core::errors::Error as SymphoniaError;
use symphonia::core::formats::FormatOptions;
use symphonia::core::io::MediaSourceStream;
use symphonia::core::meta::MetadataOptions;
use symphonia::core::probe::Hint;

/// symphonia's codecs and libopus for Opus, which symphonia 0.5 demuxes from OGG but cannot
/// decode itself.
fn codecs() -> &'static CodecRegistry {
    static REGISTRY: OnceLock<CodecRegistry> = OnceLock::new();
    REGISTRY.get_or_init(|| {
        let mut registry = CodecRegistry::new();
        symphonia::default::register_enabled_codecs(&mut registry);
        registry.register_all::<symphonia_adapter_libopus::OpusDecoder>();
        registry
    })
}

/// The sample rate speech recognition works at.
pub const TARGET_RATE: usize = 16_000;
const RESAMPLE_CHUNK: usize = 1024;

#[derive(Debug, thiserror::Error)]
pub enum AudioError {
    #[error("cannot open {0}")]
    Io(String),
    #[error("{0} is not an audio file Ustad can read (WAV, MP3, OGG, Opus or FLAC)")]
    NotAudio(String),
    #[error("{0} holds no sound")]
    Empty(String),
    #[error("{0} is damaged: {1}")]
    Damaged(String, String),
}

impl AudioError {
    pub fn code(&self) -> ErrorCode {
        match self {
            AudioError::Io(_) => ErrorCode::AudioNotFound,
            AudioError::NotAudio(_) => ErrorCode::AudioUnreadable,
            AudioError::Empty(_) => ErrorCode::AudioEmpty,
            AudioError::Damaged(..) => ErrorCode::AudioDamaged,
        }
    }
}

/// What the file was.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AudioInfo {
    pub sample_rate: u32,
    pub channels: usize,
    /// Seconds of audio delivered.
    pub duration_s: f64,
}

/// Collects 16 kHz samples and hands them on a window at a time.
struct Windows<'f> {
    size: usize,
    buffer: Vec<f32>,
    delivered: usize,
    on_window: &'f mut dyn FnMut(&[f32]) -> bool,
    stopped: bool,
}

impl Windows<'_> {
    fn push(&mut self, samples: &[f32]) {
        for chunk in samples.chunks(self.size) {
            if self.stopped {
                return;
            }
            self.buffer.extend_from_slice(chunk);
            while self.buffer.len() >= self.size && !self.stopped {
                let rest = self.buffer.split_off(self.size);
                self.delivered += self.size;
                self.stopped = !(self.on_window)(&self.buffer);
                self.buffer = rest;
            }
        }
    }

    fn finish(&mut self) {
        if !self.buffer.is_empty() && !self.stopped {
            self.delivered += self.buffer.len();
            (self.on_window)(&self.buffer);
            self.buffer.clear();
        }
    }
}

/// Decodes `path` and calls `on_window` with successive windows of `window` 16 kHz mono samples
/// (the last may be shorter); `on_window` returns false to stop early.
pub fn decode_windows(
    path: &Path,
    window: usize,
    on_window: &mut dyn FnMut(&[f32]) -> bool,
) -> Result<AudioInfo, AudioError> {
    let shown = path.display().to_string();
    let file = File::open(path).map_err(|_| AudioError::Io(shown.clone()))?;
    if file.metadata().map(|m| m.len()).unwrap_or(0) == 0 {
        return Err(AudioError::Empty(shown));
    }
    let stream = MediaSourceStream::new(Box::new(file), Default::default());
    let mut hint = Hint::new();
    if let Some(ext) = path.extension().and_then(|e| e.to_str()) {
        hint.with_extension(ext);
    }
    let probed = symphonia::default::get_probe()
        .format(&hint, stream, &FormatOptions::default(), &MetadataOptions::default())
        .map_err(|_| AudioError::NotAudio(shown.clone()))?;
    let mut format = probed.format;
    let track = format
        .tracks()
        .iter()
        .find(|t| t.codec_params.codec != CODEC_TYPE_NULL)
        .ok_or_else(|| AudioError::NotAudio(shown.clone()))?;
    let track_id = track.id;
    let sample_rate = track.codec_params.sample_rate.ok_or_else(|| AudioError::NotAudio(shown.clone()))?;
    let mut decoder = codecs()
        .make(&track.codec_params, &DecoderOptions::default())
        .map_err(|_| AudioError::NotAudio(shown.clone()))?;
    let mut resampler = if sample_rate as usize == TARGET_RATE {
        None
    } else {
        Some(
            FftFixedIn::<f32>::new(sample_rate as usize, TARGET_RATE, RESAMPLE_CHUNK, 2, 1)
                .map_err(|e| AudioError::Damaged(shown.clone(), e.to_string()))?,
        )
    };
    let mut pending: Vec<f32> = Vec::new();
    let mut windows = Windows { size: window.max(1), buffer: Vec::new(), delivered: 0, on_window, stopped: false };
    let mut channels = 0;
    let mut sample_buffer: Option<SampleBuffer<f32>> = None;
    loop {
        let packet = match format.next_packet() {
            Ok(packet) => packet,
            // The end of the stream, or a file cut short: what was read is kept.
            Err(SymphoniaError::IoError(_)) | Err(SymphoniaError::ResetRequired) => break,
            Err(e) => return Err(AudioError::Damaged(shown, e.to_string())),
        };
        if packet.track_id() != track_id {
            continue;
        }
        let decoded = match decoder.decode(&packet) {
            Ok(decoded) => decoded,
            Err(SymphoniaError::DecodeError(_)) => continue,
            Err(SymphoniaError::IoError(_)) => break,
            Err(e) => return Err(AudioError::Damaged(shown, e.to_string())),
        };
        let spec = *decoded.spec();
        channels = spec.channels.count().max(1);
        let buffer = sample_buffer.get_or_insert_with(|| SampleBuffer::new(decoded.capacity() as u64, spec));
        if buffer.capacity() < decoded.capacity() * channels {
            *buffer = SampleBuffer::new(decoded.capacity() as u64, spec);
        }
        buffer.copy_interleaved_ref(decoded);
        let mono = buffer.samples().chunks(channels).map(|frame| frame.iter().sum::<f32>() / channels as f32);
        match resampler.as_mut() {
            None => {
                let mono: Vec<f32> = mono.collect();
                windows.push(&mono);
            }
            Some(resampler) => {
                pending.extend(mono);
                while pending.len() >= resampler.input_frames_next() {
                    let take = resampler.input_frames_next();
                    let input: Vec<f32> = pending.drain(..take).collect();
                    let output = resampler
                        .process(&[input], None)
                        .map_err(|e| AudioError::Damaged(shown.clone(), e.to_string()))?;
                    windows.push(&output[0]);
                }
            }
        }
        if windows.stopped {
            break;
        }
    }
    if let Some(resampler) = resampler.as_mut() {
        if !pending.is_empty() && !windows.stopped {
            let output = resampler
                .process_partial(Some(&[pending.as_slice()]), None)
                .map_err(|e| AudioError::Damaged(shown.clone(), e.to_string()))?;
            windows.push(&output[0]);
        }
    }
    windows.finish();
    if windows.delivered == 0 {
        return Err(AudioError::Empty(shown));
    }
    Ok(AudioInfo { sample_rate, channels, duration_s: windows.delivered as f64 / TARGET_RATE as f64 })
}

/// Writes interleaved samples (-1..1) as a 16-bit PCM WAV file.
pub fn write_wav_16(path: &Path, rate: u32, channels: u16, samples: &[f32]) -> std::io::Result<()> {
    let data_len = u32::try_from(samples.len() * 2).map_err(|_| std::io::Error::other("recording too long for WAV"))?;
    let mut bytes = Vec::with_capacity(44 + samples.len() * 2);
    bytes.extend(b"RIFF");
    bytes.extend((36 + data_len).to_le_bytes());
    bytes.extend(b"WAVEfmt ");
    bytes.extend(16u32.to_le_bytes());
    bytes.extend(1u16.to_le_bytes());
    bytes.extend(channels.to_le_bytes());
    bytes.extend(rate.to_le_bytes());
    bytes.extend((rate * u32::from(channels) * 2).to_le_bytes());
    bytes.extend((channels * 2).to_le_bytes());
    bytes.extend(16u16.to_le_bytes());
    bytes.extend(b"data");
    bytes.extend(data_len.to_le_bytes());
    for sample in samples {
        bytes.extend(((sample.clamp(-1.0, 1.0) * 32767.0) as i16).to_le_bytes());
    }
    std::fs::write(path, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 16-bit PCM WAV of a 440 Hz sine tone.
    fn write_wav(path: &Path, rate: u32, channels: u16, seconds: f32) {
        let n_frames = (rate as f32 * seconds) as usize;
        let samples: Vec<f32> = (0..n_frames * usize::from(channels))
            .map(|i| ((i / usize::from(channels)) as f32 / rate as f32 * 440.0 * std::f32::consts::TAU).sin() * 0.25)
            .collect();
        write_wav_16(path, rate, channels, &samples).unwrap();
    }

    #[test]
    fn stereo_44k_becomes_16k_mono_in_windows() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tone.wav");
        write_wav(&path, 44_100, 2, 3.5);
        let mut sizes = Vec::new();
        let info = decode_windows(&path, TARGET_RATE, &mut |w| {
            sizes.push(w.len());
            true
        })
        .unwrap();
        assert_eq!((info.sample_rate, info.channels), (44_100, 2));
        assert!((info.duration_s - 3.5).abs() < 0.1, "{}", info.duration_s);
        assert_eq!(&sizes[..3], &[TARGET_RATE; 3]);
        assert!(sizes.len() == 4 && sizes[3] < TARGET_RATE);
    }

    #[test]
    fn bad_files_get_codes() {
        let dir = tempfile::tempdir().unwrap();
        let mut ignore = |_: &[f32]| true;
        let empty = dir.path().join("empty.wav");
        std::fs::write(&empty, b"").unwrap();
        assert_eq!(decode_windows(&empty, 16_000, &mut ignore).unwrap_err().code().as_str(), "AUDIO_EMPTY");
        let text = dir.path().join("notes.wav");
        std::fs::write(&text, "this is a shopping list, not a sound").unwrap();
        assert_eq!(decode_windows(&text, 16_000, &mut ignore).unwrap_err().code().as_str(), "AUDIO_UNREADABLE");
        let zero = dir.path().join("zero.wav");
        write_wav(&zero, 16_000, 1, 0.0);
        assert_eq!(decode_windows(&zero, 16_000, &mut ignore).unwrap_err().code().as_str(), "AUDIO_EMPTY");
        let missing = dir.path().join("missing.wav");
        assert_eq!(decode_windows(&missing, 16_000, &mut ignore).unwrap_err().code().as_str(), "AUDIO_NOT_FOUND");
        // A WAV cut short: what is there is read.
        let full = dir.path().join("full.wav");
        write_wav(&full, 16_000, 1, 2.0);
        let bytes = std::fs::read(&full).unwrap();
        let cut = dir.path().join("cut.wav");
        std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
        let info = decode_windows(&cut, 16_000, &mut ignore).unwrap();
        assert!(info.duration_s > 0.5 && info.duration_s < 1.5, "{}", info.duration_s);
    }
}
