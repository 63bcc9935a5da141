//! `ustad provision FILE`: sets up this laptop from a signed provisioning file (school, language,
//! teachers, classes, packs and models; see `session::provision`), once.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use i18n::arg;

use crate::context::{Context, ProgressBar};

#[derive(Args)]
pub struct ProvisionArgs {
    /// The provisioning file (`*.ustadprovision`, signed with `ustad keys sign`)
    file: PathBuf,
}

pub fn run(ctx: &Context, args: &ProvisionArgs) -> Result<()> {
    let bar = ProgressBar::new(ctx);
    let done = session::provision::apply(&ctx.paths, &args.file, &|d, t| bar.update(d, t))?;
    drop(bar);
    if ctx.json {
        return ctx.print_json(&done);
    }
    if !done.applied {
        println!("{}", ctx.t("provision-already", &[("id", arg(done.id.as_str()))]));
        return Ok(());
    }
    let list = |items: &[String]| if items.is_empty() { "–".to_owned() } else { items.join(", ") };
    println!(
        "{}",
        ctx.t(
            "provision-applied",
            &[
                ("school", arg(done.school.as_str())),
                ("teachers", arg(list(&done.teachers_added))),
                ("classes", arg(list(&done.classes_added))),
                ("packs", arg(list(&done.packs))),
                ("models", arg(list(&done.models))),
            ],
        )
    );
    Ok(())
}
