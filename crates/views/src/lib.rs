//! What the app's screens show, as serialisable values built from the pack, the learner
//! database and the model catalogue, with their TypeScript declarations ([`typescript`]) so
//! that the UI and Rust cannot disagree. The Tauri shell turns each command into a call here.

pub mod laptops;
pub mod lessons;
pub mod markdown;
pub mod teacher;

pub use error_codes::ErrorCode;
use serde::Serialize;
use ts_rs::TS;

pub use laptops::{
    ConflictRow, DeviceRow, JoinCode, LearnerSync, PackInstalled, SyncDone, SyncOutcome, SyncPage, SyncProgress,
    UsbDrive, UsbInstaller, UsbModel, UsbOffer, UsbUpdate,
};
pub use lessons::{
    Feedback, GlossaryTerm, LessonCard, LessonView, QuizOption, QuizQuestion, QuizResult, QuizView, SectionView,
    SubjectGroup,
};
pub use markdown::{Block, Inline};
pub use teacher::{ClassCard, ClassPage, ExchangeView, GroupView, HelpItem, LessonOption, TeacherHome, TeacherView};

/// An error as the UI receives it: a stable code it translates, and the message in the
/// learner's language for the case it has no message of its own.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppError {
    pub code: ErrorCode,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct LocaleInfo {
    pub code: String,
    /// The language's name in its own script.
    pub name: String,
    pub dir: String,
}

/// The five languages of the app, each named in its own script.
pub fn locales() -> Vec<LocaleInfo> {
    [("en", "English"), ("ur", "اردو"), ("ps", "پښتو"), ("sd", "سنڌي"), ("pa-Arab", "پنجابی")]
        .into_iter()
        .map(|(code, name)| LocaleInfo { code: code.into(), name: name.into(), dir: lessons::dir(code).into() })
        .collect()
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct Learner {
    pub id: String,
    pub name: String,
    pub avatar: Option<String>,
    pub has_pin: bool,
    pub locale: String,
}

impl From<learner::Profile> for Learner {
    fn from(p: learner::Profile) -> Learner {
        Learner { id: p.id, name: p.name, avatar: p.avatar, has_pin: p.has_pin, locale: p.locale }
    }
}

/// One worker's state, as the status chip shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct EngineState {
    #[ts(type = "\"absent\" | \"loading\" | \"ready\" | \"failed\"")]
    pub state: String,
    /// The model's id in the catalogue.
    pub model: Option<String>,
    /// Why it failed, when it did.
    pub code: Option<ErrorCode>,
}

impl EngineState {
    pub fn new(state: &str, model: Option<&str>, code: Option<ErrorCode>) -> EngineState {
        EngineState { state: state.into(), model: model.map(Into::into), code }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Engines {
    pub tutor: EngineState,
    pub speech: EngineState,
    /// Counts the changes: the UI keeps the newest of a snapshot and the `engines` events,
    /// whichever order they arrive in.
    pub version: u32,
}

/// Everything the first screen needs.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Start {
    /// The language chosen on this laptop; none before the first run's choice.
    pub locale: Option<String>,
    pub locales: Vec<LocaleInfo>,
    pub learners: Vec<Learner>,
    pub learner: Option<Learner>,
    /// Text size in percent.
    pub text_size: u32,
    pub engines: Engines,
}

/// A piece of the answer being written for request `request`.
#[derive(Debug, Clone, Serialize, TS)]
pub struct TutorPiece {
    pub request: u32,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct TutorReply {
    pub request: u32,
    pub answer: String,
    #[ts(type = "\"llm\" | \"curriculum\" | \"hint\" | \"blocked\" | \"out_of_scope\" | \"arithmetic\"")]
    pub mode: String,
    pub citations: Vec<tutor::Citation>,
    /// Lessons to look at when the lessons do not cover the question.
    pub suggestions: Vec<tutor::Suggestion>,
    pub note: Option<String>,
    pub model: Option<String>,
    /// The child pressed Stop: `answer` is what was written until then.
    pub stopped: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct MicLevel {
    /// 0 to 1.
    pub level: f32,
    pub seconds: f32,
    /// The 60 s cap was reached; the recording stopped growing.
    pub capped: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct Transcript {
    pub text: String,
    pub language: String,
    pub duration_s: f64,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ModelInfo {
    pub id: String,
    pub role: String,
    pub name: String,
    pub file: String,
    pub size_bytes: f64,
    pub sha256: String,
    pub license: String,
    pub languages: Vec<String>,
    pub installed: bool,
    /// The catalogue's default for its role: missing, it is a problem; an optional model
    /// that is not installed is simply not installed.
    pub default: bool,
}

impl From<catalog::ModelStatus> for ModelInfo {
    fn from(s: catalog::ModelStatus) -> ModelInfo {
        let e = s.entry;
        ModelInfo {
            id: e.id,
            role: format!("{:?}", e.role).to_lowercase(),
            name: e.name,
            file: e.file,
            size_bytes: e.size as f64,
            sha256: e.sha256,
            license: e.licence,
            languages: e.languages,
            installed: s.installed,
            default: e.default,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DoctorCheck {
    pub name: String,
    pub ok: bool,
    /// Ustad cannot work as installed while this check fails (others say how well it works).
    pub required: bool,
    pub detail: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct Settings {
    pub locale: String,
    pub text_size: u32,
    pub threads: u32,
    pub max_threads: u32,
    pub models: Vec<ModelInfo>,
    pub doctor: Vec<DoctorCheck>,
    pub data_dir: String,
    /// The content pack: id, version and number of lessons.
    pub pack: String,
}

/// The TypeScript declarations of every type above, as `ui/src/lib/bindings.ts` holds them.
pub fn typescript() -> String {
    let cfg = ts_rs::Config::default();
    let decls = [
        ErrorCode::decl(&cfg),
        AppError::decl(&cfg),
        LocaleInfo::decl(&cfg),
        Learner::decl(&cfg),
        EngineState::decl(&cfg),
        Engines::decl(&cfg),
        Start::decl(&cfg),
        LessonCard::decl(&cfg),
        SubjectGroup::decl(&cfg),
        Inline::decl(&cfg),
        Block::decl(&cfg),
        SectionView::decl(&cfg),
        GlossaryTerm::decl(&cfg),
        LessonView::decl(&cfg),
        QuizOption::decl(&cfg),
        QuizQuestion::decl(&cfg),
        QuizView::decl(&cfg),
        Feedback::decl(&cfg),
        QuizResult::decl(&cfg),
        tutor::Citation::decl(&cfg),
        tutor::Suggestion::decl(&cfg),
        TutorPiece::decl(&cfg),
        TutorReply::decl(&cfg),
        MicLevel::decl(&cfg),
        Transcript::decl(&cfg),
        ModelInfo::decl(&cfg),
        DoctorCheck::decl(&cfg),
        Settings::decl(&cfg),
        TeacherView::decl(&cfg),
        ClassCard::decl(&cfg),
        reports::HelpReason::decl(&cfg),
        HelpItem::decl(&cfg),
        ExchangeView::decl(&cfg),
        TeacherHome::decl(&cfg),
        GroupView::decl(&cfg),
        LessonOption::decl(&cfg),
        reports::Status::decl(&cfg),
        reports::HardQuestion::decl(&cfg),
        reports::AssignmentLine::decl(&cfg),
        reports::LearnerLine::decl(&cfg),
        reports::Week::decl(&cfg),
        reports::LessonRef::decl(&cfg),
        reports::NeedsHelp::decl(&cfg),
        reports::Uncovered::decl(&cfg),
        reports::MarkedAnswer::decl(&cfg),
        reports::ClassReport::decl(&cfg),
        ClassPage::decl(&cfg),
        reports::LearnerReport::decl(&cfg),
        reports::LessonLine::decl(&cfg),
        reports::AttemptPoint::decl(&cfg),
        UsbDrive::decl(&cfg),
        DeviceRow::decl(&cfg),
        ConflictRow::decl(&cfg),
        SyncPage::decl(&cfg),
        SyncOutcome::decl(&cfg),
        LearnerSync::decl(&cfg),
        SyncDone::decl(&cfg),
        JoinCode::decl(&cfg),
        SyncProgress::decl(&cfg),
        UsbUpdate::decl(&cfg),
        UsbOffer::decl(&cfg),
        UsbModel::decl(&cfg),
        UsbInstaller::decl(&cfg),
        PackInstalled::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from Rust by the views crate's test `typescript_bindings_are_current`; do not edit.\n",
    );
    for decl in decls {
        out.push_str(&format!("\nexport {decl}\n"));
    }
    // The message that explains each code (`locales/*/*.ftl`), as Rust names it.
    out.push_str("\n/** The Fluent message that explains each error code. */\nexport const ERROR_MESSAGES: Record<ErrorCode, string> = {\n");
    for code in ErrorCode::ALL {
        out.push_str(&format!("  {}: \"{}\",\n", code.as_str(), code.message_id()));
    }
    out.push_str("};\n");
    out.push_str(
        "\n/** The profile pictures (the learner database stores the picture) and their names' message ids. */\n",
    );
    out.push_str("export const AVATARS = [\n");
    for (name, picture) in learner::AVATARS {
        out.push_str(&format!("  {{ emoji: \"{picture}\", name: \"avatar-{name}\" }},\n"));
    }
    out.push_str("] as const;\n");
    out
}
