//! A real ALSA capture device fed from a file: ALSA's `file` plugin reads spoken audio in
//! place of a sound card, so the whole cpal path runs as it does with a microphone. ALSA reads
//! `~/.asoundrc`, so this test (alone in its process) points HOME at a folder with one
//! (`testkit::AlsaMicrophone`).

use std::time::{Duration, Instant};

#[test]
fn records_from_an_alsa_device_with_a_level_and_writes_a_wav() {
    let dir = tempfile::tempdir().unwrap();
    let _feeding = testkit::AlsaMicrophone::new(dir.path(), "en", "Plants make their food from sunlight.");
    std::env::set_var("HOME", dir.path());
    let recording = microphone::Recording::start().expect("the ALSA file device opens");
    let started = Instant::now();
    let mut loudest = 0f32;
    while started.elapsed() < Duration::from_millis(4000) {
        loudest = loudest.max(recording.level());
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(loudest > 0.3, "the meter moved with the speech: {loudest}");
    assert!(!recording.capped());
    let wav = dir.path().join("take.wav");
    let seconds = recording.stop(&wav).unwrap();
    assert!((1.5..4.5).contains(&seconds), "recorded in real time: {seconds} s");
    let info = audio::decode_windows(&wav, audio::TARGET_RATE, &mut |_| true).unwrap();
    assert!((info.duration_s - seconds).abs() < 0.1);
}
