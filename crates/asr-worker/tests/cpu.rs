//! The speech worker on the CPUs schools have, emulated by qemu-user. whisper.cpp's ggml is
//! built for one instruction set, so the worker exists in two builds: AVX2 (the full tier) and
//! SSE4.2 (`ustad-asr-worker-compat`, made by scripts/lib.sh's build_compat_asr_worker). On a
//! CPU without AVX ("Nehalem") the AVX2 build dies of SIGILL and the supervisor goes on with the
//! compatible one, which transcribes; on "Haswell" the AVX2 build is the one started.

use std::path::{Path, PathBuf};
use std::time::Duration;

use supervisor::{AsrClient, Compat, Config, Tier};

const SPOKEN: &str = "The sun is hot.";

fn compat_worker() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_ustad-asr-worker")).with_file_name("ustad-asr-worker-compat")
}

/// `full` and `compat` programs under the emulator, with waits for a 40-times slower CPU.
fn emulated(full: PathBuf, compat: Option<PathBuf>) -> Config {
    let mut config = Config::new(full);
    config.compat = compat.map(|program| Compat { program, env: Vec::new(), full_needs: Vec::new() });
    config.load_timeout = Duration::from_secs(900);
    config.idle_timeout = Duration::from_secs(900);
    config
}

fn transcribe(config: Config, clip: &Path) -> (String, supervisor::WorkerCpu) {
    let mut client = AsrClient::new(config);
    client.load(testkit::default_speech_model(), 2).expect("the model loads");
    let transcript = client.transcribe(clip, "en", &mut |_| {}).expect("a transcript");
    (transcript.text, client.cpu().expect("a worker runs"))
}

#[test]
fn on_a_cpu_without_avx_the_compatible_build_transcribes_after_the_avx2_build_dies_of_sigill() {
    let dir = tempfile::tempdir().unwrap();
    let clip = dir.path().join("sun.wav");
    testkit::speak(&clip, "en", SPOKEN);
    let full = testkit::under_qemu(dir.path(), env!("CARGO_BIN_EXE_ustad-asr-worker").as_ref(), "Nehalem");
    let compat = testkit::under_qemu(dir.path(), &compat_worker(), "Nehalem");
    // Alone, the AVX2 build cannot transcribe there: it dies of an illegal instruction.
    let mut alone = AsrClient::new(emulated(full.clone(), None));
    let died = alone
        .load(testkit::default_speech_model(), 2)
        .and_then(|_| alone.transcribe(&clip, "en", &mut |_| {}))
        .expect_err("AVX2 code on a CPU without AVX");
    assert!(died.message.contains("signal 4"), "{}", died.message);

    let (text, cpu) = transcribe(emulated(full.clone(), Some(compat)), &clip);
    eprintln!("Nehalem: {text:?} ({cpu:?})");
    assert!(text.to_lowercase().contains("sun"), "{text:?}");
    assert_eq!(cpu.tier, Tier::Compat);
    assert!(cpu.code.unwrap_or_default().starts_with("sse4.2"));
}

/// On "Haswell" the AVX2 build starts and loads the model. Its transcriptions are checked by the
/// other tests of this crate, natively on this machine's AVX2 CPU: under emulation a 30-second
/// Whisper window takes over ten minutes.
#[test]
fn on_an_avx2_cpu_the_avx2_build_runs() {
    let dir = tempfile::tempdir().unwrap();
    let full = testkit::under_qemu(dir.path(), env!("CARGO_BIN_EXE_ustad-asr-worker").as_ref(), "Haswell");
    let compat = testkit::under_qemu(dir.path(), &compat_worker(), "Haswell");
    let mut client = AsrClient::new(emulated(full, Some(compat)));
    client.load(testkit::default_speech_model(), 2).expect("the model loads");
    let cpu = client.cpu().expect("a worker runs");
    assert_eq!(cpu.tier, Tier::Full);
    assert!(cpu.code.unwrap_or_default().starts_with("avx2"));
}
