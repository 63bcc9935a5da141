//! The classroom through the real window: a teacher makes the laptop's first teacher account,
//! a class, enrols two learners and assigns a lesson with a due date; a learner sees it first
//! and takes its quiz, and cannot reach the teacher's commands (called from the page itself,
//! they answer NOT_AUTHORISED); the teacher sees the score, who needs help and the charts, and
//! exports the CSV. Screenshots go to `target/screenshots/classroom-*`.

use std::path::Path;

use learner::{LearnerDb, NewProfile, ProfileKind};
mod common;

use common::{answer_and_check, id, sign_in};
use testkit::webdriver::{tauri_driver, Driver, Session, Xvfb};

/// Calls a Tauri command from the page, as a curious child with the developer tools would,
/// and returns what came back: `{"ok": ...}` or `{"err": {"code", "message"}}`.
fn invoke_from_page(session: &Session, command: &str, args: &str) -> serde_json::Value {
    session.execute(&format!(
        "window.__invoked = null; window.__TAURI_INTERNALS__.invoke('{command}', {args})
           .then(ok => window.__invoked = {{ ok }}).catch(err => window.__invoked = {{ err }});"
    ));
    session.wait_until("the command's answer", || {
        let value = session.execute("return window.__invoked");
        (!value.is_null()).then_some(value)
    })
}

/// Sets a form field the way typing or choosing would (Svelte listens to `input` and `change`).
fn set_value(session: &Session, selector: &str, value: &str) {
    session.execute(&format!(
        "const el = document.querySelector('{}'); el.value = '{value}';
         el.dispatchEvent(new Event('input', {{ bubbles: true }})); el.dispatchEvent(new Event('change', {{ bubbles: true }}));",
        selector.replace('\'', "\\'")
    ));
}

#[test]
fn a_teacher_sets_up_a_class_and_a_learner_does_the_assigned_work() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    std::fs::create_dir_all(data.join("packs")).unwrap();
    std::fs::copy(testkit::default_pack(), data.join("packs").join(session::DEFAULT_PACK)).unwrap();
    let ali_id = {
        let mut db = LearnerDb::open_in(&data).unwrap();
        db.set_setting("locale", "en").unwrap();
        let mut ids = ["Ali", "Sara"].map(|name| {
            let new = NewProfile {
                kind: ProfileKind::Learner,
                name: name.into(),
                locale: "en".into(),
                avatar: None,
                pin: None,
            };
            db.add_profile(&new).unwrap().id
        });
        std::mem::take(&mut ids[0])
    };
    let shots = testkit::repo().join("target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let shot = |session: &Session, name: &str| {
        session.screenshot(&shots.join(format!("classroom-{name}.png"))).unwrap_or_else(|e| panic!("{name}: {e}"));
    };
    let xvfb = Xvfb::start(1024, 600);
    let driver = Driver::start(&tauri_driver(), &xvfb.display, &[("USTAD_DATA_DIR", &data)]);
    let session = Session::new(&driver, Path::new(env!("CARGO_BIN_EXE_ustad-app")));
    session.set_window_size(1024, 600);

    // Before anyone signs in, teacher commands are refused by the backend.
    session.wait_for(&id("learners"));
    let refused = invoke_from_page(&session, "teacher_home", "{}");
    assert_eq!(refused["err"]["code"], "NOT_AUTHORISED", "{refused}");

    // The laptop's first teacher account, then a class.
    sign_in(&session, "chalk-and-board");
    shot(&session, "teacher-home");
    session.type_into(&id("new-class-name"), "Class 5 Blue");
    session.click(&id("create-class"));
    session.wait_for(&id("class-page"));
    session.click(&id("tab-settings"));
    session.click(&id("enrol-Ali"));
    session.click(&id("enrol-Sara"));
    session.click(&id("enrol-submit"));
    session.wait_until("both learners enrolled", || session.find_all(&id("enrol-Ali")).is_empty().then_some(()));
    session.click(&id("tab-assignments"));
    set_value(&session, &id("assign-lesson"), "sci5-magnets");
    set_value(&session, &id("assign-due"), "2026-11-01");
    session.type_into(&id("assign-note"), "Read it, then the quiz");
    session.click(&id("assign-submit"));
    session.wait_for(&id("assignments"));
    shot(&session, "assignments");
    // The tutor is off for this class (for now): the child gets a kind message, not an answer.
    session.click(&id("tab-settings"));
    session.click(&id("tutor-mode-off"));
    session.click(&id("save-tutor"));
    session.wait_for("[role=\"status\"]");
    shot(&session, "settings");
    session.click(&id("back"));
    session.click(&id("teacher-sign-out"));

    // Ali sees the assignment first, with its due date, and takes the quiz.
    session.wait_for(&id("learners"));
    session.click(&id(&format!("learner-{ali_id}")));
    session.wait_for(&id("home"));
    let first_card = session.wait_for("[data-testid^=\"lesson-card-\"]");
    assert_eq!(session.attribute(&first_card, "data-testid").as_deref(), Some("lesson-card-sci5-magnets"));
    let badge = session.wait_for(&id("assigned"));
    assert!(session.text(&badge).contains("2026-11-01"), "{}", session.text(&badge));
    shot(&session, "learner-home-assigned");
    let refused = invoke_from_page(&session, "class_page", "{ classId: 'Class 5 Blue' }");
    assert_eq!(refused["err"]["code"], "NOT_AUTHORISED", "a learner cannot open the teacher's commands: {refused}");
    let refused = invoke_from_page(&session, "settings", "{}");
    assert_eq!(refused["err"]["code"], "NOT_AUTHORISED", "the laptop's page is the teacher's: {refused}");
    let refused =
        invoke_from_page(&session, "class_tutor", "{ classId: 'Class 5 Blue', mode: 'off', dailyLimit: null }");
    assert_eq!(refused["err"]["code"], "NOT_AUTHORISED", "{refused}");
    session.click(&id("open-tutor"));
    session.type_into(&id("tutor-input"), "what is a magnet?");
    session.click(&id("tutor-send"));
    let answer = session.wait_until("the tutor's reply", || {
        let answer = session.find_all(&id("tutor-answer")).into_iter().next()?;
        (session.attribute(&answer, "data-streaming").as_deref() == Some("false")).then_some(answer)
    });
    assert_eq!(session.attribute(&answer, "data-mode").as_deref(), Some("closed"), "{}", session.text(&answer));
    assert!(session.text(&answer).contains("teacher"), "{}", session.text(&answer));
    shot(&session, "learner-tutor-off");
    session.click(&id("back"));
    let first_card = session.wait_for("[data-testid^=\"lesson-card-\"]");
    session.click_element(&first_card);
    session.click(&id("start-quiz"));
    session.wait_for(&id("quiz"));
    let mut wrong = 0;
    while session.find_all(&id("quiz-score")).is_empty() {
        let feedback = answer_and_check(&session);
        if session.attribute(&feedback, "data-correct").as_deref() == Some("false") {
            wrong += 1;
            if session.find_all(&id("quiz-number")).is_empty() {
                // The wrong choice is marked wrong, and the right option is shown.
                session.wait_for(&id("quiz-wrong-option"));
                session.wait_for(&id("quiz-right-option"));
                if wrong == 1 {
                    shot(&session, "quiz-wrong-choice");
                }
            }
        }
        session.click(&id("quiz-next"));
        std::thread::sleep(std::time::Duration::from_millis(150));
    }
    let score = session.text(&session.wait_for(&id("quiz-score")));
    if wrong > 0 {
        // The wrong answers again, with the right ones and why, and a way to try again.
        let review = session.wait_for(&id("quiz-review"));
        assert!(!session.text(&review).is_empty());
    }
    session.wait_for(&id("quiz-try-again"));
    shot(&session, "learner-quiz-score");
    session.click(&id("back"));
    session.click(&id("back"));
    session.wait_for(&id("home"));
    session.click(&id("switch-learner"));

    // The teacher sees the score, who needs help (Sara has not started, and it is overdue),
    // the charts, and exports the CSV.
    sign_in(&session, "chalk-and-board");
    let help = session.wait_for(&id("needs-help"));
    assert!(session.text(&help).contains("Sara"), "{}", session.text(&help));
    session.click(&id("class-Class 5 Blue"));
    session.wait_for(&id("progress-table"));
    let rows = session.find_all(&id("progress-row"));
    assert_eq!(rows.len(), 2);
    assert!(
        session.text(&rows[0]).contains("Ali") && session.text(&rows[0]).contains('%'),
        "{}",
        session.text(&rows[0])
    );
    assert!(!score.is_empty());
    shot(&session, "progress");
    session.click(&id("export-csv"));
    let exported = session.text(&session.wait_for(&id("exported")));
    let path = exported.split_once(' ').map(|(_, p)| p.trim()).unwrap_or_default();
    let path = &path[path.find('/').unwrap_or(0)..];
    let csv = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{exported}: {e}"));
    assert!(csv.contains("Ali,") && csv.contains("Sara,"), "{csv}");
    session.click(&id("export-pdf"));
    let exported = session.wait_until("the PDF saved", || {
        let text = session.text(&session.wait_for(&id("exported")));
        text.contains(".pdf").then_some(text)
    });
    let pdf = &exported[exported.find('/').unwrap_or(0)..];
    let bytes = std::fs::read(pdf.trim()).unwrap_or_else(|e| panic!("{exported}: {e}"));
    assert!(bytes.starts_with(b"%PDF-"));
    // Ali's own page: scores over time, and a new PIN from the teacher.
    session.click(&id("learner-report-Ali"));
    session.wait_for(&id("learner-report"));
    session.wait_for(&format!("{} canvas", id("chart-over-time")));
    session.type_into(&id("new-pin"), "2468");
    session.click(&id("reset-pin"));
    session.wait_for("[role=\"status\"]");
    shot(&session, "learner-report");
    session.click(&id("back"));
    session.wait_for(&id("progress-table"));
    session.click(&id("tab-reports"));
    session.wait_for(&format!("{} canvas", id("chart-completion")));
    session.wait_for(&id("heatmap"));
    let all_drawn = || {
        let drawn = "return [...document.querySelectorAll('canvas')].map(c => c.width > 0 && c.getContext('2d')
            .getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 === 3 && v > 0))";
        session.wait_until("every chart drawn", || {
            let drawn = session.execute(drawn);
            let drawn = drawn.as_array()?;
            (drawn.len() == 3 && drawn.iter().all(|d| d == true)).then_some(())
        })
    };
    all_drawn();
    shot(&session, "reports");
    let fits = "return document.documentElement.scrollWidth <= window.innerWidth + 1";
    assert_eq!(session.execute(fits), true, "no sideways scrolling at 1024x600 (reports)");

    // The laptop's page (threads, models, checks) is behind the teacher's sign-in.
    session.click(&id("back"));
    session.click(&id("open-laptop"));
    session.wait_for(&id("laptop"));
    shot(&session, "laptop");
    session.click(&id("back"));

    // In Urdu the page and the charts run right to left, with Urdu labels.
    session.click(&id("lang-ur"));
    session.wait_until("the Urdu layout", || {
        (session.execute("return document.documentElement.dir") == "rtl").then_some(())
    });
    session.click(&id("class-Class 5 Blue"));
    session.click(&id("tab-reports"));
    all_drawn();
    let caption = session.text(&session.wait_for(&format!("{} figcaption", id("chart-completion"))));
    assert!(caption.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "an Urdu caption: {caption}");
    shot(&session, "reports-ur");
    assert_eq!(session.execute(fits), true, "no sideways scrolling at 1024x600 (reports, Urdu)");
    drop(session);
}
