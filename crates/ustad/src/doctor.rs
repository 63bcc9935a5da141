//! `ustad doctor`: what a ministry engineer checks on a laptop: CPU features, memory, models
//! (and the tutor model that suits this laptop's memory), the content pack and the learner
//! database, each with its problem code if it has one; then the checks the app's settings show
//! too (`session::doctor`). It fails (exit status 1) when a required check does: no content
//! pack, a default model or a worker program missing, a damaged database.

use anyhow::Result;
use i18n::arg;
use serde_json::{json, Value};

use crate::context::Context;
use session::describe;

/// `{ "ok": .. }` or `{ "error": { "code", "message" } }` for one check.
fn outcome<T>(ctx: &Context, result: Result<T>, ok: impl FnOnce(T) -> Value) -> Value {
    match result {
        Ok(value) => ok(value),
        Err(err) => error_value(ctx, &err),
    }
}

fn error_value(ctx: &Context, err: &anyhow::Error) -> Value {
    let (code, message) = describe(&ctx.tr, err);
    json!({ "error": { "code": code, "message": message } })
}

/// The tutor model for this laptop's memory: what it is, whether it is installed, how to get
/// it, and that said in the reader's language.
fn recommendation(ctx: &Context, catalog: &catalog::Catalog, total_memory_bytes: u64) -> Value {
    let memory_mb = total_memory_bytes >> 20;
    let budget_mb = catalog::Catalog::tutor_budget_mb(total_memory_bytes);
    let Some(model) = catalog.recommend(total_memory_bytes) else {
        let message = ctx.t("doctor-recommended-none", &[("memory", arg(memory_mb))]);
        return json!({ "budget_mb": budget_mb, "model": null, "message": message });
    };
    let installed = catalog.status().iter().any(|s| s.entry.id == model.id && s.installed);
    let mut message = ctx.t(
        "doctor-recommended",
        &[
            ("memory", arg(memory_mb)),
            ("name", arg(model.name.as_str())),
            ("id", arg(model.id.as_str())),
            ("ram", arg(model.ram_mb.unwrap_or_default())),
        ],
    );
    let next_step = if installed {
        ctx.t("doctor-recommended-installed", &[])
    } else if model.fetchable() {
        ctx.t("doctor-recommended-fetch", &[("id", arg(model.id.as_str()))])
    } else {
        ctx.t("doctor-recommended-import", &[("file", arg(model.file.as_str()))])
    };
    message.push(' ');
    message.push_str(&next_step);
    json!({
        "budget_mb": budget_mb,
        "model": {
            "id": model.id, "name": model.name, "file": model.file, "ram_mb": model.ram_mb,
            "languages": model.languages, "installed": installed, "fetchable": model.fetchable(),
        },
        "message": message,
    })
}

#[derive(clap::Args)]
pub struct DoctorArgs {
    /// Also write a diagnostics file for the support desk (the report, the log's last lines and
    /// the laptop's settings; no names, PINs or questions)
    #[arg(long, value_name = "FILE")]
    bundle: Option<std::path::PathBuf>,
}

/// Prints the report; whether every required check passed.
pub fn run(ctx: &Context, args: &DoctorArgs) -> Result<bool> {
    let cpu = system::cpu();
    let memory = system::memory();
    let loaded = catalog::Catalog::load(&ctx.paths.models_dir).map_err(anyhow::Error::from);
    let recommended = match &loaded {
        Ok(catalog) => recommendation(ctx, catalog, memory.total_bytes),
        Err(_) => Value::Null,
    };
    let opened = ctx.open_pack();
    let summary = opened.as_ref().map(|p| session::doctor::pack_summary(p.info()));
    // Doctor only looks: it does not create a database where there is none.
    let db_path = ctx.paths.data_dir.join(learner::FILE_NAME);
    let db = db_path.is_file().then(|| ctx.open_db());
    let state = match &db {
        None => session::doctor::Database::Absent(&db_path),
        Some(Ok(db)) => session::doctor::Database::Open(db),
        Some(Err(err)) => session::doctor::Database::Failed(err),
    };
    let laptop = session::doctor::Laptop { cpu: &cpu, memory: &memory, catalog: &loaded };
    let checks = session::doctor::checks(&ctx.tr, &laptop, summary, state);
    let problems = session::doctor::problems(&checks);
    let models = outcome(ctx, loaded, |c| json!(c.status()));
    let pack = outcome(ctx, opened, |pack| json!(pack.info()));
    let database = match &db {
        None => json!({ "path": db_path, "schema_version": null, "absent": true }),
        Some(Ok(db)) => {
            json!({ "path": db.path(), "schema_version": db.schema_version().ok(), "device_id": db.device_id() })
        }
        Some(Err(err)) => error_value(ctx, err),
    };
    let report = json!({
        "version": env!("CARGO_PKG_VERSION"),
        "cpu": cpu,
        "memory": memory,
        "data_dir": ctx.paths.data_dir,
        "models_dir": ctx.paths.models_dir,
        "models": models,
        "recommended_model": recommended,
        "pack": pack,
        "database": database,
        "checks": checks,
        "problems": problems,
    });
    if let Some(file) = &args.bundle {
        session::logs::save_bundle(file, &ctx.paths.data_dir, &report, db.as_ref().and_then(|db| db.as_ref().ok()))
            .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
        eprintln!("{}", ctx.t("doctor-bundle-written", &[("file", arg(file.display().to_string()))]));
    }
    if ctx.json {
        ctx.print_json(&report)?;
        return Ok(problems == 0);
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
    if let Some(message) = report["recommended_model"]["message"].as_str() {
        println!("{:<9} {message}", "tutor");
    }
    if let Some(speech) = checks.iter().find(|c| c.name == "speech-model") {
        println!("{:<9} {}", "speech", speech.detail);
    }
    for (name, label) in [("tutor-cpu", "llm"), ("speech-cpu", "speech")] {
        if let Some(cpu) = checks.iter().find(|c| c.name == name) {
            println!("{label:<9} {}", cpu.detail);
        }
    }
    if let Some(signing) = checks.iter().find(|c| c.name == "pack-signing") {
        println!("{:<9} {}", "signing", signing.detail);
    }
    for check in checks.iter().filter(|c| c.required && !c.ok) {
        println!("{:<9} ✗ {}: {}", "problem", check.name, check.detail);
    }
    if problems > 0 {
        crate::error::report(ctx, &session::UserError::ChecksFailed(problems).into());
    }
    Ok(problems == 0)
}
