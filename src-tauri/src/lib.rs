//! Ustad's desktop app: a thin Tauri 2 shell. The window shows the UI of `ui/` (built into the
//! binary); the commands in [`commands`] call the library crates; the tutor's and the speech
//! workers start in the background ([`engines`]) so the window is usable at once.

pub mod commands;
pub mod engines;
pub mod error;
pub mod state;

use commands::{laptops, learners, lessons, settings, speech, teacher, tutor, update};

/// Starts the app. `USTAD_DATA_DIR` chooses the data folder (as for `ustad`).
pub fn run() {
    let paths = session::Paths::new(None, None, None);
    session::logs::init(&paths.data_dir, "ustad-app");
    // A new laptop with a provisioning file on a USB stick or beside the program is set up
    // from it before the window opens (school, language, teachers, classes, packs, models).
    let (provisioned, refused) = session::provision::on_first_run(&paths);
    for (file, err) in refused {
        let (code, message) = session::describe(&i18n::Translator::new("en"), &err);
        tracing::warn!(code = code.as_str(), file = %file.display(), "provisioning file refused");
        eprintln!("{}: error [{code}]: {message}", file.display());
    }
    if let Some(done) = provisioned {
        eprintln!("Set up from the provisioning file {} for {}", done.id, done.school);
    }
    let app = match state::App::new(paths) {
        Ok(app) => app,
        Err(err) => {
            // Without its database the app cannot keep progress: say why, in the terminal too.
            let (code, message) = session::describe(&i18n::Translator::new("en"), &err);
            eprintln!("error [{code}]: {message}");
            std::process::exit(1);
        }
    };
    tauri::Builder::default()
        .manage(app)
        .setup(|tauri_app| {
            engines::start_in_background(tauri_app.handle().clone());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            learners::start,
            learners::set_locale,
            learners::create_learner,
            learners::choose_learner,
            lessons::home,
            lessons::lesson,
            lessons::section_read,
            lessons::quiz,
            lessons::quiz_hint,
            lessons::quiz_answer,
            lessons::quiz_finish,
            tutor::tutor_ask,
            tutor::tutor_stop,
            speech::mic_start,
            speech::mic_level,
            speech::mic_stop,
            speech::mic_cancel,
            settings::engines,
            settings::settings,
            settings::set_text_size,
            settings::set_threads,
            settings::ui_ready,
            settings::diagnostics_save,
            teacher::teacher_exists,
            teacher::teacher_sign_in,
            teacher::teacher_sign_out,
            teacher::teacher_home,
            teacher::class_create,
            teacher::class_page,
            teacher::class_enrol,
            teacher::class_add_group,
            teacher::assign,
            teacher::class_tutor,
            teacher::class_conversations,
            teacher::mark_answer_wrong,
            teacher::class_export,
            teacher::learner_report,
            teacher::learner_reset_pin,
            teacher::learner_erase,
            laptops::sync_page,
            laptops::sync_collect_usb,
            laptops::sync_send_usb,
            laptops::sync_lan_start,
            laptops::sync_lan_stop,
            laptops::sync_remove_device,
            laptops::class_join_code,
            laptops::learner_sync,
            laptops::sync_join,
            laptops::sync_with_usb,
            laptops::sync_on_network,
            laptops::pack_install,
            update::usb_update,
            update::usb_update_apply,
        ])
        .run(tauri::generate_context!())
        .expect("the window could not be opened");
}
