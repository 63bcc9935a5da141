//! `ustad report class | learner | lesson`: the teacher's reports as text, JSON or CSV.

use anyhow::Result;
use clap::Subcommand;
use i18n::arg;

use crate::classroom::{sign_in, TeacherArgs};
use crate::context::Context;

#[derive(Subcommand)]
pub enum ReportCommand {
    /// A class: who has done what, scores, time, who needs help, hard questions, what the lessons do not cover
    Class {
        class: String,
        /// Write the progress table as CSV (the columns the app shows)
        #[arg(long)]
        csv: bool,
        /// Write the report to print as a PDF file, in the report's language
        #[arg(long, value_name = "FILE")]
        pdf: Option<std::path::PathBuf>,
        /// The day the report is for, YYYY-MM-DD (what is overdue) [default: today]
        #[arg(long)]
        today: Option<String>,
        #[command(flatten)]
        teacher: TeacherArgs,
    },
    /// A learner: lessons, scores over time, hints
    Learner {
        learner: String,
        #[command(flatten)]
        teacher: TeacherArgs,
    },
    /// A lesson in a class: time on each part, hard questions
    Lesson {
        lesson_id: String,
        #[arg(long)]
        class: String,
        #[command(flatten)]
        teacher: TeacherArgs,
    },
}

pub fn run(ctx: &Context, cmd: ReportCommand) -> Result<()> {
    let pack = ctx.open_pack()?;
    let mut db = ctx.open_db()?;
    match cmd {
        ReportCommand::Class { class, csv, pdf, today: day, teacher } => {
            let by = sign_in(ctx, &mut db, &teacher)?;
            let class = db.find_class(&by, &class)?;
            let report = reports::class_report(&db, &pack, &class, &day.unwrap_or_else(session::today), &ctx.locale)?;
            if csv {
                print!("{}", session::report_csv(&ctx.tr, &report));
                return Ok(());
            }
            if let Some(path) = pdf {
                let bytes = session::report_pdf(&ctx.tr, &ctx.locale, &report)?;
                std::fs::write(&path, bytes).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
                println!("{}", path.display());
                return Ok(());
            }
            if ctx.json {
                return ctx.print_json(&report);
            }
            println!("{}", ctx.t("report-title-class", &[("class", arg(report.class_name.as_str()))]));
            let words = session::report_words(&ctx.tr);
            println!("\n{}", ctx.t("report-assignments", &[]));
            for a in &report.assignments {
                let due = a.due.as_deref().unwrap_or("");
                let title = if a.archived {
                    format!("{} [{}]", a.lesson_title, words.archived)
                } else {
                    a.lesson_title.clone()
                };
                println!("  {title:<32} {due:<10} ✔ {:>3}  … {:>3}  ○ {:>3}", a.done, a.started, a.not_started);
            }
            println!();
            for line in &report.learners {
                let statuses: Vec<&str> = line.statuses.iter().map(|s| words.status(*s)).collect();
                let average = line.average_score.map_or_else(|| "-".to_owned(), |s| format!("{s}%"));
                let flag = if line.needs_help { " ⚑" } else { "" };
                println!("  {:<20} {average:>5} {:>4}′  {}{flag}", line.name, line.minutes, statuses.join(" | "));
            }
            println!("\n{}", ctx.t("report-needs-help", &[]));
            for n in &report.needs_help {
                println!("  ⚑ {}: {}", n.name, session::help_text(&ctx.tr, &report, &n.reason));
            }
            println!("\n{}", ctx.t("report-hard-questions", &[]));
            for q in &report.hard_questions {
                let chosen: Vec<String> = q.wrong_answers.iter().map(|(r, n)| format!("{r} ×{n}")).collect();
                println!("  {} › {} ({}/{}): {}", q.lesson_title, q.question, q.wrong, q.answered, chosen.join(", "));
            }
            println!("\n{}", ctx.t("report-not-covered", &[]));
            for u in &report.not_covered {
                let asked = ctx.t("report-asked", &[("times", arg(u.times)), ("learners", arg(u.learners))]);
                println!("  “{}” ({asked})", u.question);
            }
            Ok(())
        }
        ReportCommand::Learner { learner, teacher } => {
            let by = sign_in(ctx, &mut db, &teacher)?;
            let profile = db.learner_for(&by, &ctx.learner(&db, Some(&learner))?.id)?;
            let report = reports::learner_report(&db, &pack, &profile, &ctx.locale)?;
            if ctx.json {
                return ctx.print_json(&report);
            }
            println!("{}", ctx.t("report-title-learner", &[("name", arg(report.name.as_str()))]));
            for l in &report.lessons {
                let best = l.best.map_or_else(|| "-".to_owned(), |b| format!("{b}%"));
                println!(
                    "  {:<32} {}/{}  {:>4}′  {:>2}×  {best:>5}",
                    l.title, l.sections_read, l.sections, l.minutes, l.attempts
                );
            }
            println!("\n{}", ctx.t("report-attempts", &[]));
            for a in &report.attempts {
                println!("  {}  {:<28} {:>3}%", a.date, a.lesson_id, a.percent);
            }
            Ok(())
        }
        ReportCommand::Lesson { lesson_id, class, teacher } => {
            let by = sign_in(ctx, &mut db, &teacher)?;
            let class = db.find_class(&by, &class)?;
            let report = reports::lesson_report(&db, &pack, &class, &lesson_id, &ctx.locale)?;
            if ctx.json {
                return ctx.print_json(&report);
            }
            println!(
                "{}",
                ctx.t(
                    "report-title-lesson",
                    &[("lesson", arg(report.title.as_str())), ("class", arg(class.name.as_str()))]
                )
            );
            println!("\n{}", ctx.t("report-sections", &[]));
            for s in &report.sections {
                println!("  {:<36} {:>3}  {:>6.1}′", s.heading, s.readers, s.minutes_per_reader);
            }
            println!("\n{}", ctx.t("report-hard-questions", &[]));
            for q in &report.hard_questions {
                println!("  {} ({}/{})", q.question, q.wrong, q.answered);
            }
            Ok(())
        }
    }
}
