//! The teacher's commands: `ustad teacher`, `ustad class`, `ustad assign`. Each signs the
//! teacher in first (`--teacher NAME`, the password from standard input); the database then
//! lets the teacher act only on their own classes and learners.

use std::io::{BufRead, IsTerminal, Write};

use anyhow::Result;
use clap::{Args, Subcommand};
use i18n::arg;
use learner::{AssignPart, LearnerDb, NewAssignment, NewProfile, ProfileKind, Teacher, TutorMode, TutorPolicy};

use crate::context::Context;

/// Who the teacher is. The password is read from standard input (a prompt when typed), never
/// from the command line, where the list of running programs would show it.
#[derive(Args, Clone)]
pub struct TeacherArgs {
    /// The teacher's name (or id); needed when this laptop has more than one teacher
    #[arg(long, value_name = "NAME")]
    pub teacher: Option<String>,
    /// Read the password from standard input without a prompt (for scripts)
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Subcommand)]
pub enum TeacherCommand {
    /// Add a teacher account. The first teacher of a laptop may be added by anyone; after that
    /// a teacher signs in to add another (their password first, then the new one)
    Add {
        name: String,
        #[command(flatten)]
        signed_in: TeacherArgs,
    },
    /// List the teachers of this laptop
    List,
}

#[derive(Subcommand)]
pub enum ClassCommand {
    /// Make a class
    Create {
        name: String,
        #[command(flatten)]
        teacher: TeacherArgs,
    },
    /// List your classes
    List {
        #[command(flatten)]
        teacher: TeacherArgs,
    },
    /// Show a class: its learners, groups, assignments and what the tutor may do
    Show {
        class: String,
        #[command(flatten)]
        teacher: TeacherArgs,
    },
    /// Add a group to a class
    Group {
        class: String,
        name: String,
        #[command(flatten)]
        teacher: TeacherArgs,
    },
    /// Put learners (by name or id) in a class, and optionally in one of its groups
    Enrol {
        class: String,
        #[arg(required = true)]
        learners: Vec<String>,
        #[arg(long)]
        group: Option<String>,
        #[command(flatten)]
        teacher: TeacherArgs,
    },
    /// Decide how much the tutor may do for the class: on, hints (quotes and hints only) or off
    Tutor {
        class: String,
        #[arg(long, value_parser = ["on", "hints", "off"])]
        mode: String,
        /// Questions each learner may ask per day (0: no limit)
        #[arg(long, default_value_t = 0)]
        daily_limit: u32,
        #[command(flatten)]
        teacher: TeacherArgs,
    },
}

#[derive(Args)]
pub struct AssignArgs {
    lesson_id: String,
    #[arg(long)]
    class: String,
    /// Only this group of the class
    #[arg(long)]
    group: Option<String>,
    /// Only this learner of the class (name or id)
    #[arg(long)]
    learner: Option<String>,
    /// Due date, YYYY-MM-DD
    #[arg(long)]
    due: Option<String>,
    /// A note for the learners
    #[arg(long)]
    note: Option<String>,
    /// What to do: read the lesson, take its quiz, or both
    #[arg(long, default_value = "both", value_parser = ["lesson", "quiz", "both"])]
    part: String,
    #[command(flatten)]
    teacher: TeacherArgs,
}

/// The next line of `input` (standard input, or the lock on it a command already holds);
/// with `prompt`, asked for when a person types it.
pub fn read_secret(prompt: Option<&str>, input: &mut dyn BufRead) -> Result<String> {
    if let Some(prompt) = prompt.filter(|_| std::io::stdin().is_terminal()) {
        eprint!("{prompt} ");
        std::io::stderr().flush()?;
    }
    let mut line = String::new();
    input.read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

/// Signs the teacher in: by `--teacher`, or the laptop's only teacher.
pub fn sign_in(ctx: &Context, db: &mut LearnerDb, args: &TeacherArgs) -> Result<Teacher> {
    let name = match &args.teacher {
        Some(name) => name.clone(),
        None => {
            let teachers = db.profiles(Some(ProfileKind::Teacher))?;
            match teachers.as_slice() {
                [only] => only.id.clone(),
                [] => return Err(learner::LearnerDbError::NotAuthorised.into()),
                _ => return Err(session::UserError::WhichTeacher(teachers.len()).into()),
            }
        }
    };
    let prompt = ctx.t("teacher-password-prompt", &[]);
    let password = read_secret((!args.password_stdin).then_some(prompt.as_str()), &mut std::io::stdin().lock())?;
    Ok(db.sign_in_teacher(&name, &password)?)
}

pub fn teacher(ctx: &Context, cmd: TeacherCommand) -> Result<()> {
    let mut db = ctx.open_db()?;
    match cmd {
        TeacherCommand::Add { name, signed_in } => {
            if db.has_teachers()? {
                sign_in(ctx, &mut db, &signed_in)?;
            }
            let prompt = ctx.t("teacher-new-password-prompt", &[]);
            let password =
                read_secret((!signed_in.password_stdin).then_some(prompt.as_str()), &mut std::io::stdin().lock())?;
            let new = NewProfile {
                kind: ProfileKind::Teacher,
                name,
                locale: ctx.locale.clone(),
                avatar: None,
                pin: Some(password),
            };
            let profile = db.add_profile(&new)?;
            if ctx.json {
                return ctx.print_json(&profile);
            }
            println!("{}", ctx.t("teacher-added", &[("name", arg(profile.name.as_str()))]));
            Ok(())
        }
        TeacherCommand::List => {
            let teachers = db.profiles(Some(ProfileKind::Teacher))?;
            if ctx.json {
                return ctx.print_json(&teachers);
            }
            for teacher in teachers {
                println!("{:<24} {}", teacher.name, teacher.id);
            }
            Ok(())
        }
    }
}

pub fn class(ctx: &Context, cmd: ClassCommand) -> Result<()> {
    let mut db = ctx.open_db()?;
    match cmd {
        ClassCommand::Create { name, teacher } => {
            let by = sign_in(ctx, &mut db, &teacher)?;
            let class = db.create_class(&by, &name)?;
            let code = join_code(ctx, &mut db, &by, &class.id)?;
            if ctx.json {
                let mut value = serde_json::to_value(&class)?;
                value["join_code"] = code.into();
                return ctx.print_json(&value);
            }
            println!("{}", ctx.t("class-created", &[("name", arg(class.name.as_str()))]));
            if let Some(code) = code {
                println!("{}", ctx.t("class-join-code", &[("code", arg(code))]));
            }
            Ok(())
        }
        ClassCommand::List { teacher } => {
            let by = sign_in(ctx, &mut db, &teacher)?;
            let classes = db.classes(&by)?;
            if ctx.json {
                return ctx.print_json(&classes);
            }
            for class in classes {
                let learners = db.class_learners(&class.id)?.len();
                println!("{:<24} {:>3} {:<6} {}", class.name, learners, class.tutor_mode.as_str(), class.id);
            }
            Ok(())
        }
        ClassCommand::Show { class, teacher } => {
            let by = sign_in(ctx, &mut db, &teacher)?;
            let class = db.find_class(&by, &class)?;
            let learners = db.class_learners(&class.id)?;
            let groups = db.groups(&class.id)?;
            let assignments = db.class_assignments(&class.id)?;
            let code = join_code(ctx, &mut db, &by, &class.id)?;
            if ctx.json {
                return ctx.print_json(&serde_json::json!({
                    "class": class, "learners": learners, "groups": groups, "assignments": assignments,
                    "join_code": code,
                }));
            }
            println!("{}  ({})", class.name, class.id);
            if let Some(code) = code {
                println!("{}", ctx.t("class-join-code", &[("code", arg(code))]));
            }
            let limit = class.daily_limit.map_or_else(|| "-".to_owned(), |n| n.to_string());
            println!("{}", ctx.t("class-tutor", &[("mode", arg(class.tutor_mode.as_str())), ("limit", arg(limit))]));
            for learner in &learners {
                let group = groups.iter().find(|g| Some(&g.id) == learner.group_id.as_ref()).map_or("", |g| &g.name);
                println!("  {:<24} {:<12} {}", learner.name, group, learner.id);
            }
            for a in &assignments {
                println!("  → {:<24} {:<6} {}", a.lesson_id, a.part.as_str(), a.due.as_deref().unwrap_or(""));
            }
            Ok(())
        }
        ClassCommand::Group { class, name, teacher } => {
            let by = sign_in(ctx, &mut db, &teacher)?;
            let class = db.find_class(&by, &class)?;
            let group = db.add_group(&by, &class.id, &name)?;
            if ctx.json {
                return ctx.print_json(&group);
            }
            println!("{}", ctx.t("class-group-added", &[("name", arg(group.name.as_str()))]));
            Ok(())
        }
        ClassCommand::Enrol { class, learners, group, teacher } => {
            let by = sign_in(ctx, &mut db, &teacher)?;
            let class = db.find_class(&by, &class)?;
            let mut enrolled = Vec::new();
            for name in &learners {
                let learner = ctx.learner(&db, Some(name))?;
                db.enrol(&by, &class.id, &learner.id, group.as_deref())?;
                enrolled.push(learner);
            }
            if ctx.json {
                return ctx.print_json(&enrolled);
            }
            println!(
                "{}",
                ctx.t("class-enrolled", &[("count", arg(enrolled.len())), ("class", arg(class.name.as_str()))])
            );
            Ok(())
        }
        ClassCommand::Tutor { class, mode, daily_limit, teacher } => {
            let by = sign_in(ctx, &mut db, &teacher)?;
            let class = db.find_class(&by, &class)?;
            let mode = TutorMode::parse(&mode).unwrap_or(TutorMode::On);
            let policy = TutorPolicy { mode, daily_limit: (daily_limit > 0).then_some(daily_limit) };
            db.set_tutor_policy(&by, &class.id, policy)?;
            if ctx.json {
                return ctx.print_json(&policy);
            }
            let limit = policy.daily_limit.map_or_else(|| "-".to_owned(), |n| n.to_string());
            println!("{}", ctx.t("class-tutor", &[("mode", arg(mode.as_str())), ("limit", arg(limit))]));
            Ok(())
        }
    }
}

/// The class's join code as people read it (`ABCDE-FGHJK`), made on first use; `None` on a
/// laptop that joined another teacher's school as a learner's (it cannot hand out codes).
fn join_code(ctx: &Context, db: &mut LearnerDb, by: &Teacher, class_id: &str) -> Result<Option<String>> {
    let mut laptop = sync::Laptop::open(db, &ctx.paths.data_dir).map_err(session::sync_error)?;
    match laptop.class_code(by, class_id) {
        Ok(code) => Ok(Some(sync::code::display(&code))),
        Err(sync::SyncError::Learner(learner::LearnerDbError::NotAuthorised)) => Ok(None),
        Err(err) => Err(session::sync_error(err)),
    }
}

pub fn assign(ctx: &Context, args: &AssignArgs) -> Result<()> {
    ctx.open_pack()?.require_current(&args.lesson_id)?;
    let mut db = ctx.open_db()?;
    let by = sign_in(ctx, &mut db, &args.teacher)?;
    let class = db.find_class(&by, &args.class)?;
    let group_id = args.group.as_deref().map(|g| db.find_group(&class.id, g)).transpose()?.map(|g| g.id);
    let learner_id = args.learner.as_deref().map(|l| ctx.learner(&db, Some(l))).transpose()?.map(|p| p.id);
    let new = NewAssignment {
        lesson_id: args.lesson_id.clone(),
        part: AssignPart::parse(&args.part).unwrap_or(AssignPart::Both),
        group_id,
        learner_id,
        due: args.due.clone(),
        note: args.note.clone(),
    };
    let assignment = db.assign(&by, &class.id, &new)?;
    if ctx.json {
        return ctx.print_json(&assignment);
    }
    println!(
        "{}",
        ctx.t("assign-done", &[("lesson", arg(assignment.lesson_id.as_str())), ("class", arg(class.name.as_str()))])
    );
    Ok(())
}
