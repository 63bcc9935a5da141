//! `ustad lessons`, `ustad lesson show | read` and `ustad search`.

use std::io::BufRead;
use std::time::Instant;

use anyhow::Result;
use clap::{Args, Subcommand};
use curriculum::{pick, Lesson, Subject};
use i18n::arg;
use pack::LessonFilter;

use crate::context::Context;

#[derive(Args)]
pub struct ListArgs {
    /// Only this grade
    #[arg(long)]
    pub grade: Option<u8>,
    /// Only this subject: science or mathematics
    #[arg(long, value_parser = parse_subject)]
    pub subject: Option<Subject>,
}

fn parse_subject(text: &str) -> std::result::Result<Subject, String> {
    Subject::parse(text).ok_or_else(|| format!("`{text}` is not a subject (science, mathematics)"))
}

#[derive(Subcommand)]
pub enum LessonCommand {
    /// Print a lesson (with --json: the whole lesson in every language)
    Show { id: String },
    /// Read a lesson section by section; time spent is saved as progress
    Read {
        id: String,
        #[arg(long)]
        learner: Option<String>,
    },
}

#[derive(Args)]
pub struct SearchArgs {
    /// The question, in any words
    #[arg(required = true, num_args = 1..)]
    pub query: Vec<String>,
    /// How many lessons to return
    #[arg(long, default_value_t = 5)]
    pub limit: usize,
}

pub fn subject_name(ctx: &Context, subject: Subject) -> String {
    ctx.t(&format!("subject-{}", subject.as_str()), &[])
}

pub fn list(ctx: &Context, args: &ListArgs) -> Result<()> {
    let pack = ctx.open_pack()?;
    let lessons = pack.lessons(&LessonFilter { grade: args.grade, subject: args.subject }, &ctx.locale)?;
    if ctx.json {
        return ctx.print_json(&lessons);
    }
    if lessons.is_empty() {
        println!("{}", ctx.t("lessons-empty", &[]));
    }
    let mut current = None;
    for lesson in &lessons {
        if current != Some(lesson.subject) {
            current = Some(lesson.subject);
            println!("\n{}", subject_name(ctx, lesson.subject));
        }
        println!("  {:<28} {}", lesson.id, lesson.title);
    }
    Ok(())
}

pub fn run(ctx: &Context, cmd: LessonCommand) -> Result<()> {
    match cmd {
        LessonCommand::Show { id } => show(ctx, &id),
        LessonCommand::Read { id, learner } => {
            let stdin = std::io::stdin();
            let mut input = stdin.lock();
            let profile = ctx.signed_in_learner(&mut ctx.open_db()?, learner.as_deref(), &mut input)?;
            read(ctx, &id, &profile, &mut input)
        }
    }
}

pub fn show(ctx: &Context, id: &str) -> Result<()> {
    let lesson = ctx.open_pack()?.lesson(id)?;
    if ctx.json {
        return ctx.print_json(&lesson);
    }
    print_header(ctx, &lesson);
    let text = lesson.text(&ctx.locale);
    for section in &text.sections {
        println!("\n## {}\n\n{}", section.heading, section.body);
    }
    print_glossary(ctx, &lesson);
    Ok(())
}

fn print_header(ctx: &Context, lesson: &Lesson) {
    let text = lesson.text(&ctx.locale);
    println!("# {}", text.title);
    println!(
        "{} · {} · {}",
        lesson.id,
        ctx.t("lesson-grade", &[("grade", arg(lesson.grade))]),
        subject_name(ctx, lesson.subject)
    );
    println!("\n{}", ctx.t("lesson-objectives", &[]));
    for objective in &text.objectives {
        println!("  - {objective}");
    }
}

fn print_glossary(ctx: &Context, lesson: &Lesson) {
    println!("\n## {}\n", ctx.t("lesson-glossary", &[]));
    for entry in &lesson.glossary {
        let term = pick(&entry.term, &ctx.locale);
        let english =
            entry.term.get("en").filter(|en| en.as_str() != term).map(|en| format!(" ({en})")).unwrap_or_default();
        println!("  {term}{english}: {}", pick(&entry.definition, &ctx.locale));
    }
    println!("\n{}", ctx.t("lesson-quiz-count", &[("count", arg(lesson.quiz.len()))]));
}

/// Shows the lesson one section at a time, saving each section's reading time for `profile`.
pub fn read(ctx: &Context, id: &str, profile: &learner::Profile, input: &mut dyn BufRead) -> Result<()> {
    let lesson = ctx.open_pack()?.lesson(id)?;
    let mut db = ctx.open_db()?;
    let locale = if lesson.texts.contains_key(&ctx.locale) { ctx.locale.clone() } else { "en".to_owned() };
    print_header(ctx, &lesson);
    let mut total_seconds = 0u64;
    for section in &lesson.text(&locale).sections {
        let started = Instant::now();
        println!("\n## {}\n\n{}\n\n{}", section.heading, section.body, ctx.t("lesson-read-next", &[]));
        let mut answer = String::new();
        let answer = (input.read_line(&mut answer)? > 0).then_some(answer);
        let seconds = started.elapsed().as_secs().min(3600) as u32;
        total_seconds += u64::from(seconds);
        db.record_progress(&learner::ProgressEvent {
            learner_id: profile.id.clone(),
            lesson_id: lesson.id.clone(),
            section: section.id.clone(),
            locale: locale.clone(),
            seconds,
        })?;
        if answer.as_deref().is_none_or(|a| a.trim().eq_ignore_ascii_case("q")) {
            break;
        }
    }
    print_glossary(ctx, &lesson);
    println!("{}", ctx.t("lesson-read-saved", &[("minutes", arg(total_seconds.div_ceil(60)))]));
    Ok(())
}

pub fn search(ctx: &Context, args: &SearchArgs) -> Result<()> {
    let pack = ctx.open_pack()?;
    let query = args.query.join(" ");
    let options = search::SearchOptions { limit: args.limit, locale: Some(ctx.locale.clone()) };
    let hits = search::search(&pack, &query, &options)?;
    if ctx.json {
        return ctx.print_json(&hits);
    }
    if hits.is_empty() {
        println!("{}", ctx.t("search-no-results", &[]));
    }
    for (rank, hit) in hits.iter().enumerate() {
        let section = if hit.section_title.is_empty() { hit.section.clone() } else { hit.section_title.clone() };
        println!("{}. {}  [{} › {}]", rank + 1, hit.title, hit.lesson_id, section);
        println!("   {}", hit.snippet);
    }
    Ok(())
}
