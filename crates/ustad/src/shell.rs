//! The interactive session: choose a language, say who is learning, then list, read, search,
//! take quizzes and see progress, until `quit` or end of input.

use std::io::{BufRead, Write};

use anyhow::Result;
use i18n::arg;
use learner::{NewProfile, Profile, ProfileKind};
use pack::LessonFilter;
use session::UserError;

use crate::context::Context;
use crate::{error, lessons, quiz};

fn prompt(line: &str) -> Result<()> {
    print!("{line} ");
    std::io::stdout().flush()?;
    Ok(())
}

fn read_line(input: &mut dyn BufRead) -> Result<Option<String>> {
    let mut line = String::new();
    Ok((input.read_line(&mut line)? > 0).then(|| line.trim().to_owned()))
}

/// The words that end the session, at any prompt (never a language or a learner's name).
fn quits(line: &str) -> bool {
    matches!(line.to_lowercase().as_str(), "quit" | "exit")
}

pub fn run(base: &Context) -> Result<()> {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut db = base.open_db()?;
    let pack = base.open_pack()?;
    let saved_locale = db.setting("locale")?;
    let mut ctx = base.with_locale(saved_locale.as_deref().unwrap_or(&base.locale));
    println!("{}", ctx.t("shell-welcome", &[]));
    if saved_locale.is_none() {
        prompt(&ctx.t("shell-choose-language", &[]))?;
        let choice = read_line(&mut input)?.unwrap_or_default();
        if quits(&choice) {
            println!("{}", ctx.t("shell-bye", &[]));
            return Ok(());
        }
        if choice == "2" || choice == "ur" || choice == "اردو" {
            ctx = ctx.with_locale("ur");
        }
        db.set_setting("locale", &ctx.locale)?;
    }
    let profile = loop {
        prompt(&ctx.t("shell-who", &[]))?;
        let Some(name) = read_line(&mut input)? else { return Ok(()) };
        if quits(&name) {
            println!("{}", ctx.t("shell-bye", &[]));
            return Ok(());
        }
        if name.is_empty() {
            continue;
        }
        let named: Vec<Profile> =
            db.profiles_named(&name)?.into_iter().filter(|p| p.kind == ProfileKind::Learner).collect();
        let chosen = match named.len() {
            0 => {
                let new = NewProfile {
                    kind: ProfileKind::Learner,
                    name,
                    locale: ctx.locale.clone(),
                    avatar: None,
                    pin: None,
                };
                match db.add_profile(&new) {
                    Ok(profile) => break profile,
                    Err(err) => {
                        error::report(&ctx, &err.into());
                        continue;
                    }
                }
            }
            1 => named.into_iter().next(),
            _ => which_of(&ctx, &mut input, named)?,
        };
        let Some(profile) = chosen else { continue };
        if !profile.has_pin {
            break profile;
        }
        prompt(&ctx.t("error-pin-required", &[]))?;
        let pin = read_line(&mut input)?.unwrap_or_default();
        match db.check_pin(&profile.id, &pin) {
            Ok(true) => break profile,
            Ok(false) => error::report(&ctx, &UserError::PinWrong.into()),
            Err(err) => error::report(&ctx, &err.into()),
        }
    };
    // The learner's own language, from their profile.
    if curriculum::LOCALES.contains(&profile.locale.as_str()) && profile.locale != ctx.locale {
        ctx = ctx.with_locale(&profile.locale);
        db.set_setting("locale", &ctx.locale)?;
    }
    println!("{}\n{}", ctx.t("shell-hello", &[("name", arg(profile.name.as_str()))]), ctx.t("shell-help", &[]));
    let mut listed: Vec<String> = Vec::new();
    // One tutor conversation per session, so follow-up questions keep their context.
    let mut conversation = session::Conversation::default();
    let mut open_lesson: Option<String> = None;
    loop {
        prompt(&ctx.t("shell-prompt", &[]))?;
        let Some(line) = read_line(&mut input)? else { break };
        let (command, rest) = line.split_once(' ').map_or((line.as_str(), ""), |(c, r)| (c, r.trim()));
        // A lesson may be named by its id or by its number in the last list.
        let lesson_id =
            rest.parse::<usize>().ok().and_then(|n| listed.get(n.wrapping_sub(1)).cloned()).unwrap_or(rest.to_owned());
        let result = match command {
            "" => Ok(()),
            "lessons" | "l" => {
                let all = pack.lessons(&LessonFilter::default(), &ctx.locale)?;
                listed = all.iter().map(|l| l.id.clone()).collect();
                for (idx, lesson) in all.iter().enumerate() {
                    println!("{:>3}. {:<28} {}", idx + 1, lesson.id, lesson.title);
                }
                Ok(())
            }
            "read" | "r" => {
                open_lesson = Some(lesson_id.clone());
                // The tutor prepares the lesson while the child reads it.
                if pack.lesson(&lesson_id).is_ok() {
                    if let Err(err) = conversation.prefill(&ctx.paths.models_dir, &pack, &lesson_id, &ctx.locale) {
                        error::report(&ctx, &err);
                    }
                }
                lessons::read(&ctx, &lesson_id, &profile, &mut input)
            }
            "ask" | "a" => crate::ask::ask_and_print(
                &mut conversation,
                &ctx,
                &pack,
                &mut db,
                rest,
                open_lesson.as_deref(),
                Some(profile.id.clone()),
            )
            .map(|_| ()),
            "show" => lessons::show(&ctx, &lesson_id),
            "quiz" | "q" => pack
                .lesson(&lesson_id)
                .map_err(Into::into)
                .and_then(|lesson| quiz::take(&ctx, &pack, &lesson, &mut db, &profile, &mut input)),
            "search" | "s" => lessons::search(&ctx, &lessons::SearchArgs { query: vec![rest.to_owned()], limit: 5 }),
            "progress" | "p" => lessons_progress(&ctx, &db, &profile.id),
            "language" => {
                let next = if ctx.locale == "en" { "ur" } else { "en" };
                ctx = ctx.with_locale(next);
                db.set_setting("locale", next)?;
                db.set_profile_locale(&profile.id, next)?;
                Ok(())
            }
            "help" | "h" | "?" => {
                println!("{}", ctx.t("shell-help", &[]));
                Ok(())
            }
            _ if quits(command) => break,
            _ => {
                println!("{}", ctx.t("shell-unknown", &[]));
                Ok(())
            }
        };
        if let Err(err) = result {
            error::report(&ctx, &err);
        }
    }
    println!("{}", ctx.t("shell-bye", &[]));
    Ok(())
}

/// The learner's own progress (no teacher needed for one's own).
fn lessons_progress(ctx: &Context, db: &learner::LearnerDb, learner_id: &str) -> Result<()> {
    crate::learners::print_progress(ctx, db, Some(learner_id), &[learner_id.to_owned()])
}

/// Several learners share the name typed: each with their picture and when they were added,
/// and the learner picks a number (anything else goes back to the name).
fn which_of(ctx: &Context, input: &mut dyn BufRead, named: Vec<Profile>) -> Result<Option<Profile>> {
    for (idx, profile) in named.iter().enumerate() {
        let added = profile.created_at.get(..10).unwrap_or(&profile.created_at);
        println!("  {}) {} {} ({added})", idx + 1, profile.avatar.as_deref().unwrap_or(" "), profile.name);
    }
    prompt(&ctx.t("shell-which", &[]))?;
    let choice = read_line(input)?.unwrap_or_default();
    Ok(choice.parse::<usize>().ok().and_then(|n| named.into_iter().nth(n.wrapping_sub(1))))
}
