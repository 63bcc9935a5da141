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

/// The speech model this laptop loads and why: [`catalog::Catalog::speech_model`] for its memory
/// and the speech worker's CPU tier here.
pub fn speech_model(catalog: &catalog::Catalog) -> Option<(&catalog::ModelEntry, catalog::SpeechChoice)> {
    let full_cpu = supervisor::Config::asr_beside_current_exe().tier() == supervisor::Tier::Full;
    catalog.speech_model(system::memory().total_bytes, full_cpu)
}

/// Whisper's name for the language a reader of `locale` is heard in. Punjabi readers are heard
/// as Urdu: asked for Punjabi ("pa"), Whisper writes Gurmukhi or Latin letters, never
/// Shahmukhi (measured on espeak-ng clips, see `ustad bench asr`), and most Punjabi readers
/// speak Urdu at school; the app tells them so. Whisper writes Sindhi and Pashto in their
/// Arabic script.
pub fn whisper_language(locale: &str) -> &'static str {
    match locale {
        "ur" | "pa-Arab" => "ur",
        "ps" => "ps",
        "sd" => "sd",
        _ => "en",
    }
}

#[cfg(test)]
mod language_tests {
    #[test]
    fn punjabi_readers_are_heard_as_urdu() {
        assert_eq!(super::whisper_language("pa-Arab"), "ur");
        assert_eq!(super::whisper_language("sd"), "sd");
        assert_eq!(super::whisper_language("en"), "en");
    }
}
