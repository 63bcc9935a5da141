//! The tutor's and the speech workers, started in the background when the window opens (the
//! window is usable at once), loaded one after the other because a school laptop has two cores.
//! Every change is pushed to the UI as the `engines` event.

use catalog::Catalog;
use session::WorkerGenerator;
use supervisor::{AsrClient, Config};
use tauri::{AppHandle, Emitter, Manager};
use views::{EngineState, Engines};

use crate::state::{lock, App};

fn set(handle: &AppHandle, change: impl FnOnce(&mut Engines)) {
    let app = handle.state::<App>();
    let engines = {
        let mut engines = lock(&app.engines);
        change(&mut engines);
        engines.version += 1;
        engines.clone()
    };
    let _ = handle.emit("engines", engines);
}

/// Starts both workers on a thread of their own.
pub fn start_in_background(handle: AppHandle) {
    std::thread::Builder::new()
        .name("engines".into())
        .spawn(move || {
            let app = handle.state::<App>();
            let _starting = lock(&app.engines_starting);
            start_tutor(&handle);
            start_speech(&handle);
        })
        .expect("a thread can be started");
}

fn start_tutor(handle: &AppHandle) {
    let app = handle.state::<App>();
    let model = match session::conversation::installed_model(&app.paths.models_dir) {
        Ok(Some(model)) => model,
        Ok(None) => return set(handle, |e| e.tutor = EngineState::new("absent", None, None)),
        Err(err) => {
            let (code, _) = session::describe(&app.translator(), &err);
            return set(handle, |e| e.tutor = EngineState::new("failed", None, Some(code)));
        }
    };
    let (entry, path) = model;
    let id = entry.id.clone();
    set(handle, |e| e.tutor = EngineState::new("loading", Some(&id), None));
    match WorkerGenerator::start_on(entry, &path, app.threads()) {
        Ok(generator) => {
            *lock(&app.tutor_cancel) = Some(generator.cancel_handle());
            lock(&app.conversation).set_generator(Some(generator));
            set(handle, |e| e.tutor = EngineState::new("ready", Some(&id), None));
            // A lesson opened while the model loaded is prepared now.
            app.prefill_open_lesson();
        }
        Err(err) => set(handle, |e| e.tutor = EngineState::new("failed", Some(&id), Some(err.code))),
    }
}

fn start_speech(handle: &AppHandle) {
    let app = handle.state::<App>();
    let Ok(catalog) = Catalog::load(&app.paths.models_dir) else { return };
    // The default where this laptop's CPU and memory run it well, else the lightest installed.
    let Some(entry) = session::speech_model(&catalog).map(|(m, _)| m.clone()) else { return };
    let path = catalog.path_of(&entry);
    if !path.is_file() {
        return set(handle, |e| e.speech = EngineState::new("absent", Some(&entry.id), None));
    }
    set(handle, |e| e.speech = EngineState::new("loading", Some(&entry.id), None));
    let mut client = AsrClient::new(Config::asr_beside_current_exe());
    match client.load(&path, app.threads()) {
        Ok(_) => {
            *lock(&app.asr) = Some(client);
            set(handle, |e| e.speech = EngineState::new("ready", Some(&entry.id), None));
        }
        Err(err) => set(handle, |e| e.speech = EngineState::new("failed", Some(&entry.id), Some(err.code))),
    }
}

/// Stops both workers and starts them again (after the number of threads changed), on a
/// thread of its own: the caller never waits for an answer being written, and a start still
/// under way finishes first, so two model loads never run at once.
pub fn restart(handle: AppHandle) {
    std::thread::Builder::new()
        .name("engines-restart".into())
        .spawn(move || {
            let app = handle.state::<App>();
            let _starting = lock(&app.engines_starting);
            // Waits here, not in the settings screen, for an answer being written.
            lock(&app.conversation).set_generator(None);
            *lock(&app.tutor_cancel) = None;
            *lock(&app.asr) = None;
            start_tutor(&handle);
            start_speech(&handle);
        })
        .expect("a thread can be started");
}
