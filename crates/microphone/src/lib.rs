//! Push-to-talk recording from the default microphone with cpal (ALSA on Linux). A recording
//! keeps mono samples at the device's own rate, reports an input level for the UI's meter,
//! stops taking sound at 60 s, and on stop is written as a WAV file, which the speech worker
//! decodes and resamples like any other file. No device gives `NO_MICROPHONE`.
//!
//! The cpal stream lives on a thread of its own (a stream may not cross threads), so a
//! [`Recording`] can be kept in an app's state and stopped from anywhere.

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use cpal::{FromSample, Sample, SampleFormat, SizedSample};
use error_codes::ErrorCode;

/// Names an audio file to record from instead of the microphone (see [`Recording::start`]).
pub const FILE_ENV: &str = "USTAD_MICROPHONE_FILE";

/// The longest recording, in seconds: a question, not a lecture.
pub const MAX_SECONDS: u32 = 60;

#[derive(Debug, thiserror::Error)]
pub enum MicError {
    #[error("no microphone was found{0}")]
    NoDevice(String),
    #[error("the microphone could not be used: {0}")]
    Failed(String),
    #[error("nothing was recorded")]
    Empty,
    #[error("the recording could not be saved: {0}")]
    Io(String),
}

impl MicError {
    pub fn code(&self) -> ErrorCode {
        match self {
            MicError::NoDevice(_) => ErrorCode::NoMicrophone,
            MicError::Failed(_) => ErrorCode::MicrophoneFailed,
            MicError::Empty => ErrorCode::RecordingEmpty,
            MicError::Io(_) => ErrorCode::RecordingNotSaved,
        }
    }
}

/// What the audio callback and the handle share.
struct Shared {
    samples: Mutex<Vec<f32>>,
    /// The most recent level, 0..1, as f32 bits.
    level: AtomicU32,
    capped: AtomicBool,
    failure: Mutex<Option<String>>,
    rate: u32,
    limit: usize,
}

impl Shared {
    fn new(rate: u32) -> Shared {
        Shared {
            samples: Mutex::new(Vec::with_capacity(rate as usize * 10)),
            level: AtomicU32::new(0),
            capped: AtomicBool::new(false),
            failure: Mutex::new(None),
            rate,
            limit: rate as usize * MAX_SECONDS as usize,
        }
    }

    /// Takes one buffer of interleaved frames: averages channels, updates the level, and keeps
    /// the samples until the cap.
    fn push<T>(&self, data: &[T], channels: usize)
    where
        T: Sample,
        f32: FromSample<T>,
    {
        let channels = channels.max(1);
        let mono: Vec<f32> = data
            .chunks(channels)
            .map(|frame| frame.iter().map(|s| f32::from_sample(*s)).sum::<f32>() / channels as f32)
            .collect();
        self.level.store(level_of(&mono).to_bits(), Ordering::Relaxed);
        let mut samples = self.samples.lock().unwrap_or_else(|e| e.into_inner());
        let room = self.limit.saturating_sub(samples.len());
        samples.extend_from_slice(&mono[..mono.len().min(room)]);
        if mono.len() >= room {
            self.capped.store(true, Ordering::Relaxed);
        }
    }
}

/// Loudness of a buffer for a meter: RMS in dBFS mapped from -60..0 dB onto 0..1.
pub fn level_of(samples: &[f32]) -> f32 {
    if samples.is_empty() {
        return 0.0;
    }
    let rms = (samples.iter().map(|s| s * s).sum::<f32>() / samples.len() as f32).sqrt();
    let db = 20.0 * rms.max(1e-6).log10();
    ((db + 60.0) / 60.0).clamp(0.0, 1.0)
}

/// A recording in progress.
pub struct Recording {
    shared: Arc<Shared>,
    stop: mpsc::Sender<()>,
    thread: Option<JoinHandle<()>>,
    device: String,
}

impl std::fmt::Debug for Recording {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Recording").field("device", &self.device).field("seconds", &self.seconds()).finish()
    }
}

fn build_stream<T>(
    device: &cpal::Device,
    config: cpal::StreamConfig,
    shared: &Arc<Shared>,
) -> Result<cpal::Stream, cpal::Error>
where
    T: SizedSample + Send + 'static,
    f32: FromSample<T>,
{
    let channels = usize::from(config.channels);
    let data = Arc::clone(shared);
    let errors = Arc::clone(shared);
    device.build_input_stream::<T, _, _>(
        config,
        move |buffer: &[T], _: &cpal::InputCallbackInfo| data.push(buffer, channels),
        move |err| {
            errors.failure.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert(err.to_string());
        },
        None,
    )
}

/// Opens the default input device and starts a stream that records into `Shared`. What
/// alsa-lib says while probing devices ("ALSA lib pcm.c: Unknown PCM cards.pcm.rear" on most
/// laptops) is caught on this thread instead of reaching the terminal, and added to the error
/// only when opening fails.
fn open() -> Result<(cpal::Stream, Arc<Shared>, String), MicError> {
    #[cfg(target_os = "linux")]
    let alsa_said = alsa::Output::local_error_handler().ok();
    let opened = open_default();
    #[cfg(target_os = "linux")]
    let opened = opened.map_err(|err| match (err, alsa_said) {
        (MicError::Failed(detail), Some(said)) => {
            let said = said.borrow().to_string();
            MicError::Failed(if said.trim().is_empty() { detail } else { format!("{detail}; {}", said.trim()) })
        }
        (err, _) => err,
    });
    opened
}

fn open_default() -> Result<(cpal::Stream, Arc<Shared>, String), MicError> {
    let host = cpal::default_host();
    let device = host.default_input_device().ok_or_else(|| MicError::NoDevice(String::new()))?;
    let name = device.id().map(|id| id.to_string()).unwrap_or_else(|_| "default".to_owned());
    let supported = device.default_input_config().map_err(|e| MicError::NoDevice(format!(" ({e})")))?;
    let format = supported.sample_format();
    let config: cpal::StreamConfig = supported.into();
    let shared = Arc::new(Shared::new(config.sample_rate));
    let stream = match format {
        SampleFormat::F32 => build_stream::<f32>(&device, config, &shared),
        SampleFormat::I16 => build_stream::<i16>(&device, config, &shared),
        SampleFormat::I32 => build_stream::<i32>(&device, config, &shared),
        SampleFormat::U16 => build_stream::<u16>(&device, config, &shared),
        SampleFormat::I8 => build_stream::<i8>(&device, config, &shared),
        SampleFormat::U8 => build_stream::<u8>(&device, config, &shared),
        other => return Err(MicError::Failed(format!("the device gives {other} samples"))),
    }
    .map_err(|e| MicError::Failed(e.to_string()))?;
    stream.play().map_err(|e| MicError::Failed(e.to_string()))?;
    Ok((stream, shared, name))
}

/// Plays an audio file into `shared` in real time, 50 ms at a time, as a microphone would
/// deliver it, until the file ends or `stop` says so.
fn play_file(path: &Path, shared: &Shared, stop: &mpsc::Receiver<()>) -> Result<(), MicError> {
    let started = Instant::now();
    let mut sent = 0usize;
    audio::decode_windows(path, audio::TARGET_RATE / 20, &mut |chunk| {
        shared.push(chunk, 1);
        sent += chunk.len();
        let due = Duration::from_secs_f64(sent as f64 / audio::TARGET_RATE as f64);
        std::thread::sleep(due.saturating_sub(started.elapsed()));
        !matches!(stop.try_recv(), Ok(()) | Err(mpsc::TryRecvError::Disconnected))
    })
    .map_err(|e| MicError::Failed(e.to_string()))?;
    Ok(())
}

impl Recording {
    /// Starts recording from the default microphone, or, when `USTAD_MICROPHONE_FILE` names an
    /// audio file, from that file played in real time (a stand-in microphone for end-to-end
    /// tests and demonstrations; everything after the device is the same).
    pub fn start() -> Result<Recording, MicError> {
        let (started_tx, started_rx) = mpsc::channel();
        let (stop, stop_rx) = mpsc::channel::<()>();
        let file = std::env::var_os(FILE_ENV).filter(|f| !f.is_empty()).map(std::path::PathBuf::from);
        let thread = std::thread::Builder::new()
            .name("microphone".into())
            .spawn(move || {
                if let Some(file) = file {
                    let shared = Arc::new(Shared::new(audio::TARGET_RATE as u32));
                    let _ = started_tx.send(Ok((shared.clone(), file.display().to_string())));
                    if let Err(err) = play_file(&file, &shared, &stop_rx) {
                        shared.failure.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert(err.to_string());
                    }
                    let _ = stop_rx.recv();
                    return;
                }
                match open() {
                    Ok((stream, shared, name)) => {
                        let _ = started_tx.send(Ok((shared, name)));
                        // Recording goes on until stop is sent or the handle is dropped.
                        let _ = stop_rx.recv();
                        drop(stream);
                    }
                    Err(err) => {
                        let _ = started_tx.send(Err(err));
                    }
                }
            })
            .map_err(|e| MicError::Failed(e.to_string()))?;
        let (shared, device) =
            started_rx.recv().map_err(|_| MicError::Failed("the recording thread stopped".into()))??;
        Ok(Recording { shared, stop, thread: Some(thread), device })
    }

    /// The device recorded from.
    pub fn device(&self) -> &str {
        &self.device
    }

    /// The input level now, 0 (silence) to 1 (full scale).
    pub fn level(&self) -> f32 {
        f32::from_bits(self.shared.level.load(Ordering::Relaxed))
    }

    /// Seconds recorded so far.
    pub fn seconds(&self) -> f64 {
        let samples = self.shared.samples.lock().unwrap_or_else(|e| e.into_inner()).len();
        samples as f64 / f64::from(self.shared.rate)
    }

    /// Whether the 60 s cap has been reached (nothing more is kept).
    pub fn capped(&self) -> bool {
        self.shared.capped.load(Ordering::Relaxed)
    }

    fn halt(&mut self) {
        let _ = self.stop.send(());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }

    /// Stops recording and writes what was recorded to `wav` (mono, 16-bit, the device's rate).
    /// Returns the seconds recorded.
    pub fn stop(mut self, wav: &Path) -> Result<f64, MicError> {
        self.halt();
        let samples = std::mem::take(&mut *self.shared.samples.lock().unwrap_or_else(|e| e.into_inner()));
        if samples.is_empty() {
            let failure = self.shared.failure.lock().unwrap_or_else(|e| e.into_inner()).take();
            return Err(failure.map(MicError::Failed).unwrap_or(MicError::Empty));
        }
        audio::write_wav_16(wav, self.shared.rate, 1, &samples).map_err(|e| MicError::Io(e.to_string()))?;
        Ok(samples.len() as f64 / f64::from(self.shared.rate))
    }
}

impl Drop for Recording {
    fn drop(&mut self) {
        self.halt();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channels_are_averaged_and_the_cap_holds() {
        let shared = Shared::new(100);
        shared.push(&[0.5f32, -0.5, 1.0, 0.0], 2);
        assert_eq!(*shared.samples.lock().unwrap(), vec![0.0, 0.5]);
        let second = vec![0i16; 100 * 2];
        for _ in 0..70 {
            shared.push(&second, 2);
        }
        assert_eq!(shared.samples.lock().unwrap().len(), 100 * MAX_SECONDS as usize);
        assert!(shared.capped.load(Ordering::Relaxed));
    }

    #[test]
    fn level_follows_loudness() {
        assert_eq!(level_of(&[]), 0.0);
        assert_eq!(level_of(&[0.0; 100]), 0.0);
        let quiet = level_of(&[0.01; 100]);
        let loud = level_of(&[0.5; 100]);
        assert!(quiet > 0.0 && quiet < 0.4 && loud > 0.8 && loud <= 1.0, "{quiet} {loud}");
    }
}
