//! Sync by USB stick through the real window, two laptops as two data folders and a folder
//! as the stick (`USTAD_USB_DIR`): the teacher sends the class to the stick and shows its
//! join code; the learner's laptop joins with the code, syncs (Ali, enrolled by the teacher,
//! arrives), Ali takes the assigned quiz and the laptop syncs again; the teacher collects
//! from the stick and sees Ali's score in the class's progress table, then updates the laptop
//! from it (what each file would change shown first: a newer signed content pack, a changed
//! one refused, a model pack, a newer Ustad installer); a new laptop is set up from a
//! provisioning file on the stick. Screenshots go to
//! `target/screenshots/sync-*`.

use std::path::Path;

use learner::{LearnerDb, NewProfile, ProfileKind};
mod common;

use common::{finish_quiz, id, sign_in};
use testkit::webdriver::{tauri_driver, Driver, Session, Xvfb};

const PASSWORD: &str = "chalk-and-board";

fn laptop(root: &Path, name: &str) -> std::path::PathBuf {
    let data = root.join(name);
    std::fs::create_dir_all(data.join("packs")).unwrap();
    std::fs::copy(testkit::default_pack(), data.join("packs").join(session::DEFAULT_PACK)).unwrap();
    LearnerDb::open_in(&data).unwrap().set_setting("locale", "en").unwrap();
    data
}

/// The app on `data`'s laptop, with `stick` as its USB stick.
fn window(xvfb: &Xvfb, data: &Path, stick: &Path) -> (Driver, &'static Path) {
    let driver = Driver::start(&tauri_driver(), &xvfb.display, &[("USTAD_DATA_DIR", data), ("USTAD_USB_DIR", stick)]);
    (driver, Path::new(env!("CARGO_BIN_EXE_ustad-app")))
}

#[test]
fn a_quiz_attempt_reaches_the_teachers_report_by_usb_stick() {
    let root = tempfile::tempdir().unwrap();
    let (teacher_data, learner_data) = (laptop(root.path(), "teacher"), laptop(root.path(), "learner"));
    let stick = root.path().join("STICK");
    std::fs::create_dir_all(&stick).unwrap();
    {
        let mut db = LearnerDb::open_in(&teacher_data).unwrap();
        for (kind, name, pin) in [(ProfileKind::Teacher, "Nadia", Some(PASSWORD)), (ProfileKind::Learner, "Ali", None)]
        {
            let new =
                NewProfile { kind, name: name.into(), locale: "en".into(), avatar: None, pin: pin.map(Into::into) };
            db.add_profile(&new).unwrap();
        }
    }
    // The ministry's newer pack on the stick (one lesson changed), signed (the development
    // key), a changed copy, and a signed installer of a newer Ustad.
    let signed = stick.join("lessons-1.1.ustadpack");
    let (mut source, _) = curriculum::read_curriculum(&testkit::repo().join("curriculum")).unwrap();
    source.pack.version = "1.1.0".into();
    let magnets = source.lessons.iter_mut().find(|l| l.id == "sci5-magnets").unwrap();
    magnets.texts.get_mut("en").unwrap().sections[0].body.push_str("\n\nA magnet has two poles.");
    pack::build_pack(&source, &signed, "2026-01-01T00:00:00Z").unwrap();
    let key = signing::keyfile::KeyPair::load(&testkit::repo().join("keys/dev-root")).unwrap();
    signing::signed::sign(&signed, &key, None).unwrap();
    let installer = stick.join("ustad_9.9.0_amd64.deb");
    std::fs::write(&installer, vec![7u8; 100_000]).unwrap();
    signing::signed::sign_detached(&installer, &key, None).unwrap();
    let mut changed = std::fs::read(&signed).unwrap();
    let middle = changed.len() / 2;
    changed[middle] ^= 0x10;
    std::fs::write(stick.join("changed.ustadpack"), changed).unwrap();
    // And a model pack: the default tutor model, signed the same way.
    let ministry_models = root.path().join("ministry-models");
    testkit::install_default_models(&ministry_models);
    let models_pack = stick.join("models-2026.ustadmodels");
    let ministry = catalog::Catalog::load(&ministry_models).unwrap();
    let tutor_model = ministry.default_for(catalog::Role::Llm).unwrap().id.clone();
    catalog::modelpack::build(&ministry, std::slice::from_ref(&tutor_model), "models", "2026.1", &models_pack).unwrap();
    signing::signed::sign(&models_pack, &key, None).unwrap();
    let shots = testkit::repo().join("target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let shot = |session: &Session, name: &str| {
        session.screenshot(&shots.join(format!("sync-{name}.png"))).unwrap_or_else(|e| panic!("{name}: {e}"));
    };
    let xvfb = Xvfb::start(1024, 600);

    // The teacher: a class with Ali in it and a lesson assigned; its join code; "Send to USB".
    let code = {
        let (driver, app) = window(&xvfb, &teacher_data, &stick);
        let session = Session::new(&driver, app);
        session.set_window_size(1024, 600);
        session.wait_for(&id("learners"));
        sign_in(&session, PASSWORD);
        session.type_into(&id("new-class-name"), "5 Blue");
        session.click(&id("create-class"));
        session.wait_for(&id("class-page"));
        session.click(&id("tab-settings"));
        session.click(&id("enrol-Ali"));
        session.click(&id("enrol-submit"));
        session.wait_until("Ali enrolled", || session.find_all(&id("enrol-Ali")).is_empty().then_some(()));
        let code = session.text(&session.wait_for(&id("class-join-code")));
        assert!(code.len() == 11 && code.as_bytes()[5] == b'-', "{code}");
        session
            .execute("document.querySelector('[data-testid=\"class-join-code\"]').scrollIntoView({ block: 'center' })");
        shot(&session, "join-code");
        session.click(&id("tab-assignments"));
        session.execute(
            "const el = document.querySelector('[data-testid=\"assign-lesson\"]'); el.value = 'sci5-magnets';
             el.dispatchEvent(new Event('change', { bubbles: true }));",
        );
        session.click(&id("assign-submit"));
        session.wait_for(&id("assignments"));
        session.click(&id("back"));
        session.click(&id("open-sync"));
        session.wait_for(&id("teacher-sync"));
        session.wait_for(&id("usb-drive"));
        session.click(&id("sync-send"));
        let sent = session.text(&session.wait_for(&id("sync-outcomes")));
        assert!(sent.contains("5 Blue") && sent.contains("one lesson assigned"), "{sent}");
        shot(&session, "teacher-sent");
        code
    };

    // The learner's laptop joins with the code and syncs: Ali arrives with the assignment.
    {
        let (driver, app) = window(&xvfb, &learner_data, &stick);
        let session = Session::new(&driver, app);
        session.set_window_size(1024, 600);
        session.wait_for(&id("learners"));
        session.click(&id("sync-button"));
        session.wait_for(&id("learner-sync"));
        session.type_into(&id("sync-code"), &code.to_lowercase());
        session.click(&id("sync-join"));
        session.wait_for(&id("sync-pending"));
        session.click(&id("sync-usb"));
        let result = session.text(&session.wait_for(&id("sync-result")));
        assert!(result.contains("one lesson assigned") && result.contains("one new learner"), "{result}");
        shot(&session, "learner-joined");
        session.click(&id("back"));
        let ali = session.wait_for("[data-testid^=\"learner-\"]");
        session.click_element(&ali);
        session.wait_for(&id("home"));
        let first_card = session.wait_for("[data-testid^=\"lesson-card-\"]");
        assert_eq!(session.attribute(&first_card, "data-testid").as_deref(), Some("lesson-card-sci5-magnets"));
        session.click_element(&first_card);
        session.click(&id("start-quiz"));
        session.wait_for(&id("quiz"));
        finish_quiz(&session);
        session.click(&id("back"));
        session.click(&id("back"));
        session.wait_for(&id("home"));
        session.click(&id("switch-learner"));
        session.click(&id("sync-button"));
        session.wait_for(&id("sync-joined"));
        session.click(&id("sync-usb"));
        let result = session.text(&session.wait_for(&id("sync-result")));
        assert!(result.contains("one quiz attempt"), "{result}");
        shot(&session, "learner-sent");
    }

    // The teacher collects from the stick and sees Ali's score.
    let (driver, app) = window(&xvfb, &teacher_data, &stick);
    let session = Session::new(&driver, app);
    session.set_window_size(1024, 600);
    session.wait_for(&id("learners"));
    sign_in(&session, PASSWORD);
    session.click(&id("open-sync"));
    session.wait_for(&id("usb-drive"));
    session.click(&id("sync-collect"));
    let collected = session.text(&session.wait_for(&id("sync-outcomes")));
    assert!(collected.contains("one quiz attempt"), "{collected}");
    let devices = session.text(&session.wait_for(&id("sync-devices")));
    assert!(devices.contains("5 Blue"), "the learner's laptop is listed with its class: {devices}");
    shot(&session, "teacher-collected");
    session.click(&id("back"));
    session.click(&id("class-5 Blue"));
    session.wait_for(&id("progress-table"));
    let row = session.text(&session.wait_for(&id("progress-row")));
    assert!(row.contains("Ali") && row.contains('%'), "Ali's quiz score is in the class's table: {row}");
    shot(&session, "teacher-report");

    // Update from USB: what each file on the stick would change, checked first; the changed
    // pack is refused before anything is installed; the newer Ustad says how to install it.
    session.click(&id("back"));
    session.click(&id("open-laptop"));
    session.wait_for(&id("usb-packs"));
    let refused = session.text(&session.wait_for("[data-code=\"PACK_SIGNATURE_INVALID\"]"));
    assert!(refused.contains("changed after it was signed"), "{refused}");
    let newer = session.wait_for(&id("offer-lessons-1.1.ustadpack"));
    assert_eq!(session.attribute(&newer, "data-change").as_deref(), Some("newer"));
    let said = session.text(&newer);
    assert!(said.contains("Changed: Magnets"), "{said}");
    let installer = session.text(&session.wait_for(&id("usb-installer")));
    assert!(installer.contains("9.9.0") && installer.contains("sudo apt install"), "{installer}");
    shot(&session, "usb-update");
    session.click(&id("install-lessons-1.1.ustadpack"));
    let installed = session.text(&session.wait_for(&id("pack-installed")));
    assert!(installed.contains("1.1.0"), "{installed}");
    shot(&session, "pack-installed");
    // The rest (the model pack) in one step.
    session.click(&id("usb-apply"));
    session.wait_for(&id("usb-applied"));
    let models = session.wait_for(&id("offer-models-2026.ustadmodels"));
    assert_eq!(session.attribute(&models, "data-change").as_deref(), Some("same"));
    let laptop_models = catalog::Catalog::load(&teacher_data.join("models")).unwrap();
    assert!(laptop_models.verify(laptop_models.get(&tutor_model).unwrap()).unwrap());
    shot(&session, "models-installed");
    // Diagnostics for the support desk, on the stick: codes and checks, no child's name.
    session.click(&id("diagnostics-save"));
    let saved = session.text(&session.wait_for(&id("diagnostics-saved")));
    assert!(saved.contains("ustad-diagnostics-"), "{saved}");
    let diagnostics = std::fs::read_dir(stick.join("ustad"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("ustad-diagnostics-")))
        .expect("the diagnostics file is on the stick");
    let text = std::fs::read_to_string(diagnostics).unwrap();
    assert!(text.contains("\"checks\"") && text.contains("content pack installed"), "{text}");
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).collect();
    assert!(!words.contains(&"Ali"), "no learner's name in the diagnostics");
    drop(session);

    // A new laptop opened with a signed provisioning file on the stick is set up from it
    // before its window opens: the district's teacher signs in with her own password, in Urdu.
    let hash = learner::hash_password("district-pass").unwrap();
    let provision = format!(
        "id = \"district-2026\"\nschool = \"GPS 12\"\nlanguage = \"ur\"\npacks = [\"lessons-1.1.ustadpack\"]\n\n\
         [[teacher]]\nname = \"Nadia\"\npassword_hash = \"{hash}\"\n\n[[class]]\nname = \"5 Green\"\nteacher = \"Nadia\"\n"
    );
    let provision_file = stick.join("school.ustadprovision");
    std::fs::write(&provision_file, provision).unwrap();
    signing::signed::sign(&provision_file, &key, None).unwrap();
    let new_laptop = root.path().join("new-laptop");
    let (driver, app) = window(&xvfb, &new_laptop, &stick);
    let session = Session::new(&driver, app);
    session.set_window_size(1024, 600);
    session.wait_for(&id("learners"));
    assert_eq!(session.attribute(&session.wait_for("html"), "lang").as_deref(), Some("ur"));
    sign_in(&session, "district-pass");
    session.wait_for(&id("class-5 Green"));
    shot(&session, "provisioned");
    drop(session);
    assert!(new_laptop.join("packs/default.ustadpack").is_file());
}
