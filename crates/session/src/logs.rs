//! The log for field support: one size-capped file in the data folder (`logs/ustad.log`, moved
//! to `ustad.log.1` when it passes 1 MiB, so at most 2 MiB), written through `tracing` by the
//! app, the `ustad` command and the supervisor. It holds codes, timings, versions, tiers and how
//! workers ended, never what a child wrote or said: the callers log ids, modes and codes only.
//! `USTAD_LOG=debug` writes more; `USTAD_LOG=off` nothing. [`save_bundle`] writes what `ustad doctor
//! --bundle` and the teacher's "save diagnostics" write for a district's support desk.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tracing::field::{Field, Visit};
use tracing::level_filters::LevelFilter;
use tracing::{span, Event, Metadata, Subscriber};

pub const LOG_DIR: &str = "logs";
pub const LOG_FILE: &str = "ustad.log";
/// Past this size the log is moved aside and a new one begun.
const CAP: u64 = 1 << 20;

/// The log file of `data_dir`.
pub fn log_path(data_dir: &Path) -> PathBuf {
    data_dir.join(LOG_DIR).join(LOG_FILE)
}

struct FileLog {
    path: PathBuf,
    program: &'static str,
    max: LevelFilter,
    file: Mutex<Option<std::fs::File>>,
}

/// Starts logging `program`'s events to the log of `data_dir` (once per process; a second
/// call, or a folder that cannot be written, leaves logging as it is).
pub fn init(data_dir: &Path, program: &'static str) {
    let max = match std::env::var("USTAD_LOG").ok().as_deref().map(str::trim) {
        Some("off") => return,
        Some("debug") => LevelFilter::DEBUG,
        Some("trace") => LevelFilter::TRACE,
        Some("warn") => LevelFilter::WARN,
        _ => LevelFilter::INFO,
    };
    let path = log_path(data_dir);
    if std::fs::create_dir_all(path.parent().expect("a folder")).is_err() {
        return;
    }
    let log = FileLog { path, program, max, file: Mutex::new(None) };
    if tracing::subscriber::set_global_default(log).is_ok() {
        tracing::info!(version = env!("CARGO_PKG_VERSION"), "started");
    }
}

impl FileLog {
    fn write(&self, line: &str) {
        let mut file = self.file.lock().unwrap_or_else(|e| e.into_inner());
        let full = std::fs::metadata(&self.path).is_ok_and(|m| m.len() > CAP);
        if full {
            *file = None;
            let _ = std::fs::rename(&self.path, self.path.with_extension("log.1"));
        }
        if file.is_none() {
            *file = std::fs::OpenOptions::new().create(true).append(true).open(&self.path).ok();
        }
        if let Some(out) = file.as_mut() {
            let _ = out.write_all(line.as_bytes());
        }
    }
}

/// An event's message and fields as `message key=value ...`.
#[derive(Default)]
struct Line(String);

impl Visit for Line {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            self.0.insert_str(0, &format!("{value:?}"));
        } else {
            self.0.push_str(&format!(" {}={value:?}", field.name()));
        }
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.0.insert_str(0, value);
        } else {
            self.0.push_str(&format!(" {}={value:?}", field.name()));
        }
    }
}

impl Subscriber for FileLog {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        self.max >= *metadata.level()
    }

    fn event(&self, event: &Event<'_>) {
        let mut line = Line::default();
        event.record(&mut line);
        let now = time::OffsetDateTime::now_utc();
        let stamp = format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            now.year(),
            u8::from(now.month()),
            now.day(),
            now.hour(),
            now.minute(),
            now.second()
        );
        let meta = event.metadata();
        let target = meta.target().split("::").next().unwrap_or_default();
        self.write(&format!("{stamp} {:<5} {} {target}: {}\n", meta.level(), self.program, line.0));
    }

    fn new_span(&self, _: &span::Attributes<'_>) -> span::Id {
        span::Id::from_u64(1)
    }
    fn record(&self, _: &span::Id, _: &span::Record<'_>) {}
    fn record_follows_from(&self, _: &span::Id, _: &span::Id) {}
    fn enter(&self, _: &span::Id) {}
    fn exit(&self, _: &span::Id) {}
}

/// The last `bytes` of the log (its older file first), as text.
pub fn tail(data_dir: &Path, bytes: usize) -> String {
    let path = log_path(data_dir);
    let mut all = std::fs::read(path.with_extension("log.1")).unwrap_or_default();
    all.extend(std::fs::read(&path).unwrap_or_default());
    let start = all.len().saturating_sub(bytes);
    // From the start of a line.
    let start =
        all[start..].iter().position(|b| *b == b'\n').map_or(start, |i| if start == 0 { 0 } else { start + i + 1 });
    String::from_utf8_lossy(&all[start..]).into_owned()
}

/// What a support desk reads about this laptop: `report` (the doctor's report), the log's last
/// 256 KB, and the settings of `db` that describe the laptop rather than a person
/// ([`BUNDLE_SETTINGS`]), written to `file` through a temporary file. The home folder is
/// written `~`; names, PINs and what children asked are not in any of it.
pub fn save_bundle(
    file: &Path,
    data_dir: &Path,
    report: &serde_json::Value,
    db: Option<&learner::LearnerDb>,
) -> std::io::Result<()> {
    let settings: std::collections::BTreeMap<&str, String> = match db {
        Some(db) => BUNDLE_SETTINGS.iter().filter_map(|key| Some((*key, db.setting(key).ok()??))).collect(),
        None => Default::default(),
    };
    let mut text = serde_json::json!({
        "format": "ustad-diagnostics-1",
        "created": time::OffsetDateTime::now_utc().unix_timestamp(),
        "program_version": env!("CARGO_PKG_VERSION"),
        "doctor": report,
        "settings": settings,
        "log": tail(data_dir, 256 * 1024),
    })
    .to_string();
    if let Some(home) = std::env::var_os("HOME").map(|h| h.to_string_lossy().into_owned()).filter(|h| h.len() > 1) {
        text = text.replace(&home, "~");
    }
    let pretty = serde_json::to_vec_pretty(&serde_json::from_str::<serde_json::Value>(&text).expect("JSON"))
        .expect("a bundle serialises");
    let partial = file.with_extension("partial");
    std::fs::write(&partial, pretty)?;
    std::fs::rename(&partial, file)
}

/// The settings a bundle may hold: the laptop's own, no person's.
const BUNDLE_SETTINGS: [&str; 6] = ["locale", "threads", "text_size", "provisioned_id", "school_name", "district"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_is_moved_aside_past_its_cap_and_the_tail_starts_on_a_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = log_path(dir.path());
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let log = FileLog { path: path.clone(), program: "test", max: LevelFilter::INFO, file: Mutex::new(None) };
        let line = format!("{}\n", "x".repeat(99));
        for _ in 0..(3 * CAP / 100) {
            log.write(&line);
        }
        let older = std::fs::metadata(path.with_extension("log.1")).unwrap().len();
        let newer = std::fs::metadata(&path).unwrap().len();
        assert!(older <= CAP + 100 && newer <= CAP + 100, "{older} {newer}");
        assert!(older + newer < 3 * CAP, "at most two files are kept");
        let tail = tail(dir.path(), 1000);
        assert!(tail.len() <= 1000 && tail.starts_with('x') && tail.ends_with('\n'));
        assert_eq!(tail.lines().next().unwrap().len(), 99, "the tail starts at a line");
    }
}
