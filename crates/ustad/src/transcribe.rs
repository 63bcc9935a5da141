//! `ustad transcribe FILE`: speech to text through the supervised `ustad-asr-worker`.

use std::path::PathBuf;

use anyhow::Result;
use catalog::{Catalog, Role};
use clap::Args;
use supervisor::{AsrClient, Config};

use crate::context::Context;

#[derive(Args)]
pub struct TranscribeArgs {
    /// A WAV, MP3, OGG or FLAC file
    pub file: PathBuf,
    /// ur, en, ps, sd, pa or auto [default: the --locale language]
    #[arg(long)]
    pub lang: Option<String>,
}

/// Whisper's name for the language of a locale.
fn whisper_language(locale: &str) -> &'static str {
    match locale {
        "ur" => "ur",
        "ps" => "ps",
        "sd" => "sd",
        "pa-Arab" => "pa",
        _ => "en",
    }
}

pub fn run(ctx: &Context, args: &TranscribeArgs) -> Result<()> {
    let catalog = Catalog::load(&ctx.models_dir)?;
    let entry = catalog.default_for(Role::Asr).ok_or_else(|| catalog::CatalogError::UnknownModel("speech".into()))?;
    let model = catalog.path_of(entry);
    let language = args.lang.clone().unwrap_or_else(|| whisper_language(&ctx.locale).to_owned());
    let mut client = AsrClient::new(Config::worker_beside_current_exe("ustad-asr-worker"));
    client.load(&model, crate::llm::threads())?;
    let json = ctx.json;
    let transcript = client.transcribe(&args.file, &language, &mut |segment| {
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
