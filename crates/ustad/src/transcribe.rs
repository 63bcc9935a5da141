//! `ustad transcribe FILE` and `ustad listen`: speech to text through the supervised
//! `ustad-asr-worker`, from a file or from the microphone.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use anyhow::Result;
use catalog::Catalog;
use clap::Args;
use i18n::arg;
use supervisor::{AsrClient, Config};

use crate::context::Context;

#[derive(Args)]
pub struct TranscribeArgs {
    /// A WAV, MP3, OGG, Opus or FLAC file
    pub file: PathBuf,
    /// ur, en, ps, sd, pa or auto [default: the --locale language]
    #[arg(long)]
    pub lang: Option<String>,
}

#[derive(Args)]
pub struct ListenArgs {
    /// ur, en, ps, sd, pa or auto [default: the --locale language]
    #[arg(long)]
    pub lang: Option<String>,
}

/// Transcribes `file` with the catalogue's speech model, in a worker beside this program, and
/// prints the result.
fn transcribe_and_print(ctx: &Context, file: &Path, lang: Option<&str>) -> Result<()> {
    let catalog = Catalog::load(&ctx.paths.models_dir)?;
    let entry = session::speech_model(&catalog)
        .map(|(m, _)| m)
        .ok_or_else(|| catalog::CatalogError::UnknownModel("speech".into()))?;
    let mut client = AsrClient::new(Config::asr_beside_current_exe());
    client.load(&catalog.path_of(entry), session::threads())?;
    let language = lang.map(str::to_owned).unwrap_or_else(|| session::whisper_language(&ctx.locale).to_owned());
    let json = ctx.json;
    let transcript = client.transcribe(file, &language, &mut |segment| {
        if !json {
            println!("{segment}");
        }
    })?;
    let rtf = transcript.processing_s / transcript.duration_s.max(1e-9);
    if json {
        return ctx.print_json(&serde_json::json!({
            "text": transcript.text,
            "language": transcript.language,
            "duration_s": transcript.duration_s,
            "processing_s": transcript.processing_s,
            "rtf": rtf,
            "model": { "id": entry.id, "sha256": entry.sha256 },
        }));
    }
    eprintln!(
        "({:.1} s of audio in {:.1} s, real-time factor {:.2})",
        transcript.duration_s, transcript.processing_s, rtf
    );
    Ok(())
}

pub fn run(ctx: &Context, args: &TranscribeArgs) -> Result<()> {
    transcribe_and_print(ctx, &args.file, args.lang.as_deref())
}

/// A text meter for the input level: ten cells.
fn meter(level: f32) -> String {
    let filled = (level * 10.0).round().clamp(0.0, 10.0) as usize;
    format!("[{}{}]", "#".repeat(filled), " ".repeat(10 - filled))
}

/// `ustad listen`: records from the microphone until Enter (or 60 s), then transcribes.
pub fn listen(ctx: &Context, args: &ListenArgs) -> Result<()> {
    let recording = microphone::Recording::start()?;
    eprintln!("{}", ctx.t("listen-recording", &[("seconds", arg(microphone::MAX_SECONDS))]));
    let (enter_tx, enter) = mpsc::channel();
    std::thread::spawn(move || {
        // Enter, or the end of input, stops the recording.
        let _ = std::io::stdin().lock().read_line(&mut String::new());
        let _ = enter_tx.send(());
    });
    while enter.recv_timeout(Duration::from_millis(100)).is_err() {
        if recording.capped() {
            eprintln!();
            eprintln!("{}", ctx.t("listen-capped", &[("seconds", arg(microphone::MAX_SECONDS))]));
            break;
        }
        if !ctx.json {
            eprint!("\r{} {:4.1} s ", meter(recording.level()), recording.seconds());
        }
    }
    eprintln!();
    let dir = tempfile::tempdir()?;
    let wav = dir.path().join("listen.wav");
    recording.stop(&wav)?;
    transcribe_and_print(ctx, &wav, args.lang.as_deref())
}

#[cfg(test)]
mod tests {
    #[test]
    fn meter_has_ten_cells() {
        assert_eq!(super::meter(0.0), "[          ]");
        assert_eq!(super::meter(0.5), "[#####     ]");
        assert_eq!(super::meter(1.0), "[##########]");
    }
}
