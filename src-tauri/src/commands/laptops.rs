//! Sync between laptops. The teacher's sync screen (the school's laptops, "Collect from USB",
//! "Send to USB", "Sync on this network", values changed on two laptops) needs the signed-in
//! teacher; a learner's laptop joins a class and syncs with a USB stick or on the network
//! (it only adds signed work of the school, so no teacher is needed for it). The network
//! server lives in `App::lan` and stops when the teacher leaves the screen or signs out.

use std::collections::BTreeMap;

use ::sync::usb::{self, Kind};
use ::sync::{Laptop, Target};
use tauri::{Emitter, State};
use views::{
    ConflictRow, DeviceRow, JoinCode, LearnerSync, PackInstalled, SyncDone, SyncOutcome, SyncPage, SyncProgress,
    UsbDrive,
};

use crate::error::{blocking, run, CmdResult};
use crate::state::{lock, App};

fn drives() -> Vec<UsbDrive> {
    usb::drives().into_iter().map(|(path, label)| UsbDrive { path: path.display().to_string(), label }).collect()
}

/// A drive the UI named: one of the sticks mounted now, nothing else.
fn drive(path: &str) -> anyhow::Result<std::path::PathBuf> {
    usb::drives()
        .into_iter()
        .map(|(p, _)| p)
        .find(|p| p.display().to_string() == path)
        .ok_or_else(|| anyhow::anyhow!(std::io::Error::new(std::io::ErrorKind::NotFound, "the USB stick is gone")))
}

fn outcome(
    app: &App,
    file: &std::path::Path,
    laptop: String,
    result: anyhow::Result<BTreeMap<String, u64>>,
) -> SyncOutcome {
    let file = file.file_name().unwrap_or_default().to_string_lossy().into_owned();
    match result {
        Ok(tables) => SyncOutcome { file, laptop, words: session::sync_words(&app.translator(), &tables), error: None },
        Err(err) => {
            let (code, message) = session::describe(&app.translator(), &err);
            SyncOutcome { file, laptop, words: message, error: Some(code) }
        }
    }
}

/// The teacher's sync screen.
#[tauri::command]
pub async fn sync_page(app: State<'_, App>) -> CmdResult<SyncPage> {
    run(&app, || {
        let teacher = app.teacher()?;
        let mut db = lock(&app.db);
        let classes: BTreeMap<String, String> = db.classes(&teacher)?.into_iter().map(|c| (c.id, c.name)).collect();
        let statuses = Laptop::open(&mut db, &app.paths.data_dir)
            .and_then(|l| l.device_statuses())
            .map_err(session::sync_error)?;
        let devices = statuses
            .into_iter()
            .map(|s| DeviceRow {
                device_id: s.cert.device_id.clone(),
                label: s.cert.label.clone(),
                role: s.cert.role.clone(),
                class_name: s.cert.class_id.as_ref().and_then(|c| classes.get(c).cloned()),
                last_sync: s.last_sync,
                lacking: u32::try_from(s.lacking).unwrap_or(u32::MAX),
                removed: s.cert.revoked,
            })
            .collect();
        let conflicts = db
            .conflicts()?
            .into_iter()
            .map(|c| {
                let subject = match c.entity.as_str() {
                    "profile" => db.profile(&c.entity_id).ok().flatten().map(|p| p.name),
                    "class" => classes.get(&c.entity_id).cloned(),
                    _ => None,
                };
                let plain = |v: &str| serde_json::from_str::<String>(v).unwrap_or_else(|_| v.to_owned());
                ConflictRow {
                    subject: subject.unwrap_or(c.entity_id),
                    field: c.field,
                    kept: plain(&c.kept_value),
                    other: plain(&c.other_value),
                    at: c.at,
                }
            })
            .collect();
        let serving = lock(&app.lan).as_ref().map(|s| s.addresses()).unwrap_or_default();
        Ok(SyncPage { devices, drives: drives(), serving, conflicts })
    })
}

/// "Collect from USB": every learner laptop's file on the stick, each said in words.
#[tauri::command]
pub async fn sync_collect_usb(app: State<'_, App>, drive: String) -> CmdResult<Vec<SyncOutcome>> {
    run(&app, || {
        app.teacher()?;
        let drive = self::drive(&drive)?;
        let mut db = lock(&app.db);
        let mut laptop = Laptop::open(&mut db, &app.paths.data_dir).map_err(session::sync_error)?;
        let mut out = Vec::new();
        for file in usb::files(&drive, Kind::Laptop) {
            let result = laptop.import(&file).map_err(session::sync_error);
            let name = result.as_ref().map(|s| s.sender_label.clone()).unwrap_or_default();
            out.push(outcome(&app, &file, name, result.map(|s| s.tables)));
        }
        Ok(out)
    })
}

/// "Send to USB": a file for each of the teacher's classes, for the class's laptops.
#[tauri::command]
pub async fn sync_send_usb(app: State<'_, App>, drive: String) -> CmdResult<Vec<SyncOutcome>> {
    run(&app, || {
        let teacher = app.teacher()?;
        let drive = self::drive(&drive)?;
        let mut db = lock(&app.db);
        let classes = db.classes(&teacher)?;
        let mut laptop = Laptop::open(&mut db, &app.paths.data_dir).map_err(session::sync_error)?;
        let mut out = Vec::new();
        for class in classes {
            // The class's code is made (and the school founded) on the first send.
            laptop.class_code(&teacher, &class.id).map_err(session::sync_error)?;
            let file = usb::file_for(&drive, Kind::Class, &class.name, &class.id)?;
            let result = laptop.export(&file, &Target::Class(class.id.clone()), Some(&teacher));
            out.push(outcome(&app, &file, class.name.clone(), result.map(|s| s.tables).map_err(session::sync_error)));
        }
        Ok(out)
    })
}

/// Turns sync on this network on: returns the addresses learners can type.
#[tauri::command]
pub async fn sync_lan_start(app: State<'_, App>) -> CmdResult<Vec<String>> {
    run(&app, || {
        let teacher = app.teacher()?;
        let mut serving = lock(&app.lan);
        if serving.is_none() {
            let bind = (std::net::Ipv4Addr::UNSPECIFIED, lan::DEFAULT_PORT).into();
            let db = app.paths.open_db()?;
            *serving =
                Some(lan::Server::start(db, &app.paths.data_dir, bind, teacher, true).map_err(session::lan_error)?);
        }
        Ok(serving.as_ref().map(|s| s.addresses()).unwrap_or_default())
    })
}

/// Turns it off (leaving the screen does).
#[tauri::command]
pub async fn sync_lan_stop(app: State<'_, App>) -> CmdResult<()> {
    drop(lock(&app.lan).take());
    Ok(())
}

/// Removes a lost or stolen laptop from the school.
#[tauri::command]
pub async fn sync_remove_device(app: State<'_, App>, device_id: String) -> CmdResult<()> {
    run(&app, || {
        let teacher = app.teacher()?;
        let mut db = lock(&app.db);
        let mut laptop = Laptop::open(&mut db, &app.paths.data_dir).map_err(session::sync_error)?;
        laptop.remove_device(&teacher, &device_id).map_err(session::sync_error)?;
        Ok(())
    })
}

/// A class's join code and its QR code (made on first use).
#[tauri::command]
pub async fn class_join_code(app: State<'_, App>, class_id: String) -> CmdResult<JoinCode> {
    run(&app, || {
        let teacher = app.teacher()?;
        let mut db = lock(&app.db);
        let mut laptop = Laptop::open(&mut db, &app.paths.data_dir).map_err(session::sync_error)?;
        let code = ::sync::code::display(&laptop.class_code(&teacher, &class_id).map_err(session::sync_error)?);
        Ok(JoinCode { qr: session::join_qr(&code), code })
    })
}

/// The learner's sync screen.
#[tauri::command]
pub async fn learner_sync(app: State<'_, App>) -> CmdResult<LearnerSync> {
    run(&app, || {
        let db = lock(&app.db);
        let joined = db.setting("sync.school_id")?.is_some();
        let pending_code = db.setting("sync.join_code")?.filter(|_| !joined).map(|c| ::sync::code::display(&c));
        Ok(LearnerSync { joined, pending_code, drives: drives() })
    })
}

/// Joins a class with the code the teacher shows.
#[tauri::command]
pub async fn sync_join(app: State<'_, App>, code: String) -> CmdResult<String> {
    run(&app, || {
        let mut db = lock(&app.db);
        let mut laptop = Laptop::open(&mut db, &app.paths.data_dir).map_err(session::sync_error)?;
        laptop.join(&code).map_err(session::sync_error)?;
        Ok(::sync::code::display(&::sync::code::normalise(&code).map_err(session::sync_error)?))
    })
}

/// "Sync with USB" on a learner's laptop: the teacher's files on the stick first, then this
/// laptop's own file for the teacher.
#[tauri::command]
pub async fn sync_with_usb(app: State<'_, App>, drive: String) -> CmdResult<SyncDone> {
    run(&app, || {
        let drive = self::drive(&drive)?;
        let mut db = lock(&app.db);
        let mut laptop = Laptop::open(&mut db, &app.paths.data_dir).map_err(session::sync_error)?;
        let tr = app.translator();
        let mut received: BTreeMap<String, u64> = BTreeMap::new();
        let (mut joined, mut refused) = (false, Vec::new());
        let class = laptop.class_id().map_err(session::sync_error)?;
        let files = usb::files(&drive, Kind::Class);
        for file in files.iter().filter(|f| class.as_deref().is_none_or(|c| usb::is_for_class(f, c))) {
            match laptop.import(file) {
                Ok(summary) => {
                    joined |= summary.joined;
                    for (table, n) in summary.tables {
                        *received.entry(table).or_default() += n;
                    }
                }
                // Another class's file on the same stick is not for this laptop.
                Err(::sync::SyncError::NotPaired) => {}
                Err(err) => refused.push(outcome(&app, file, String::new(), Err(session::sync_error(err)))),
            }
        }
        let label = laptop.hello().map(|h| h.label).unwrap_or_else(|_| "laptop".into());
        let file = usb::file_for(&drive, Kind::Laptop, &label, laptop.device_id())?;
        let sent = laptop.export(&file, &Target::Default, None).map_err(session::sync_error)?;
        Ok(SyncDone {
            sent: session::sync_words(&tr, &sent.tables),
            received: session::sync_words(&tr, &received),
            joined,
            refused,
        })
    })
}

/// "Sync on this network": the teacher's laptop found by mDNS (or at `address`), both ways.
#[tauri::command]
pub async fn sync_on_network(handle: tauri::AppHandle, address: Option<String>) -> CmdResult<SyncDone> {
    blocking(handle, move |handle, app| {
        let school = lock(&app.db).setting("sync.school_id")?;
        let address = match address.filter(|a| !a.trim().is_empty()) {
            Some(address) => address.trim().to_owned(),
            None => lan::discover(school.as_deref(), std::time::Duration::from_secs(4))
                .into_iter()
                .next()
                .map(|f| f.address)
                .ok_or_else(|| {
                    session::lan_error(lan::LanError::Unreachable {
                        address: "mDNS".into(),
                        detail: "nobody answered".into(),
                    })
                })?,
        };
        // Its own connection: the network may take a while, the screens keep theirs.
        let mut db = app.paths.open_db()?;
        // The bytes moved, for the progress bar (event `sync-progress`).
        let progress = |done: u64, total: u64| {
            let _ = handle.emit("sync-progress", SyncProgress { done: done as f64, total: total as f64 });
        };
        let done = lan::sync_with(&mut db, &app.paths.data_dir, &address, lan::Limit::default(), &progress)
            .map_err(session::lan_error)?;
        let tr = app.translator();
        Ok(SyncDone {
            sent: session::sync_words(&tr, &done.sent.tables),
            received: session::sync_words(&tr, &done.received.tables),
            joined: done.received.joined,
            refused: Vec::new(),
        })
    })
    .await
}

fn is_model_pack(path: &std::path::Path) -> bool {
    path.extension().is_some_and(|e| e == catalog::modelpack::EXTENSION)
}

/// Installs a pack from a USB stick: signature and content checked while it is copied,
/// progress as `install-progress` events; the screens and the tutor then open the new pack.
#[tauri::command]
pub async fn pack_install(handle: tauri::AppHandle, path: String) -> CmdResult<PackInstalled> {
    blocking(handle, move |handle, app| {
        app.teacher()?;
        let file =
            usb::packs().into_iter().map(|(p, _)| p).find(|p| p.display().to_string() == path).ok_or_else(|| {
                anyhow::anyhow!(std::io::Error::new(std::io::ErrorKind::NotFound, "the pack is gone"))
            })?;
        let progress = |done: u64, total: u64| {
            let _ = handle.emit("install-progress", SyncProgress { done: done as f64, total: total as f64 });
        };
        if is_model_pack(&file) {
            // Models: each checked by SHA-256 while it is copied; the engines' list shows them.
            let installed = session::install_model_pack(&app.paths, &file, &progress)?;
            return Ok(PackInstalled {
                pack_id: installed.name,
                version: installed.version,
                replaced: None,
                archived: 0,
                models: installed.models,
            });
        }
        let installed = session::install_pack(&app.paths, &file, &progress)?;
        *lock(&app.pack) = None;
        *lock(&app.tutor_store) = None;
        Ok(PackInstalled {
            pack_id: installed.pack_id,
            version: installed.version,
            replaced: installed.replaced,
            archived: installed.archived.len() as u32,
            models: Vec::new(),
        })
    })
    .await
}
