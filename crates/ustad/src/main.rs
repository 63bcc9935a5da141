//! `ustad`: everything the app can do, from a terminal, for teachers, ministry engineers and
//! scripts. Every command that prints data takes `--json`.

mod ask;
mod classroom;
mod context;
mod doctor;
mod error;
mod eval;
mod keys;
mod learners;
mod lessons;
mod models;
mod packs;
mod provision;
mod quiz;
mod report;
mod shell;
mod syncing;
mod transcribe;
mod update;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use context::Context;

#[derive(Parser)]
#[command(name = "ustad", version, about = "Ustad, an offline tutor: lessons, quizzes and search on this laptop")]
struct Cli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Args, Clone)]
pub struct GlobalArgs {
    /// Folder of the learner database and settings [default: the OS data folder]
    #[arg(long, global = true, env = "USTAD_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Content pack [default: the installed default pack]
    #[arg(long, global = true, env = "USTAD_PACK", value_name = "FILE")]
    pub pack: Option<PathBuf>,
    /// Folder of the models [default: <data dir>/models]. Downloads are cached in
    /// USTAD_CACHE_DIR [default: the OS cache folder]
    #[arg(long, global = true, env = "USTAD_MODELS_DIR", value_name = "DIR")]
    pub models_dir: Option<PathBuf>,
    /// Language: en, ur, ps, sd or pa-Arab
    #[arg(long, global = true, env = "USTAD_LOCALE", value_name = "L")]
    pub locale: Option<String>,
    /// Print data as JSON
    #[arg(long, global = true)]
    pub json: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Build, inspect, check and install content packs
    #[command(subcommand)]
    Pack(packs::PackCommand),
    /// The ministry's signing keys and root of trust document
    #[command(subcommand)]
    Keys(keys::KeysCommand),
    /// List the lessons of the pack
    Lessons(lessons::ListArgs),
    /// Show or read one lesson
    #[command(subcommand)]
    Lesson(lessons::LessonCommand),
    /// Ask the tutor a question
    Ask(ask::AskArgs),
    /// Read your learners' tutor conversations (teachers)
    Conversations(ask::ConversationsArgs),
    /// Turn speech in an audio file into text
    Transcribe(transcribe::TranscribeArgs),
    /// Record a question from the microphone (until Enter) and turn it into text
    Listen(transcribe::ListenArgs),
    /// Find the lessons that answer a question
    Search(lessons::SearchArgs),
    /// Take a lesson's quiz in the terminal
    #[command(subcommand)]
    Quiz(quiz::QuizCommand),
    /// Show your learners' progress (teachers)
    Progress(learners::ProgressArgs),
    /// Add and list the people who use this laptop; reset a PIN, erase a learner (teachers)
    #[command(subcommand)]
    Learner(learners::LearnerCommand),
    /// Add and list teacher accounts
    #[command(subcommand)]
    Teacher(classroom::TeacherCommand),
    /// Classes: create, show, groups, enrol learners, what the tutor may do (teachers)
    #[command(subcommand)]
    Class(classroom::ClassCommand),
    /// Assign a lesson or its quiz to a class, a group or a learner (teachers)
    Assign(classroom::AssignArgs),
    /// Reports on a class, a learner or a lesson (teachers)
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// Sync with the school's other laptops by USB stick: join, export, import
    #[command(subcommand)]
    Sync(syncing::SyncCommand),
    /// List, fetch, verify and import models
    #[command(subcommand)]
    Models(models::ModelsCommand),
    /// Set up this laptop from a signed provisioning file (school, language, teachers, classes, packs, models)
    Provision(provision::ProvisionArgs),
    /// What the packs and installer on a USB stick would change here; --apply installs the new ones
    Update(update::UpdateArgs),
    /// Check this laptop: CPU features, memory, models, pack and database
    Doctor(doctor::DoctorArgs),
    /// Measure performance
    #[command(subcommand)]
    Bench(bench::BenchCommand),
    /// Evaluate the tutor on the question sets of tests/tutor-eval
    #[command(subcommand)]
    Eval(eval::EvalCommand),
    /// An interactive session (the default without a command)
    Shell,
}

/// When the program reading the output has gone (`ustad search ... | head`), printing fails
/// with a broken pipe: there is nobody left to tell, so the program ends quietly instead of
/// panicking.
fn end_quietly_on_a_closed_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if message.starts_with("failed printing to stdout") && message.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info)
    }));
}

fn main() -> ExitCode {
    end_quietly_on_a_closed_pipe();
    let matches = <Cli as clap::CommandFactory>::command().get_matches();
    let cli = <Cli as clap::FromArgMatches>::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let ctx = Context::new(&cli.global);
    // The command's name only: its arguments may hold what a child asked.
    session::logs::init(&ctx.paths.data_dir, "ustad");
    tracing::info!(command = matches.subcommand_name().unwrap_or("shell"), "command");
    let result = match cli.command.unwrap_or(Command::Shell) {
        Command::Pack(cmd) => packs::run(&ctx, cmd),
        Command::Keys(cmd) => keys::run(&ctx, cmd),
        Command::Lessons(args) => lessons::list(&ctx, &args),
        Command::Lesson(cmd) => lessons::run(&ctx, cmd),
        Command::Search(args) => lessons::search(&ctx, &args),
        Command::Ask(args) => ask::ask(&ctx, &args),
        Command::Transcribe(args) => transcribe::run(&ctx, &args),
        Command::Listen(args) => transcribe::listen(&ctx, &args),
        Command::Conversations(args) => ask::conversations(&ctx, &args),
        Command::Quiz(cmd) => quiz::run(&ctx, cmd),
        Command::Progress(args) => learners::progress(&ctx, &args),
        Command::Learner(cmd) => learners::run(&ctx, cmd),
        Command::Teacher(cmd) => classroom::teacher(&ctx, cmd),
        Command::Class(cmd) => classroom::class(&ctx, cmd),
        Command::Assign(args) => classroom::assign(&ctx, &args),
        Command::Report(cmd) => report::run(&ctx, cmd),
        Command::Sync(cmd) => syncing::run(&ctx, cmd),
        Command::Models(cmd) => models::run(&ctx, cmd),
        Command::Provision(args) => provision::run(&ctx, &args),
        Command::Update(args) => update::run(&ctx, &args),
        Command::Doctor(args) => match doctor::run(&ctx, &args) {
            Ok(true) => Ok(()),
            // The report said what is wrong.
            Ok(false) => return ExitCode::FAILURE,
            Err(err) => Err(err),
        },
        Command::Bench(cmd) => bench::run(&ctx.paths, cmd).and_then(|report| {
            if ctx.json {
                ctx.print_json(&report)
            } else {
                print!("{}", report.render());
                Ok(())
            }
        }),
        Command::Eval(cmd) => eval::run(&ctx, cmd),
        Command::Shell => shell::run(&ctx),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::warn!(code = session::describe(&ctx.tr, &err).0.as_str(), "command failed");
            error::report(&ctx, &err);
            ExitCode::FAILURE
        }
    }
}
