//! Every format the tutor accepts, made by the real encoders from one espeak-ng sentence:
//! WAV (espeak-ng), FLAC and OGG/Vorbis (sox), OGG/Opus (opusenc), MP3 (lame). Each must decode
//! to 16 kHz mono of the same length and loudness as the WAV, and a 2-hour file must stream
//! through in windows.

use std::path::{Path, PathBuf};
use std::process::Command;

fn run(program: &str, args: &[&str]) {
    let status = Command::new(program).args(args).status().unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(status.success(), "{program} {args:?}");
}

fn spoken(dir: &Path) -> PathBuf {
    let wav = dir.join("speech.wav");
    testkit::speak(&wav, "en", "Plants make their food from sunlight, water and air.");
    wav
}

/// Duration and RMS loudness of the decoded 16 kHz mono samples.
fn decode(path: &Path) -> (f64, f32) {
    let (mut sum, mut n) = (0f64, 0usize);
    let info = audio::decode_windows(path, audio::TARGET_RATE * 30, &mut |w| {
        sum += w.iter().map(|s| f64::from(s * s)).sum::<f64>();
        n += w.len();
        true
    })
    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (info.duration_s, (sum / n as f64).sqrt() as f32)
}

#[test]
fn wav_flac_vorbis_opus_and_mp3_decode_alike() {
    let dir = tempfile::tempdir().unwrap();
    let wav = spoken(dir.path());
    let s = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
    run("sox", &[wav.to_str().unwrap(), &s("speech.flac")]);
    run("sox", &[wav.to_str().unwrap(), &s("speech.ogg")]);
    // Stereo at 44.1 kHz, as a phone or a recorder writes it.
    run("sox", &[wav.to_str().unwrap(), "-r", "44100", "-c", "2", &s("stereo.wav")]);
    run("opusenc", &["--quiet", wav.to_str().unwrap(), &s("speech.opus")]);
    run("lame", &["--quiet", wav.to_str().unwrap(), &s("speech.mp3")]);
    let (duration, loudness) = decode(&wav);
    assert!(duration > 2.0, "{duration}");
    for name in ["speech.flac", "speech.ogg", "stereo.wav", "speech.opus", "speech.mp3"] {
        let (d, l) = decode(&dir.path().join(name));
        // Encoders pad by up to a frame or two; lossy ones change the level a little.
        assert!((d - duration).abs() < 0.15, "{name}: {d} s against {duration} s");
        assert!((l / loudness - 1.0).abs() < 0.2, "{name}: loudness {l} against {loudness}");
    }
}

#[test]
fn two_hours_stream_through_in_windows() {
    let dir = tempfile::tempdir().unwrap();
    let long = dir.path().join("two-hours.flac");
    // Two hours of silence at 22.05 kHz (FLAC keeps it small), so it is resampled on the way.
    run("sox", &["-n", "-r", "22050", "-c", "1", long.to_str().unwrap(), "trim", "0", "7200"]);
    let (mut windows, mut largest) = (0usize, 0usize);
    let info = audio::decode_windows(&long, audio::TARGET_RATE * 30, &mut |w| {
        windows += 1;
        largest = largest.max(w.len());
        true
    })
    .unwrap();
    assert!((info.duration_s - 7200.0).abs() < 1.0, "{}", info.duration_s);
    // 240 windows of 30 s, and the resampler's few samples of delay in a last short one.
    assert!((240..=241).contains(&windows), "{windows}");
    assert_eq!(largest, audio::TARGET_RATE * 30, "never more than one window at a time");
}
