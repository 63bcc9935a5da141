//! `ustad models list | fetch [ID] | verify | import FILE | pack ID... | install FILE`.

use std::path::PathBuf;

use anyhow::Result;
use catalog::{Catalog, ImportOptions, Role};
use clap::Subcommand;
use i18n::arg;

use crate::context::{cache_dir, Context};

#[derive(Subcommand)]
pub enum ModelsCommand {
    /// The catalogue, with what is installed
    List,
    /// Download a model (default: the default tutor model), check its SHA-256 and install it
    Fetch { id: Option<String> },
    /// Check every installed model against its SHA-256
    Verify,
    /// Convert a Whisper model from CTranslate2 format (a folder with model.bin and
    /// vocabulary.txt) into the ggml file whisper.cpp loads
    #[command(name = "convert-whisper-ct2")]
    ConvertWhisperCt2 {
        dir: PathBuf,
        #[arg(short, long)]
        output: PathBuf,
        /// Weight format of the matrices: f16, q8_0 (half the size, as accurate) or q5_0
        #[arg(long, default_value = "f16")]
        quantize: String,
    },
    /// Install a GGUF chat model from a file (for example on a USB stick) and register it
    Import {
        file: PathBuf,
        /// Id for the catalogue [default: from the file name]
        #[arg(long)]
        id: Option<String>,
        /// Languages it can really answer in, comma-separated
        #[arg(long, value_delimiter = ',')]
        languages: Vec<String>,
        #[arg(long)]
        licence: Option<String>,
    },
    /// Write a signed model pack of installed models (one file for a USB stick)
    Pack {
        /// The models, by catalogue id
        #[arg(required = true)]
        ids: Vec<String>,
        #[arg(short, long)]
        out: PathBuf,
        /// The signing key (a PREFIX from `ustad keys generate`)
        #[arg(long)]
        key: PathBuf,
        /// The root document that names the signing key, when it is not a root key itself
        #[arg(long)]
        root: Option<PathBuf>,
        /// The pack's name and version, shown when it is installed
        #[arg(long, default_value = "models")]
        name: String,
        #[arg(long, default_value = "1")]
        version: String,
    },
    /// Install a signed model pack (from a USB stick): every model checked by SHA-256 while it is copied
    Install { file: PathBuf },
}

pub fn run(ctx: &Context, cmd: ModelsCommand) -> Result<()> {
    let catalog = Catalog::load(&ctx.paths.models_dir)?;
    match cmd {
        ModelsCommand::List => {
            let status = catalog.status();
            if ctx.json {
                return ctx.print_json(&status);
            }
            for model in status {
                let mark = if model.installed { "✓" } else { " " };
                let default = if model.entry.default { " (default)" } else { "" };
                println!(
                    "{mark} {:<28} {:?} {:>5} MB  {}  [{}]{default}",
                    model.entry.id,
                    model.entry.role,
                    model.entry.size / 1_000_000,
                    model.entry.licence,
                    model.entry.languages.join(", ")
                );
            }
            Ok(())
        }
        ModelsCommand::Fetch { id } => {
            let id = match id {
                Some(id) => id,
                None => catalog
                    .default_for(Role::Llm)
                    .map(|m| m.id.clone())
                    .ok_or_else(|| catalog::CatalogError::UnknownModel("default".into()))?,
            };
            let path = catalog::fetch(&catalog, &id, &cache_dir().join("pip"))?;
            if ctx.json {
                return ctx.print_json(&serde_json::json!({ "id": id, "path": path }));
            }
            println!("{}", ctx.t("models-installed", &[("path", arg(path.display().to_string()))]));
            Ok(())
        }
        ModelsCommand::Verify => {
            let mut results = Vec::new();
            let mut damaged = Vec::new();
            for model in catalog.status() {
                let state = if !model.path.is_file() {
                    "missing"
                } else if catalog.verify(&model.entry)? {
                    "ok"
                } else {
                    damaged.push(model.entry.id.clone());
                    "mismatch"
                };
                results.push(serde_json::json!({ "id": model.entry.id, "path": model.path, "state": state }));
                if !ctx.json {
                    let key = match state {
                        "ok" => "models-verify-ok",
                        "mismatch" => "models-verify-bad",
                        _ => "models-missing",
                    };
                    println!("{:<28} {}", model.entry.id, ctx.t(key, &[]));
                }
            }
            if ctx.json {
                ctx.print_json(&results)?;
            }
            match damaged.first() {
                Some(id) => {
                    let entry = catalog.get(id)?;
                    Err(catalog::CatalogError::ChecksumMismatch {
                        file: entry.file.clone(),
                        expected: entry.sha256.clone(),
                        found: "different".into(),
                    }
                    .into())
                }
                None => Ok(()),
            }
        }
        ModelsCommand::ConvertWhisperCt2 { dir, output, quantize } => {
            let quantization = whisper_convert::Quantization::parse(&quantize)
                .ok_or_else(|| catalog::CatalogError::Convert(format!("unknown weight format `{quantize}`")))?;
            let report = whisper_convert::convert_to(&dir, &output, quantization)
                .map_err(|e| catalog::CatalogError::Convert(e.to_string()))?;
            let (sha256, bytes) = catalog::sha256_file(&output)?;
            let value = serde_json::json!({
                "output": output, "bytes": bytes, "sha256": sha256, "n_vocab": report.n_vocab,
                "n_layers": report.n_layers, "n_state": report.n_state, "n_tensors": report.n_tensors,
            });
            if ctx.json {
                return ctx.print_json(&value);
            }
            println!("{} ({} bytes, {} tensors)\nsha256 {sha256}", output.display(), bytes, report.n_tensors);
            Ok(())
        }
        ModelsCommand::Import { file, id, languages, licence } => {
            let entry = catalog::import(&catalog, &file, &ImportOptions { id, languages, licence })?;
            if ctx.json {
                return ctx.print_json(&entry);
            }
            println!("{}", ctx.t("models-installed", &[("path", arg(catalog.path_of(&entry).display().to_string()))]));
            Ok(())
        }
        ModelsCommand::Pack { ids, out, key, root, name, version } => {
            let key = signing::keyfile::KeyPair::load(&key)?;
            let root = root.map(|r| crate::keys::read_root(&r)).transpose()?;
            let manifest = catalog::modelpack::build(&catalog, &ids, &name, &version, &out)?;
            signing::signed::sign(&out, &key, root.as_ref())?;
            if ctx.json {
                return ctx.print_json(&serde_json::json!({ "path": out, "models": ids, "key": key.public_hex(),
                    "bytes": std::fs::metadata(&out)?.len(), "manifest": manifest }));
            }
            println!("{}", ctx.t("pack-signed", &[("path", arg(out.display().to_string()))]));
            Ok(())
        }
        ModelsCommand::Install { file } => {
            let bar = crate::context::ProgressBar::new(ctx);
            let installed = session::install_model_pack(&ctx.paths, &file, &|done, total| bar.update(done, total))?;
            drop(bar);
            if ctx.json {
                return ctx.print_json(&installed);
            }
            let models = installed.models.join(", ");
            println!(
                "{}",
                ctx.t("models-pack-installed", &[("models", arg(models)), ("version", arg(installed.version))])
            );
            Ok(())
        }
    }
}
