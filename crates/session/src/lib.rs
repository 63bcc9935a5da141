//! What the `ustad` CLI and the desktop app share, so that neither copies the other: where data
//! lives ([`paths`]), the tutor's model worker ([`llm`]), a tutor conversation that records every
//! exchange ([`conversation`]), errors as stable codes with translated messages ([`errors`]), and
//! the checks of a laptop ([`doctor`]), a quiz attempt graded on the Rust side ([`quiz`]), and
//! installing packs and provisioning files from USB ([`packs`], [`provision`]).

pub mod conversation;
pub mod doctor;
pub mod errors;
pub mod llm;
pub mod logs;
pub mod packs;
pub mod paths;
pub mod provision;
pub mod quiz;
pub mod report;
pub mod syncing;
pub mod update;

pub use conversation::{Asking, Conversation};
pub use errors::{describe, lan_error, sync_error, UserError};
pub use llm::{threads, WorkerGenerator, TUTOR_CONTEXT};
pub use packs::{install_model_pack, install_pack, Installed};
pub use paths::{cache_dir, Paths, DEFAULT_PACK};
pub use quiz::QuizAttempt;
pub use report::{help_text, report_csv, report_pdf, report_words, today};
pub use syncing::{join_qr, sync_words};

/// Whisper's name for the language of a locale.
pub fn whisper_language(locale: &str) -> &'static str {
    match locale {
        "ur" => "ur",
        "ps" => "ps",
        "sd" => "sd",
        "pa-Arab" => "pa",
        _ => "en",
    }
}
