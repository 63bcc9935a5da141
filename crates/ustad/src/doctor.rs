//! `ustad doctor`: what a ministry engineer checks on a laptop: CPU features, memory, models,
//! the content pack and the learner database, each with its problem code if it has one.

use anyhow::Result;
use serde_json::{json, Value};

use crate::context::Context;
use session::describe;

/// `{ "ok": .. }` or `{ "error": { "code", "message" } }` for one check.
fn outcome<T>(ctx: &Context, result: Result<T>, ok: impl FnOnce(T) -> Value) -> Value {
    match result {
        Ok(value) => ok(value),
        Err(err) => {
            let (code, message) = describe(&ctx.tr, &err);
            json!({ "error": { "code": code, "message": message } })
        }
    }
}

pub fn run(ctx: &Context) -> Result<()> {
    let cpu = system::cpu();
    let memory = system::memory();
    let models = outcome(ctx, catalog::Catalog::load(&ctx.paths.models_dir).map_err(Into::into), |c| json!(c.status()));
    let pack = outcome(ctx, ctx.open_pack(), |pack| json!(pack.info()));
    // Doctor only looks: it does not create a database where there is none.
    let db_path = ctx.paths.data_dir.join(learner::FILE_NAME);
    let database = if db_path.is_file() {
        outcome(
            ctx,
            ctx.open_db(),
            |db| json!({ "path": db.path(), "schema_version": db.schema_version().ok(), "device_id": db.device_id() }),
        )
    } else {
        json!({ "path": db_path, "schema_version": null, "absent": true })
    };
    let report = json!({
        "version": env!("CARGO_PKG_VERSION"),
        "cpu": cpu,
        "memory": memory,
        "data_dir": ctx.paths.data_dir,
        "models_dir": ctx.paths.models_dir,
        "models": models,
        "pack": pack,
        "database": database,
    });
    if ctx.json {
        return ctx.print_json(&report);
    }
    println!("Ustad {}", env!("CARGO_PKG_VERSION"));
    println!(
        "cpu       {} {}, {} cores ({} threads), features: {}",
        cpu.arch,
        cpu.model.as_deref().unwrap_or(""),
        cpu.physical_cores,
        cpu.logical_cores,
        cpu.features.join(" ")
    );
    println!("memory    {} MB total, {} MB available", memory.total_bytes >> 20, memory.available_bytes >> 20);
    println!("data      {}", ctx.paths.data_dir.display());
    println!("models    {}", ctx.paths.models_dir.display());
    let line = |name: &str, value: &Value, ok: &dyn Fn(&Value) -> String| match value.get("error") {
        Some(err) => println!(
            "{name:<9} error [{}]: {}",
            err["code"].as_str().unwrap_or(""),
            err["message"].as_str().unwrap_or("")
        ),
        None => println!("{name:<9} {}", ok(value)),
    };
    line("pack", &report["pack"], &|p| {
        format!(
            "{} {} ({} lessons)",
            p["pack_id"].as_str().unwrap_or(""),
            p["version"].as_str().unwrap_or(""),
            p["n_lessons"]
        )
    });
    line("database", &report["database"], &|d| {
        format!("{} (schema {})", d["path"].as_str().unwrap_or(""), d["schema_version"])
    });
    line("models", &report["models"], &|m| {
        let installed: Vec<&str> = m
            .as_array()
            .map(|a| a.iter().filter(|s| s["installed"] == true).filter_map(|s| s["id"].as_str()).collect())
            .unwrap_or_default();
        if installed.is_empty() {
            "none installed (ustad models fetch)".to_owned()
        } else {
            installed.join(", ")
        }
    });
    Ok(())
}
