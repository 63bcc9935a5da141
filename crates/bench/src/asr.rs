//! `ustad bench asr`: speech recognition speed on this laptop, through the same worker and
//! supervisor the tutor uses, for each speech model installed (or those named): model load
//! time, real-time factor on a 30 s spoken clip, the worker's peak memory, the word error rate
//! on that English clip, and word and character error rates on 24 Urdu sentences of the lessons
//! (`data/urdu-sentences.txt`) spoken by espeak-ng at two speeds and with added noise (letters
//! folded as search folds them, digits folded, punctuation dropped).
//! With `--whisper-cli PATH...` (whisper.cpp's own command-line program; `scripts/build-whisper-cli.sh`
//! builds it from the whisper.cpp 1.9.1 tree of the npm package nodejs-whisper, the version
//! Ustad links), it runs each on the same clip, model, threads and decoding settings,
//! alternating with ours, and prints the speed ratios. Targets for Whisper base on a 2-core
//! machine: real-time factor at most 0.3, and at least 0.95 of whisper.cpp's speed.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context as _, Result};
use catalog::{Catalog, Role};
use clap::Args;
use serde::Serialize;
use supervisor::{AsrClient, Config};

use crate::{median, peak_rss_mb};
use session::Paths;

#[derive(Args)]
pub struct AsrBenchArgs {
    /// Threads [default: physical cores, at most 4]
    #[arg(long)]
    pub threads: Option<u32>,
    /// whisper.cpp's whisper-cli programs, for the comparison
    #[arg(long, value_name = "PATH", num_args = 1..)]
    pub whisper_cli: Vec<PathBuf>,
    /// Repetitions of each measurement (the median is reported)
    #[arg(long, default_value_t = 3)]
    pub runs: usize,
    /// Speech models to measure, by catalogue id [default: every installed one]
    #[arg(long = "model", value_name = "ID")]
    pub models: Vec<String>,
}

const TARGET_RTF: f64 = 0.3;
const TARGET_RATIO: f64 = 0.95;
const CLIP_SECONDS: f64 = 30.0;

/// About half a minute of English, from the water cycle lesson.
const ENGLISH: &str = "The sun heats the water in rivers, lakes and the sea. The water turns into vapour \
and rises into the air. High in the sky the vapour cools and becomes tiny drops of water, which make clouds. \
When the drops grow heavy they fall as rain. Rain water flows into rivers and back to the sea, and the cycle \
begins again. Plants also give water vapour to the air through their leaves.";
/// One Urdu sentence of each lesson.
const URDU: &str = include_str!("../data/urdu-sentences.txt");

/// How the Urdu sentences are spoken: espeak-ng's words per minute, and the amplitude of white
/// noise added (about 10 dB below the speech).
const URDU_CONDITIONS: [(&str, u32, f64); 3] = [("normal", 160, 0.0), ("slow", 120, 0.0), ("noisy", 160, 0.05)];

#[derive(Serialize)]
struct UrduErrors {
    condition: &'static str,
    clips: usize,
    wer: f64,
    cer: f64,
}

#[derive(Serialize)]
struct WhisperCpp {
    program: PathBuf,
    /// From the build folder's name (`build-1.9.1`), as `scripts/build-whisper-cli.sh` names it.
    version: Option<String>,
    processing_s: f64,
    rtf: f64,
    /// Our speed as a share of whisper.cpp's (its time over ours): at least 0.95 is the target.
    ratio: f64,
    meets_target: bool,
}

/// The figures of every model measured.
#[derive(Serialize)]
pub struct AsrBench {
    models: Vec<ModelBench>,
}

#[derive(Serialize)]
struct ModelBench {
    model: String,
    file_mb: f64,
    threads: u32,
    clip_s: f64,
    load_ms: f64,
    processing_s: f64,
    rtf: f64,
    meets_rtf_target: bool,
    peak_rss_mb: f64,
    wer_en: f64,
    text_en: String,
    /// Word and character error rates on the Urdu sentences, per way of speaking them.
    urdu: Vec<UrduErrors>,
    whisper_cpp: Vec<WhisperCpp>,
}

/// espeak-ng speaks `text` in `voice`; sox makes it 16 kHz mono, padded or cut to `seconds`.
fn spoken_clip(dir: &Path, name: &str, voice: &str, text: &str, seconds: Option<f64>) -> Result<PathBuf> {
    spoken_clip_at(dir, name, voice, text, seconds, 160)
}

fn spoken_clip_at(dir: &Path, name: &str, voice: &str, text: &str, seconds: Option<f64>, wpm: u32) -> Result<PathBuf> {
    let raw = dir.join(format!("{name}-espeak.wav"));
    let clip = dir.join(format!("{name}.wav"));
    let status =
        Command::new("espeak-ng").args(["-v", voice, "-s", &wpm.to_string(), "-w"]).arg(&raw).arg(text).status();
    anyhow::ensure!(status.is_ok_and(|s| s.success()), "espeak-ng is needed to make the benchmark's speech");
    let mut sox = Command::new("sox");
    // -D: no dither, so the clip is the same on every run (dither noise is random, and a clip
    // whose last segment whisper ends early costs a second pass over the window's end).
    sox.args(["-V1", "-D"]).arg(&raw).args(["-r", "16000", "-c", "1", "-b", "16"]).arg(&clip);
    if let Some(seconds) = seconds {
        let s = seconds.to_string();
        // Silence after the speech up to the length, then cut there.
        sox.args(["pad", "0", &s, "trim", "0", &s]);
    }
    anyhow::ensure!(sox.status().is_ok_and(|s| s.success()), "sox is needed to make the benchmark's speech");
    Ok(clip)
}

/// `clip` with white noise of amplitude `level` mixed in.
fn with_noise(clip: &Path, level: f64) -> Result<PathBuf> {
    let noise = clip.with_extension("noise.wav");
    let noisy = clip.with_extension("noisy.wav");
    let made = Command::new("sox")
        .args(["-V1"])
        .arg(clip)
        .arg(&noise)
        .args(["synth", "whitenoise", "vol", &level.to_string()])
        .status()
        .is_ok_and(|s| s.success())
        && Command::new("sox")
            .args(["-V1", "-m"])
            .arg(clip)
            .arg(&noise)
            .arg(&noisy)
            .status()
            .is_ok_and(|s| s.success());
    anyhow::ensure!(made, "sox could not add noise to {}", clip.display());
    Ok(noisy)
}

/// The Urdu sentences, spoken in each way: (condition, clip, sentence).
fn urdu_clips(dir: &Path) -> Result<Vec<(&'static str, PathBuf, &'static str)>> {
    let sentences: Vec<&str> = URDU
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split('\t').nth(1))
        .collect();
    let mut clips = Vec::new();
    for (n, sentence) in sentences.iter().enumerate() {
        for (condition, wpm, noise) in URDU_CONDITIONS {
            let clip = spoken_clip_at(dir, &format!("ur{n}-{condition}"), "ur", sentence, None, wpm)?;
            let clip = if noise > 0.0 { with_noise(&clip, noise)? } else { clip };
            clips.push((condition, clip, *sentence));
        }
    }
    Ok(clips)
}

/// Runs whisper-cli on `clip`; returns its processing time in seconds (total minus load, from
/// its own timing report).
fn run_whisper_cli(program: &Path, model: &Path, clip: &Path, threads: u32) -> Result<f64> {
    let output = Command::new(program)
        .arg("-m")
        .arg(model)
        .arg("-f")
        .arg(clip)
        // Decoded as Ustad decodes: greedy, one candidate (whisper-cli's default is a 5-wide
        // beam search), flash attention (its default and Ustad's), non-speech tokens suppressed,
        // with timestamps (`-nt` would decode without them: whisper then never re-reads the end
        // of a window whose last segment stops early, which is less work than Ustad does).
        .args(["-t", &threads.to_string(), "-l", "en", "-bs", "1", "-bo", "1", "-fa", "-sns"])
        .output()
        .with_context(|| format!("running {}", program.display()))?;
    anyhow::ensure!(output.status.success(), "whisper-cli failed: {}", String::from_utf8_lossy(&output.stderr));
    let report = String::from_utf8_lossy(&output.stderr);
    let ms = |label: &str| {
        report
            .lines()
            .find(|l| l.contains(label))
            .and_then(|l| l.split('=').nth(1)?.split_whitespace().next()?.parse::<f64>().ok())
    };
    let (total, load) = (ms("total time").context("whisper-cli timing")?, ms("load time").unwrap_or(0.0));
    Ok((total - load) / 1000.0)
}

pub fn run(paths: &Paths, args: &AsrBenchArgs) -> Result<AsrBench> {
    let catalog = Catalog::load(&paths.models_dir)?;
    let entries: Vec<catalog::ModelEntry> = if args.models.is_empty() {
        let installed: Vec<_> =
            catalog.models.iter().filter(|e| e.role == Role::Asr && catalog.path_of(e).is_file()).cloned().collect();
        anyhow::ensure!(!installed.is_empty(), "no speech model is installed: ustad models fetch whisper-base");
        installed
    } else {
        args.models.iter().map(|id| catalog.get(id).cloned()).collect::<Result<_, _>>()?
    };
    let threads = args.threads.unwrap_or_else(session::threads);
    let dir = tempfile::tempdir()?;
    let clip = spoken_clip(dir.path(), "en30", "en", ENGLISH, Some(CLIP_SECONDS))?;
    let urdu = urdu_clips(dir.path())?;
    let mut models = Vec::new();
    for entry in entries {
        let model = catalog.path_of(&entry);
        anyhow::ensure!(model.is_file(), "the speech model is not installed: ustad models fetch {}", entry.id);
        models.push(measure(&entry, &model, threads, args, &clip, &urdu)?);
    }
    Ok(AsrBench { models })
}

fn measure(
    entry: &catalog::ModelEntry,
    model: &Path,
    threads: u32,
    args: &AsrBenchArgs,
    clip: &Path,
    urdu: &[(&'static str, PathBuf, &'static str)],
) -> Result<ModelBench> {
    let mut client = AsrClient::new(Config::asr_beside_current_exe());
    let load_ms = client.load(model, threads)?;
    let (mut ours, mut text_en, mut clip_s) = (Vec::new(), String::new(), CLIP_SECONDS);
    let mut theirs = vec![Vec::new(); args.whisper_cli.len()];
    for _ in 0..args.runs.max(1) {
        let transcript = client.transcribe(clip, "en", &mut |_| {})?;
        ours.push(transcript.processing_s);
        clip_s = transcript.duration_s;
        text_en = transcript.text;
        for (program, times) in args.whisper_cli.iter().zip(&mut theirs) {
            times.push(run_whisper_cli(program, model, clip, threads)?);
        }
    }
    // Error rates over all the clips of a condition, weighted by the sentences' lengths.
    let mut urdu_errors = Vec::new();
    for (condition, _, _) in URDU_CONDITIONS {
        let (mut words, mut word_edits, mut letters, mut letter_edits, mut clips) = (0.0, 0.0, 0.0, 0.0, 0);
        for (_, path, said) in urdu.iter().filter(|(c, _, _)| *c == condition) {
            let heard = client.transcribe(path, "ur", &mut |_| {})?.text;
            let (n_words, n_letters) =
                (textnorm::words(said).len() as f64, textnorm::words(said).concat().chars().count() as f64);
            words += n_words;
            letters += n_letters;
            word_edits += textnorm::word_error_rate(said, &heard) * n_words;
            letter_edits += textnorm::character_error_rate(said, &heard) * n_letters;
            clips += 1;
        }
        urdu_errors.push(UrduErrors {
            condition,
            clips,
            wer: word_edits / f64::max(words, 1.0),
            cer: letter_edits / f64::max(letters, 1.0),
        });
    }
    let peak = client.worker_pid().map_or(0.0, peak_rss_mb);
    let processing_s = median(ours);
    let rtf = processing_s / clip_s;
    let whisper_cpp = args.whisper_cli.iter().zip(theirs).map(|(program, times)| {
        let processing = median(times);
        let ratio = if processing_s > 0.0 { processing / processing_s } else { 0.0 };
        let folder = program.parent().and_then(Path::parent).and_then(Path::file_name);
        WhisperCpp {
            program: program.clone(),
            version: folder.and_then(|f| f.to_str()?.strip_prefix("build-")).map(str::to_owned),
            processing_s: processing,
            rtf: processing / clip_s,
            ratio,
            meets_target: ratio >= TARGET_RATIO,
        }
    });
    Ok(ModelBench {
        model: entry.id.clone(),
        file_mb: entry.size as f64 / 1e6,
        threads,
        clip_s,
        load_ms,
        processing_s,
        rtf,
        meets_rtf_target: rtf <= TARGET_RTF,
        peak_rss_mb: peak,
        wer_en: textnorm::word_error_rate(ENGLISH, &text_en),
        text_en,
        urdu: urdu_errors,
        whisper_cpp: whisper_cpp.collect(),
    })
}

impl AsrBench {
    /// The figures as lines of text.
    pub fn render(&self) -> String {
        self.models.iter().map(ModelBench::render).collect()
    }
}

impl ModelBench {
    fn render(&self) -> String {
        let mut lines: Vec<String> = Vec::new();
        lines.push(format!("model {} ({:.0} MB) on {} threads", self.model, self.file_mb, self.threads));
        lines.push(format!(
            "load {:.0} ms; {:.0} s clip in {:.2} s: real-time factor {:.3} (target {TARGET_RTF})",
            self.load_ms, self.clip_s, self.processing_s, self.rtf
        ));
        lines.push(format!("peak worker memory {:.0} MB", self.peak_rss_mb));
        lines.push(format!("English word error rate {:.3} (espeak-ng voice)", self.wer_en));
        for u in &self.urdu {
            lines.push(format!(
                "Urdu, {} speech ({} sentences of the lessons): word error rate {:.3}, character error rate {:.3}",
                u.condition, u.clips, u.wer, u.cer
            ));
        }
        for w in &self.whisper_cpp {
            lines.push(format!(
                "whisper-cli {}: {:.2} s, real-time factor {:.3}; ours runs at {:.2} of its speed (target {TARGET_RATIO})",
                w.version.as_deref().unwrap_or("?"),
                w.processing_s,
                w.rtf,
                w.ratio
            ));
        }
        if self.whisper_cpp.is_empty() {
            lines.push(
                "whisper-cli: not run (pass --whisper-cli PATH...; scripts/build-whisper-cli.sh builds it)".into(),
            );
        }
        lines.push(String::new());
        lines.join("\n")
    }
}
