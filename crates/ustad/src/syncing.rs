//! `ustad sync`: join a class with its code, write a bundle for the other laptops to a USB
//! stick, import one, and (teachers) the school's laptops, removing a lost one, and the
//! values changed on two laptops.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, Subcommand};
use i18n::arg;
use learner::LearnerDb;
use sync::{Laptop, Target};

use crate::classroom::{sign_in, TeacherArgs};
use crate::context::Context;

#[derive(Subcommand)]
pub enum SyncCommand {
    /// Join a class with the code the teacher shows (on a learner's laptop)
    Join { code: String },
    /// Write what the other laptops lack to a file (a USB stick). On a teacher's laptop the
    /// teacher signs in; without an option the file is for the district (everything)
    Export(ExportArgs),
    /// Add the work in a file from another laptop of the school
    Import { file: PathBuf },
    /// Offer sync on this network until Enter (a teacher's laptop; the teacher signs in)
    Serve {
        /// Address to listen on [default: every interface, port 47811]
        #[arg(long, value_name = "IP:PORT")]
        listen: Option<std::net::SocketAddr>,
        #[command(flatten)]
        teacher: TeacherArgs,
    },
    /// Sync both ways with the teacher's laptop on this network (found by itself, or at
    /// the address its sync screen shows)
    Lan {
        #[arg(long, value_name = "HOST:PORT")]
        address: Option<String>,
    },
    /// The school's laptops: when each last synced here and how much it lacks (teachers)
    Devices {
        #[command(flatten)]
        teacher: TeacherArgs,
    },
    /// Remove a lost or stolen laptop: its files are refused from now on (teachers)
    Remove {
        device: String,
        #[command(flatten)]
        teacher: TeacherArgs,
    },
    /// Values changed on two laptops that had not seen each other's change (teachers)
    Conflicts {
        #[command(flatten)]
        teacher: TeacherArgs,
    },
}

#[derive(Args)]
pub struct ExportArgs {
    /// The file to write
    #[arg(long, value_name = "FILE")]
    to: PathBuf,
    /// Only what this laptop (its device id, from `ustad sync devices`) lacks
    #[arg(long = "for", value_name = "DEVICE", conflicts_with_all = ["class", "full"])]
    device: Option<String>,
    /// What the laptops of this class lack: the class, its assignments, its learners
    #[arg(long, value_name = "CLASS", conflicts_with = "full")]
    class: Option<String>,
    /// Everything this laptop holds
    #[arg(long)]
    full: bool,
    #[command(flatten)]
    teacher: TeacherArgs,
}

pub fn run(ctx: &Context, cmd: SyncCommand) -> Result<()> {
    let mut db = ctx.open_db()?;
    let data_dir = ctx.paths.data_dir.clone();
    match cmd {
        SyncCommand::Join { code } => {
            Laptop::open(&mut db, &data_dir).map_err(session::sync_error)?.join(&code).map_err(session::sync_error)?;
            let code = sync::code::display(&sync::code::normalise(&code).map_err(session::sync_error)?);
            if ctx.json {
                return ctx.print_json(&serde_json::json!({ "joined": code }));
            }
            println!("{}", ctx.t("sync-joined", &[("code", arg(code))]));
            Ok(())
        }
        SyncCommand::Export(args) => export(ctx, &mut db, &data_dir, &args),
        SyncCommand::Import { file } => {
            let summary = Laptop::open(&mut db, &data_dir)
                .and_then(|mut laptop| laptop.import(&file))
                .map_err(session::sync_error)?;
            if ctx.json {
                return ctx.print_json(&summary);
            }
            if summary.joined {
                println!("{}", ctx.t("sync-joined-school", &[("sender", arg(summary.sender_label.as_str()))]));
            }
            if summary.paired {
                println!("{}", ctx.t("sync-paired", &[("label", arg(summary.sender_label.as_str()))]));
            }
            let words = session::sync_words(&ctx.tr, &summary.tables);
            println!(
                "{}",
                ctx.t("sync-imported", &[("sender", arg(summary.sender_label.as_str())), ("summary", arg(words))])
            );
            if summary.conflicts > 0 {
                println!("{}", ctx.t("sync-conflicts-found", &[("count", arg(summary.conflicts))]));
            }
            Ok(())
        }
        SyncCommand::Serve { listen, teacher } => {
            let by = sign_in(ctx, &mut db, &teacher)?;
            let bind = listen.unwrap_or_else(|| (std::net::Ipv4Addr::UNSPECIFIED, lan::DEFAULT_PORT).into());
            let server = lan::Server::start(ctx.open_db()?, &data_dir, bind, by, true).map_err(session::lan_error)?;
            if ctx.json {
                ctx.print_json(&serde_json::json!({ "address": server.addr().to_string() }))?;
            } else {
                println!("{}", ctx.t("sync-serving", &[("address", arg(server.addr().to_string()))]));
            }
            let mut line = String::new();
            let _ = std::io::stdin().read_line(&mut line);
            drop(server);
            Ok(())
        }
        SyncCommand::Lan { address } => {
            let address = match address {
                Some(address) => address,
                None => {
                    let school =
                        Laptop::open(&mut db, &data_dir).and_then(|l| l.school_id()).map_err(session::sync_error)?;
                    let found = lan::discover(school.as_deref(), std::time::Duration::from_secs(4));
                    let first = found.into_iter().next();
                    first.map(|f| f.address).ok_or_else(|| {
                        session::lan_error(lan::LanError::Unreachable {
                            address: "mDNS".into(),
                            detail: "no teacher's laptop announced itself".into(),
                        })
                    })?
                }
            };
            let done = lan::sync_with(&mut db, &data_dir, &address, lan::Limit::default(), &|_, _| {})
                .map_err(session::lan_error)?;
            if ctx.json {
                return ctx.print_json(&done);
            }
            let sent = session::sync_words(&ctx.tr, &done.sent.tables);
            let received = session::sync_words(&ctx.tr, &done.received.tables);
            println!(
                "{}",
                ctx.t(
                    "sync-lan-done",
                    &[("server", arg(done.server.as_str())), ("sent", arg(sent)), ("received", arg(received))]
                )
            );
            Ok(())
        }
        SyncCommand::Devices { teacher } => {
            sign_in(ctx, &mut db, &teacher)?;
            let devices =
                Laptop::open(&mut db, &data_dir).and_then(|l| l.device_statuses()).map_err(session::sync_error)?;
            if ctx.json {
                return ctx.print_json(&devices);
            }
            for d in devices {
                let state = if d.cert.revoked { ctx.t("sync-device-removed-state", &[]) } else { d.cert.role.clone() };
                let last = d.last_sync.unwrap_or_else(|| "-".into());
                println!("{:<20} {:<8} {:<26} {:>6}  {}", d.cert.label, state, last, d.lacking, d.cert.device_id);
            }
            Ok(())
        }
        SyncCommand::Remove { device, teacher } => {
            let by = sign_in(ctx, &mut db, &teacher)?;
            Laptop::open(&mut db, &data_dir)
                .and_then(|mut laptop| laptop.remove_device(&by, &device))
                .map_err(session::sync_error)?;
            if ctx.json {
                return ctx.print_json(&serde_json::json!({ "removed": device }));
            }
            println!("{}", ctx.t("sync-device-removed", &[("device", arg(device.as_str()))]));
            Ok(())
        }
        SyncCommand::Conflicts { teacher } => {
            sign_in(ctx, &mut db, &teacher)?;
            let conflicts = db.conflicts()?;
            if ctx.json {
                return ctx.print_json(&conflicts);
            }
            for c in conflicts {
                println!("{} {} {}: {} ← {} ({})", c.entity, c.entity_id, c.field, c.kept_value, c.other_value, c.at);
            }
            Ok(())
        }
    }
}

fn export(ctx: &Context, db: &mut LearnerDb, data_dir: &std::path::Path, args: &ExportArgs) -> Result<()> {
    let teacher_laptop = Laptop::open(db, data_dir).and_then(|l| l.is_teacher_laptop()).map_err(session::sync_error)?;
    let by = if teacher_laptop || args.class.is_some() { Some(sign_in(ctx, db, &args.teacher)?) } else { None };
    let target = match (&args.device, &args.class, args.full) {
        (Some(device), _, _) => Target::Device(device.clone()),
        (_, Some(class), _) => Target::Class(class.clone()),
        (_, _, true) => Target::Full,
        _ => Target::Default,
    };
    let summary = Laptop::open(db, data_dir)
        .and_then(|mut laptop| laptop.export(&args.to, &target, by.as_ref()))
        .map_err(session::sync_error)?;
    if ctx.json {
        return ctx.print_json(&summary);
    }
    let words = session::sync_words(&ctx.tr, &summary.tables);
    let size = format!("{:.1} KB", summary.bytes as f64 / 1024.0);
    println!(
        "{}",
        ctx.t(
            "sync-exported",
            &[("file", arg(args.to.display().to_string())), ("summary", arg(words)), ("size", arg(size))]
        )
    );
    Ok(())
}
