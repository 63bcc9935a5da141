//! The teacher's commands. Every one but sign-in checks the teacher session the backend holds
//! (`App::teacher`): a learner's session, or the UI calling a command on its own, gets
//! `NOT_AUTHORISED`, and the database lets a teacher act only on their own classes.

use learner::{AssignPart, NewAssignment, NewProfile, ProfileKind, TutorMode, TutorPolicy};
use tauri::State;
use views::{ClassCard, ClassPage, ExchangeView, GroupView, HelpItem, Learner, LessonOption, TeacherHome, TeacherView};

use crate::error::{run, CmdResult};
use crate::state::{lock, App};

/// Whether this laptop has a teacher account yet (the sign-in screen then offers to make the first).
#[tauri::command]
pub async fn teacher_exists(app: State<'_, App>) -> CmdResult<bool> {
    run(&app, || Ok(lock(&app.db).has_teachers()?))
}

/// Signs a teacher in (making the laptop's first teacher account when `create` and there is
/// none yet). The learner session ends: a teacher is at the laptop.
#[tauri::command]
pub async fn teacher_sign_in(
    app: State<'_, App>,
    name: String,
    password: String,
    create: bool,
) -> CmdResult<TeacherView> {
    run(&app, || {
        let mut db = lock(&app.db);
        if create {
            if db.has_teachers()? {
                return Err(learner::LearnerDbError::NotAuthorised.into());
            }
            let new = NewProfile {
                kind: ProfileKind::Teacher,
                name: name.clone(),
                locale: app.locale(),
                avatar: None,
                pin: Some(password.clone()),
            };
            db.add_profile(&new)?;
        }
        let teacher = db.sign_in_teacher(name.trim(), &password)?;
        drop(db);
        let view = TeacherView::from(&teacher);
        *lock(&app.teacher) = Some(teacher);
        *lock(&app.learner) = None;
        *lock(&app.quiz) = None;
        app.forget_conversation();
        Ok(view)
    })
}

#[tauri::command]
pub async fn teacher_sign_out(app: State<'_, App>) -> CmdResult<()> {
    *lock(&app.teacher) = None;
    drop(lock(&app.lan).take());
    Ok(())
}

/// Classes, who needs help in them, and recent flagged conversations.
#[tauri::command]
pub async fn teacher_home(app: State<'_, App>) -> CmdResult<TeacherHome> {
    run(&app, || {
        let teacher = app.teacher()?;
        let today = session::today();
        let db = lock(&app.db);
        let mut classes = Vec::new();
        let mut needs_help = Vec::new();
        for class in db.classes(&teacher)? {
            let report = app.with_pack(|pack| reports::class_report(&db, pack, &class, &today, &app.locale()))?;
            for n in &report.needs_help {
                needs_help.push(HelpItem {
                    class_id: class.id.clone(),
                    class_name: class.name.clone(),
                    learner_id: n.learner_id.clone(),
                    name: n.name.clone(),
                    reason: n.reason.clone(),
                });
            }
            classes.push(views::teacher::class_card(&class, Some(&report)));
        }
        let learners: Vec<(String, String)> = db.learners_for(&teacher)?.into_iter().map(|p| (p.id, p.name)).collect();
        let flagged =
            views::teacher::conversations(&db, &learners, 10)?.into_iter().filter(|e| !e.flags.is_empty()).collect();
        Ok(TeacherHome { teacher: TeacherView::from(&teacher), classes, needs_help, flagged })
    })
}

#[tauri::command]
pub async fn class_create(app: State<'_, App>, name: String) -> CmdResult<ClassCard> {
    run(&app, || {
        let teacher = app.teacher()?;
        let mut db = lock(&app.db);
        let class = db.create_class(&teacher, &name)?;
        Ok(views::teacher::class_card(&class, None))
    })
}

/// A class page: its report (progress, charts), groups, learners to enrol, lessons to assign.
#[tauri::command]
pub async fn class_page(app: State<'_, App>, class_id: String) -> CmdResult<ClassPage> {
    run(&app, || {
        let teacher = app.teacher()?;
        let locale = app.locale();
        let db = lock(&app.db);
        let class = db.find_class(&teacher, &class_id)?;
        let (report, lessons) = app.with_pack(|pack| {
            let report = reports::class_report(&db, pack, &class, &session::today(), &locale)?;
            let lessons = pack
                .lessons(&pack::LessonFilter::default(), &locale)?
                .into_iter()
                .map(|l| LessonOption { id: l.id, title: l.title })
                .collect::<Vec<_>>();
            Ok((report, lessons))
        })?;
        let card = views::teacher::class_card(&class, Some(&report));
        let groups = db.groups(&class.id)?.into_iter().map(|g| GroupView { id: g.id, name: g.name }).collect();
        let unenrolled =
            db.learners_for(&teacher)?.into_iter().filter(|p| p.class_id.is_none()).map(Learner::from).collect();
        Ok(ClassPage { class: card, report, groups, unenrolled, lessons })
    })
}

#[tauri::command]
pub async fn class_enrol(
    app: State<'_, App>,
    class_id: String,
    learner_ids: Vec<String>,
    group_id: Option<String>,
) -> CmdResult<()> {
    run(&app, || {
        let teacher = app.teacher()?;
        let mut db = lock(&app.db);
        for learner_id in &learner_ids {
            db.enrol(&teacher, &class_id, learner_id, group_id.as_deref())?;
        }
        Ok(())
    })
}

#[tauri::command]
pub async fn class_add_group(app: State<'_, App>, class_id: String, name: String) -> CmdResult<GroupView> {
    run(&app, || {
        let teacher = app.teacher()?;
        let group = lock(&app.db).add_group(&teacher, &class_id, &name)?;
        Ok(GroupView { id: group.id, name: group.name })
    })
}

#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub async fn assign(
    app: State<'_, App>,
    class_id: String,
    lesson_id: String,
    part: String,
    group_id: Option<String>,
    learner_id: Option<String>,
    due: Option<String>,
    note: Option<String>,
) -> CmdResult<()> {
    run(&app, || {
        let teacher = app.teacher()?;
        app.with_pack(|pack| Ok(pack.require_current(&lesson_id)?))?;
        let part =
            AssignPart::parse(&part).ok_or_else(|| learner::LearnerDbError::Invalid(format!("no part {part}")))?;
        let blank = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
        let new = NewAssignment {
            lesson_id,
            part,
            group_id: blank(group_id),
            learner_id: blank(learner_id),
            due: blank(due),
            note: blank(note),
        };
        lock(&app.db).assign(&teacher, &class_id, &new)?;
        Ok(())
    })
}

#[tauri::command]
pub async fn class_tutor(
    app: State<'_, App>,
    class_id: String,
    mode: String,
    daily_limit: Option<u32>,
) -> CmdResult<()> {
    run(&app, || {
        let teacher = app.teacher()?;
        let mode =
            TutorMode::parse(&mode).ok_or_else(|| learner::LearnerDbError::Invalid(format!("no mode {mode}")))?;
        let policy = TutorPolicy { mode, daily_limit: daily_limit.filter(|n| *n > 0) };
        lock(&app.db).set_tutor_policy(&teacher, &class_id, policy)?;
        Ok(())
    })
}

/// A class's tutor conversations (or one learner's), flagged first.
#[tauri::command]
pub async fn class_conversations(
    app: State<'_, App>,
    class_id: String,
    learner_id: Option<String>,
) -> CmdResult<Vec<ExchangeView>> {
    run(&app, || {
        let teacher = app.teacher()?;
        let db = lock(&app.db);
        let class = db.find_class(&teacher, &class_id)?;
        let learners: Vec<(String, String)> = db
            .class_learners(&class.id)?
            .into_iter()
            .filter(|p| learner_id.as_ref().is_none_or(|id| *id == p.id))
            .map(|p| (p.id, p.name))
            .collect();
        Ok(views::teacher::conversations(&db, &learners, 500)?)
    })
}

#[tauri::command]
pub async fn mark_answer_wrong(app: State<'_, App>, exchange_id: String, note: Option<String>) -> CmdResult<()> {
    run(&app, || {
        let teacher = app.teacher()?;
        lock(&app.db).mark_exchange_wrong(&teacher, &exchange_id, note.as_deref().filter(|n| !n.trim().is_empty()))?;
        Ok(())
    })
}

/// Writes the class's progress table as CSV (the columns the screen shows), or the report to
/// print as PDF in the teacher's language, into the data folder's `exports/`; returns where.
#[tauri::command]
pub async fn class_export(app: State<'_, App>, class_id: String, format: String) -> CmdResult<String> {
    run(&app, || {
        let teacher = app.teacher()?;
        let locale = app.locale();
        let db = lock(&app.db);
        let class = db.find_class(&teacher, &class_id)?;
        let report = app.with_pack(|pack| reports::class_report(&db, pack, &class, &session::today(), &locale))?;
        drop(db);
        let tr = app.translator();
        let (bytes, extension) = match format.as_str() {
            "pdf" => (session::report_pdf(&tr, &locale, &report)?, "pdf"),
            _ => (session::report_csv(&tr, &report).into_bytes(), "csv"),
        };
        let dir = app.paths.data_dir.join("exports");
        std::fs::create_dir_all(&dir)?;
        let safe: String = class.name.chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
        let path = dir.join(format!("{safe}-{}.{extension}", report.today));
        std::fs::write(&path, bytes)?;
        Ok(path.display().to_string())
    })
}

/// One learner of the teacher's: lessons, scores over time, hints and tutor questions.
#[tauri::command]
pub async fn learner_report(app: State<'_, App>, learner_id: String) -> CmdResult<reports::LearnerReport> {
    run(&app, || {
        let teacher = app.teacher()?;
        let db = lock(&app.db);
        let learner = db.learner_for(&teacher, &learner_id)?;
        app.with_pack(|pack| reports::learner_report(&db, pack, &learner, &app.locale()))
    })
}

/// A teacher sets a learner's forgotten PIN (or, empty, removes it).
#[tauri::command]
pub async fn learner_reset_pin(app: State<'_, App>, learner_id: String, pin: Option<String>) -> CmdResult<()> {
    run(&app, || {
        let teacher = app.teacher()?;
        let pin = pin.filter(|p| !p.trim().is_empty());
        lock(&app.db).reset_learner_pin(&teacher, &learner_id, pin.as_deref().map(str::trim))?;
        Ok(())
    })
}

/// A teacher erases everything stored about a learner, on request (a tombstone remains).
#[tauri::command]
pub async fn learner_erase(app: State<'_, App>, learner_id: String) -> CmdResult<()> {
    run(&app, || {
        let teacher = app.teacher()?;
        lock(&app.db).erase_learner_for(&teacher, &learner_id)?;
        Ok(())
    })
}
