//! `ustad update [FOLDER] [--apply]`: what the content packs, model packs and installers on the
//! USB sticks (or in FOLDER) would change on this laptop, each checked first
//! (`session::update`); with `--apply`, installs the packs that are new or newer.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use i18n::arg;
use session::update::{Change, UpdatePlan};

use crate::context::{Context, ProgressBar};

#[derive(Args)]
pub struct UpdateArgs {
    /// A folder standing for a USB stick (its top and its `ustad/` folder are read) [default: the USB sticks mounted now]
    from: Option<PathBuf>,
    /// Install the content and model packs that are new or newer
    #[arg(long)]
    apply: bool,
}

pub fn run(ctx: &Context, args: &UpdateArgs) -> Result<()> {
    let files = match &args.from {
        Some(dir) => {
            let label = dir.file_name().map_or_else(|| dir.display().to_string(), |n| n.to_string_lossy().into_owned());
            sync::usb::files_in(dir, &label, &sync::usb::UPDATE_ENDINGS)
        }
        None => sync::usb::update_files(),
    };
    let plan = session::update::scan(&ctx.paths, &ctx.tr, &files);
    if !args.apply {
        return if ctx.json { ctx.print_json(&plan) } else { print_plan(ctx, &plan) };
    }
    let bar = ProgressBar::new(ctx);
    let applied = session::update::apply(&ctx.paths, &plan, &|d, t| bar.update(d, t))?;
    drop(bar);
    if ctx.json {
        return ctx.print_json(&serde_json::json!({ "plan": plan, "applied": applied }));
    }
    print_plan(ctx, &plan)?;
    let mut items: Vec<String> = applied.packs.iter().map(|p| format!("{} {}", p.pack_id, p.version)).collect();
    items.extend(applied.models.iter().map(|m| format!("{} {}", m.name, m.version)));
    if !items.is_empty() {
        println!("{}", ctx.t("update-applied", &[("items", arg(items.join(", ")))]));
    }
    Ok(())
}

fn change_text(ctx: &Context, change: Change) -> String {
    ctx.t(&format!("update-change-{}", change.as_str()), &[])
}

fn print_plan(ctx: &Context, plan: &UpdatePlan) -> Result<()> {
    if plan.packs.is_empty() && plan.models.is_empty() && plan.installers.is_empty() {
        println!("{}", ctx.t("update-none", &[]));
        return Ok(());
    }
    let refused = |message: Option<&str>| message.map(|m| format!("\n    {m}")).unwrap_or_default();
    for offer in &plan.packs {
        let name = if offer.pack_id.is_empty() { offer.path.display().to_string() } else { offer.pack_id.clone() };
        let title = ctx.t("update-lessons", &[("pack", arg(name)), ("version", arg(offer.version.as_str()))]);
        println!(
            "{title}: {}{}",
            change_text(ctx, offer.change),
            refused(offer.refused.as_ref().map(|r| r.message.as_str()))
        );
        for (id, lessons) in [
            ("update-adds", &offer.diff.added),
            ("update-removes", &offer.diff.removed),
            ("update-changes", &offer.diff.updated),
        ] {
            if !lessons.is_empty() && offer.change != Change::Refused {
                println!("    {}", ctx.t(id, &[("lessons", arg(lessons.join(", ")))]));
            }
        }
    }
    for offer in &plan.models {
        let title =
            ctx.t("update-models", &[("name", arg(offer.name.as_str())), ("version", arg(offer.version.as_str()))]);
        println!(
            "{title}: {}{}",
            change_text(ctx, offer.change),
            refused(offer.refused.as_ref().map(|r| r.message.as_str()))
        );
        for model in &offer.models {
            let line = if model.installed {
                ctx.t("update-model-installed", &[("model", arg(model.id.as_str()))])
            } else {
                ctx.t(
                    "update-model-new",
                    &[("model", arg(model.id.as_str())), ("mb", arg(catalog::mib_ceil(model.size)))],
                )
            };
            println!("    {line}");
        }
    }
    for offer in &plan.installers {
        let title = ctx.t(
            "update-installer",
            &[("version", arg(offer.version.as_str())), ("running", arg(offer.running.as_str()))],
        );
        println!(
            "{title}: {}{}",
            change_text(ctx, offer.change),
            refused(offer.refused.as_ref().map(|r| r.message.as_str()))
        );
        if offer.change == Change::Newer {
            println!("    {}", ctx.t("update-installer-how", &[("path", arg(offer.path.display().to_string()))]));
        }
    }
    if plan.has_changes() {
        println!("{}", ctx.t("update-apply-hint", &[]));
    }
    Ok(())
}
