//! `ustad bench asr`: speech recognition speed on this laptop, through the same worker and
//! supervisor the tutor uses: model load time, real-time factor on a 30 s spoken clip, the
//! worker's peak memory, and word error rates on English and Urdu clips spoken by espeak-ng.
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
}

const TARGET_RTF: f64 = 0.3;
const TARGET_RATIO: f64 = 0.95;
const CLIP_SECONDS: f64 = 30.0;

/// About half a minute of English, from the water cycle lesson.
const ENGLISH: &str = "The sun heats the water in rivers, lakes and the sea. The water turns into vapour \
and rises into the air. High in the sky the vapour cools and becomes tiny drops of water, which make clouds. \
When the drops grow heavy they fall as rain. Rain water flows into rivers and back to the sea, and the cycle \
begins again. Plants also give water vapour to the air through their leaves.";
/// An Urdu sentence from the photosynthesis lesson.
const URDU: &str = "پودے سورج کی روشنی، پانی اور ہوا سے اپنی خوراک خود بناتے ہیں۔ اس عمل کو ضیائی تالیف کہتے ہیں۔";

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

#[derive(Serialize)]
pub struct AsrBench {
    model: String,
    threads: u32,
    clip_s: f64,
    load_ms: f64,
    processing_s: f64,
    rtf: f64,
    meets_rtf_target: bool,
    peak_rss_mb: f64,
    wer_en: f64,
    wer_ur: f64,
    text_en: String,
    text_ur: String,
    whisper_cpp: Vec<WhisperCpp>,
}

/// espeak-ng speaks `text` in `voice`; sox makes it 16 kHz mono, padded or cut to `seconds`.
fn spoken_clip(dir: &Path, name: &str, voice: &str, text: &str, seconds: Option<f64>) -> Result<PathBuf> {
    let raw = dir.join(format!("{name}-espeak.wav"));
    let clip = dir.join(format!("{name}.wav"));
    let status = Command::new("espeak-ng").args(["-v", voice, "-w"]).arg(&raw).arg(text).status();
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
    let entry = catalog.default_for(Role::Asr).context("no speech model in the catalogue")?.clone();
    let model = catalog.path_of(&entry);
    anyhow::ensure!(model.is_file(), "the speech model is not installed: ustad models fetch {}", entry.id);
    let threads = args.threads.unwrap_or_else(session::threads);
    let dir = tempfile::tempdir()?;
    let clip = spoken_clip(dir.path(), "en30", "en", ENGLISH, Some(CLIP_SECONDS))?;
    let urdu = spoken_clip(dir.path(), "ur", "ur", URDU, None)?;

    let mut client = AsrClient::new(Config::asr_beside_current_exe());
    let load_ms = client.load(&model, threads)?;
    let (mut ours, mut text_en, mut clip_s) = (Vec::new(), String::new(), CLIP_SECONDS);
    let mut theirs = vec![Vec::new(); args.whisper_cli.len()];
    for _ in 0..args.runs.max(1) {
        let transcript = client.transcribe(&clip, "en", &mut |_| {})?;
        ours.push(transcript.processing_s);
        clip_s = transcript.duration_s;
        text_en = transcript.text;
        for (program, times) in args.whisper_cli.iter().zip(&mut theirs) {
            times.push(run_whisper_cli(program, &model, &clip, threads)?);
        }
    }
    let text_ur = client.transcribe(&urdu, "ur", &mut |_| {})?.text;
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
    let whisper_cpp: Vec<WhisperCpp> = whisper_cpp.collect();
    let result = AsrBench {
        model: entry.id.clone(),
        threads,
        clip_s,
        load_ms,
        processing_s,
        rtf,
        meets_rtf_target: rtf <= TARGET_RTF,
        peak_rss_mb: peak,
        wer_en: textnorm::word_error_rate(ENGLISH, &text_en),
        wer_ur: textnorm::word_error_rate(URDU, &text_ur),
        text_en,
        text_ur,
        whisper_cpp,
    };
    Ok(result)
}

impl AsrBench {
    /// The figures as lines of text.
    pub fn render(&self) -> String {
        let mut lines: Vec<String> = Vec::new();
        lines.push(format!("model {} on {} threads", self.model, self.threads));
        lines.push(format!(
            "load {:.0} ms; {:.0} s clip in {:.2} s: real-time factor {:.3} (target {TARGET_RTF})",
            self.load_ms, self.clip_s, self.processing_s, self.rtf
        ));
        lines.push(format!("peak worker memory {:.0} MB", self.peak_rss_mb));
        lines.push(format!("word error rate: English {:.3}, Urdu {:.3} (espeak-ng voices)", self.wer_en, self.wer_ur));
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
