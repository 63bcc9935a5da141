//! Update from USB (the teacher's "this laptop" page): what the content packs, model packs and
//! Ustad installers on the sticks would change, each checked first (`session::update`), and
//! installing what is new or newer. Teachers only.

use ::sync::usb;
use session::update::{Refusal, UpdatePlan};
use tauri::Emitter;
use views::{AppError, SyncProgress, UsbInstaller, UsbModel, UsbOffer, UsbUpdate};

use crate::error::{blocking, CmdResult};
use crate::state::{lock, App};

fn refused(refusal: &Option<Refusal>) -> Option<AppError> {
    refusal.as_ref().map(|r| AppError { code: r.code, message: r.message.clone() })
}

fn name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

fn view(plan: &UpdatePlan) -> UsbUpdate {
    let mut packs: Vec<UsbOffer> = plan
        .packs
        .iter()
        .map(|p| UsbOffer {
            path: p.path.display().to_string(),
            name: name(&p.path),
            drive: p.drive.clone(),
            kind: "lessons".into(),
            title: p.pack_id.clone(),
            version: p.version.clone(),
            installed: p.installed.clone(),
            change: p.change.as_str().to_owned(),
            added: p.diff.added.clone(),
            removed: p.diff.removed.clone(),
            updated: p.diff.updated.clone(),
            models: Vec::new(),
            refused: refused(&p.refused),
        })
        .collect();
    packs.extend(plan.models.iter().map(|m| {
        UsbOffer {
            path: m.path.display().to_string(),
            name: name(&m.path),
            drive: m.drive.clone(),
            kind: "models".into(),
            title: m.name.clone(),
            version: m.version.clone(),
            installed: None,
            change: m.change.as_str().to_owned(),
            added: Vec::new(),
            removed: Vec::new(),
            updated: Vec::new(),
            models: m
                .models
                .iter()
                .map(|model| UsbModel {
                    id: model.id.clone(),
                    mb: catalog::mib_ceil(model.size) as u32,
                    installed: model.installed,
                })
                .collect(),
            refused: refused(&m.refused),
        }
    }));
    let installers = plan
        .installers
        .iter()
        .map(|i| UsbInstaller {
            path: i.path.display().to_string(),
            name: name(&i.path),
            drive: i.drive.clone(),
            version: i.version.clone(),
            running: i.running.clone(),
            change: i.change.as_str().to_owned(),
            refused: refused(&i.refused),
        })
        .collect();
    UsbUpdate { packs, installers, can_apply: plan.has_changes() }
}

fn scan(app: &App) -> UpdatePlan {
    session::update::scan(&app.paths, &app.translator(), &usb::update_files())
}

/// What the sticks would change here (reading and checking them takes seconds).
#[tauri::command]
pub async fn usb_update(handle: tauri::AppHandle) -> CmdResult<UsbUpdate> {
    blocking(handle, move |_, app| {
        app.teacher()?;
        Ok(view(&scan(app)))
    })
    .await
}

/// Installs everything on the sticks that is new or newer (each checked again while copied,
/// progress as `install-progress` events), then says what the sticks would change now.
#[tauri::command]
pub async fn usb_update_apply(handle: tauri::AppHandle) -> CmdResult<UsbUpdate> {
    blocking(handle, move |handle, app| {
        app.teacher()?;
        let plan = scan(app);
        let progress = |done: u64, total: u64| {
            let _ = handle.emit("install-progress", SyncProgress { done: done as f64, total: total as f64 });
        };
        let applied = session::update::apply(&app.paths, &plan, &progress);
        if !applied.as_ref().is_ok_and(|a| a.packs.is_empty()) {
            // The screens and the tutor open the new pack.
            *lock(&app.pack) = None;
            *lock(&app.tutor_store) = None;
        }
        applied?;
        Ok(view(&scan(app)))
    })
    .await
}
