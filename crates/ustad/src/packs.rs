//! `ustad pack build | info | verify | install`.

use std::path::PathBuf;

use anyhow::Result;
use clap::Subcommand;
use i18n::arg;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::context::Context;

#[derive(Subcommand)]
pub enum PackCommand {
    /// Check curriculum sources and compile them into a pack
    Build {
        /// The curriculum folder
        source: PathBuf,
        /// The pack file to write
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Show a pack's metadata
    Info { file: Option<PathBuf> },
    /// Check every page of a pack for damage
    Verify { file: Option<PathBuf> },
    /// Install a signed pack (for example from a USB stick) as this laptop's default pack: the
    /// signature and content are checked while it is copied; an older version is refused
    Install { file: PathBuf },
    /// Sign a pack (the signature goes inside the file) with a key named by the root of trust
    Sign(crate::keys::SignArgs),
}

/// The build date: SOURCE_DATE_EPOCH when set (reproducible builds), otherwise now.
fn build_date() -> String {
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.parse::<i64>().ok());
    let when = epoch.and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok()).unwrap_or_else(OffsetDateTime::now_utc);
    when.format(&Rfc3339).expect("dates format")
}

pub fn run(ctx: &Context, cmd: PackCommand) -> Result<()> {
    match cmd {
        PackCommand::Build { source, output } => {
            let (curriculum, diags) = curriculum::read_curriculum(&source)?;
            for warning in diags.warnings() {
                eprintln!("{warning}");
            }
            let report = pack::build_pack(&curriculum, &output, &build_date())?;
            if ctx.json {
                let n_warnings = diags.warnings().count();
                let mut value = serde_json::to_value(&report)?;
                value["warnings"] = n_warnings.into();
                ctx.print_json(&value)
            } else {
                let n_warnings = diags.warnings().count();
                if n_warnings > 0 {
                    eprintln!("{}", ctx.t("pack-warnings", &[("count", arg(n_warnings))]));
                }
                println!(
                    "{}",
                    ctx.t(
                        "pack-built",
                        &[
                            ("path", arg(report.path.display().to_string())),
                            ("lessons", arg(report.n_lessons)),
                            ("hash", arg(report.content_hash.as_str())),
                        ]
                    )
                );
                Ok(())
            }
        }
        PackCommand::Info { file } => {
            let pack = match file {
                Some(path) => pack::Pack::open(&path)?,
                None => ctx.open_pack()?,
            };
            let info = pack.info();
            if ctx.json {
                return ctx.print_json(info);
            }
            println!("{}  {}", curriculum::pick(&info.title, &ctx.locale), info.path.display());
            println!("id            {}", info.pack_id);
            println!("version       {}", info.version);
            println!("publisher     {}", info.publisher);
            println!("built         {}", info.build_date);
            println!("content hash  {}", info.content_hash);
            println!("locales       {}", info.locales.join(", "));
            println!("lessons       {}", info.n_lessons);
            println!("format        {}", info.schema_version);
            println!("size          {} bytes", info.bytes);
            Ok(())
        }
        PackCommand::Verify { file } => {
            let pack = match file {
                Some(path) => pack::Pack::open(&path)?,
                None => ctx.open_pack()?,
            };
            pack.verify()?;
            if ctx.json {
                ctx.print_json(&serde_json::json!({ "ok": true, "path": pack.path() }))
            } else {
                println!("{}", ctx.t("pack-ok", &[]));
                Ok(())
            }
        }
        PackCommand::Install { file } => {
            let bar = crate::context::ProgressBar::new(ctx);
            let installed = session::install_pack(&ctx.paths, &file, &|done, total| bar.update(done, total))?;
            drop(bar);
            if ctx.json {
                ctx.print_json(&installed)
            } else {
                println!("{}", ctx.t("pack-installed", &[("path", arg(installed.path.display().to_string()))]));
                if !installed.archived.is_empty() {
                    println!("{}", ctx.t("pack-archived", &[("lessons", arg(installed.archived.join(", ")))]));
                }
                Ok(())
            }
        }
        PackCommand::Sign(args) => {
            pack::Pack::open(&args.file)?;
            crate::keys::sign(ctx, &args)
        }
    }
}
