//! Settings: text size, CPU threads, the models (name, size, SHA-256, licence, languages) and
//! the same checks as `ustad doctor`.

use catalog::Catalog;
use tauri::{AppHandle, Manager, State};
use views::{DoctorCheck, Engines, ModelInfo, Settings};

use crate::error::{run, CmdResult};
use crate::state::{lock, App, TEXT_SIZE, THREADS};

#[tauri::command]
pub async fn engines(app: State<'_, App>) -> CmdResult<Engines> {
    Ok(lock(&app.engines).clone())
}

/// What a ministry engineer checks on a laptop: the same list as `ustad doctor`.
fn doctor(app: &App, laptop: &session::doctor::Laptop<'_>, pack: &anyhow::Result<String>) -> Vec<DoctorCheck> {
    let db = lock(&app.db);
    let pack = pack.as_ref().map(Clone::clone);
    let checks = session::doctor::checks(&app.translator(), laptop, pack, session::doctor::Database::Open(&db));
    checks.into_iter().map(|c| DoctorCheck { name: c.name, ok: c.ok, required: c.required, detail: c.detail }).collect()
}

#[tauri::command]
pub async fn settings(app: State<'_, App>) -> CmdResult<Settings> {
    run(&app, || {
        // Processor threads, models, paths and checksums are the teacher's "this laptop" page.
        app.teacher()?;
        let catalog = Catalog::load(&app.paths.models_dir)?;
        let models: Vec<ModelInfo> = catalog.status().into_iter().map(ModelInfo::from).collect();
        let pack = app.with_pack(|pack| Ok(session::doctor::pack_summary(pack.info())));
        let cpu = system::cpu();
        let laptop = session::doctor::Laptop { cpu: &cpu, memory: &system::memory(), catalog: &Ok(catalog) };
        Ok(Settings {
            locale: app.locale(),
            text_size: app.text_size()?,
            threads: app.threads(),
            max_threads: cpu.logical_cores as u32,
            doctor: doctor(&app, &laptop, &pack),
            models,
            data_dir: app.paths.data_dir.display().to_string(),
            pack: pack.unwrap_or_default(),
        })
    })
}

#[tauri::command]
pub async fn set_text_size(app: State<'_, App>, percent: u32) -> CmdResult<()> {
    run(&app, || Ok(lock(&app.db).set_setting(TEXT_SIZE, &percent.clamp(80, 200).to_string())?))
}

/// Saves the number of threads and restarts the workers on it.
#[tauri::command]
pub async fn set_threads(handle: AppHandle, threads: u32) -> CmdResult<()> {
    let app = handle.state::<App>();
    let max = system::cpu().logical_cores as u32;
    run(&app, || {
        app.teacher()?;
        Ok(lock(&app.db).set_setting(THREADS, &threads.clamp(1, max.max(1)).to_string())?)
    })?;
    crate::engines::restart(handle.clone());
    Ok(())
}

/// Writes the diagnostics file (as `ustad doctor --bundle`: the checks, the log's last lines
/// and the laptop's settings; no names, PINs or questions) into the first USB stick's `ustad/`
/// folder, for the district's support desk. Its path.
#[tauri::command]
pub async fn diagnostics_save(app: State<'_, App>) -> CmdResult<String> {
    run(&app, || {
        app.teacher()?;
        let Some((drive, _)) = sync::usb::drives().into_iter().next() else {
            anyhow::bail!(std::io::Error::new(std::io::ErrorKind::NotFound, "no USB stick is plugged in"));
        };
        let catalog = Catalog::load(&app.paths.models_dir)?;
        let pack = app.with_pack(|pack| Ok(session::doctor::pack_summary(pack.info())));
        let (cpu, memory) = (system::cpu(), system::memory());
        let laptop = session::doctor::Laptop { cpu: &cpu, memory: &memory, catalog: &Ok(catalog) };
        let report = serde_json::json!({ "cpu": cpu, "memory": memory, "checks": doctor(&app, &laptop, &pack) });
        let folder = drive.join(sync::usb::FOLDER);
        std::fs::create_dir_all(&folder)?;
        let file = folder.join(format!("ustad-diagnostics-{}.json", session::today()));
        session::logs::save_bundle(&file, &app.paths.data_dir, &report, Some(&lock(&app.db)))?;
        Ok(file.display().to_string())
    })
}

/// The UI has drawn its first screen. With `USTAD_REPORT_READY` set the app says so on its
/// output, for `ustad bench app`.
#[tauri::command]
pub async fn ui_ready() -> CmdResult<()> {
    if std::env::var_os("USTAD_REPORT_READY").is_some() {
        use std::io::Write;
        let mut out = std::io::stdout();
        let _ = writeln!(out, "ustad-app ready");
        let _ = out.flush();
    }
    Ok(())
}
