//! Errors as the user sees them: a stable code and a message in the user's language, for the
//! CLI (stderr, or `{"error": {"code", "message"}}` with --json) and the app (`{ code, message }`).

use error_codes::ErrorCode;
use i18n::{arg, Translator};

/// Errors of the programs themselves (the libraries have their own).
#[derive(Debug, thiserror::Error)]
pub enum UserError {
    #[error("no learner profile")]
    NoLearner,
    #[error("{0} learners; which one?")]
    WhichLearner(usize),
    #[error("{0} teachers; which one?")]
    WhichTeacher(usize),
    #[error("this cannot be undone; confirm with --yes")]
    ConfirmNeeded,
    #[error("{count} learners are called {name}")]
    SameName { name: String, count: usize },
    #[error("the quiz was not finished")]
    QuizAbandoned,
    #[error("this question is already answered")]
    QuizAnswered,
    #[error("{answered} of {total} questions answered")]
    QuizUnfinished { answered: usize, total: usize },
    #[error("no quiz of this lesson is open")]
    QuizNotStarted,
    #[error("no question {0}")]
    QuestionNotFound(String),
    #[error("this learner has a PIN")]
    PinRequired,
    #[error("wrong PIN")]
    PinWrong,
    #[error("no name given")]
    NameRequired,
    #[error("no recording is running")]
    NotRecording,
    #[error("the response is not one of the answers this question takes")]
    ResponseNotUnderstood,
    #[error("a question set of the evaluation cannot be read: {0}")]
    EvalSetInvalid(String),
    #[error("the evaluation missed a target")]
    EvalTargetMissed,
    #[error("{0} checks of this laptop failed")]
    ChecksFailed(usize),
    #[error("the pack is version {found}, older than the installed {installed}")]
    PackRollback { found: String, installed: String },
    #[error("{file}, line {line}: {detail}")]
    ProvisionInvalid { file: String, line: usize, detail: String },
}

impl UserError {
    pub fn code(&self) -> ErrorCode {
        match self {
            UserError::NoLearner => ErrorCode::NoLearner,
            UserError::WhichLearner(_) => ErrorCode::WhichLearner,
            UserError::SameName { .. } => ErrorCode::SameName,
            UserError::WhichTeacher(_) => ErrorCode::WhichTeacher,
            UserError::ConfirmNeeded => ErrorCode::ConfirmNeeded,
            UserError::QuizAbandoned => ErrorCode::QuizAbandoned,
            UserError::QuizAnswered => ErrorCode::QuizAnswered,
            UserError::QuizUnfinished { .. } => ErrorCode::QuizUnfinished,
            UserError::QuizNotStarted => ErrorCode::QuizNotStarted,
            UserError::QuestionNotFound(_) => ErrorCode::QuestionNotFound,
            UserError::PinRequired => ErrorCode::PinRequired,
            UserError::PinWrong => ErrorCode::PinWrong,
            UserError::NameRequired => ErrorCode::NameRequired,
            UserError::NotRecording => ErrorCode::NotRecording,
            UserError::ResponseNotUnderstood => ErrorCode::ResponseNotUnderstood,
            UserError::EvalSetInvalid(_) => ErrorCode::EvalSetInvalid,
            UserError::EvalTargetMissed => ErrorCode::EvalTargetMissed,
            UserError::ChecksFailed(_) => ErrorCode::ChecksFailed,
            UserError::PackRollback { .. } => ErrorCode::PackRollback,
            UserError::ProvisionInvalid { .. } => ErrorCode::ProvisionInvalid,
        }
    }
}

/// A sync error as the program passes it on: one of the learner database is that error
/// itself, so that it is described as such.
pub fn sync_error(err: sync::SyncError) -> anyhow::Error {
    match err {
        sync::SyncError::Learner(db) => db.into(),
        other => other.into(),
    }
}

/// A network sync error as the program passes it on (the sync or database error inside as
/// itself, so that it is described as such).
pub fn lan_error(err: lan::LanError) -> anyhow::Error {
    match err {
        lan::LanError::Sync(e) => sync_error(e),
        lan::LanError::Learner(e) => e.into(),
        other => other.into(),
    }
}

/// The code and translated message of any error the program can meet.
pub fn describe(ctx: &Translator, err: &anyhow::Error) -> (ErrorCode, String) {
    use learner::LearnerDbError as Db;
    use pack::PackError as Pack;
    let path = |p: &std::path::Path| arg(p.display().to_string());
    if let Some(e) = err.downcast_ref::<Pack>() {
        let message = match e {
            Pack::NotFound(p) => ctx.t("error-pack-not-found", &[("path", path(p))]),
            Pack::NotAPack(p) => ctx.t("error-pack-invalid", &[("path", path(p))]),
            Pack::UnsupportedVersion { path: p, found, supported } => ctx
                .t("error-pack-version", &[("path", path(p)), ("found", arg(*found)), ("supported", arg(*supported))]),
            Pack::Corrupt(detail) => ctx.t("error-pack-corrupt", &[("detail", arg(detail.as_str()))]),
            Pack::LessonNotFound(id) => ctx.t("error-lesson-not-found", &[("id", arg(id.as_str()))]),
            Pack::Io { .. } => ctx.t("error-io", &[("detail", arg(e.to_string()))]),
            Pack::Sqlite(_) | Pack::Json(_) => ctx.t("error-pack-corrupt", &[("detail", arg(e.to_string()))]),
        };
        return (e.code(), message);
    }
    if let Some(e) = err.downcast_ref::<Db>() {
        let message = match e {
            Db::Corrupt { path: p, detail } => {
                ctx.t("error-db-corrupt", &[("path", path(p)), ("detail", arg(detail.as_str()))])
            }
            Db::TooNew { path: p, .. } => ctx.t("error-db-too-new", &[("path", path(p))]),
            Db::DiskFull => ctx.t("error-disk-full", &[]),
            Db::ProfileExists { name, .. } => ctx.t("error-profile-exists", &[("name", arg(name.as_str()))]),
            Db::ProfileNotFound(name) => ctx.t("error-profile-not-found", &[("name", arg(name.as_str()))]),
            Db::PinInvalid | Db::PasswordInvalid | Db::PasswordWrong | Db::NotAuthorised => {
                ctx.t(e.code().message_id(), &[])
            }
            Db::ClassNotFound(name) | Db::GroupNotFound(name) => {
                ctx.t(e.code().message_id(), &[("name", arg(name.as_str()))])
            }
            Db::PinLocked { seconds } => ctx.t("error-pin-locked", &[("seconds", arg(*seconds))]),
            Db::Invalid(detail) => ctx.t("error-invalid-input", &[("detail", arg(detail.as_str()))]),
            Db::Io { .. } => ctx.t("error-io", &[("detail", arg(e.to_string()))]),
            Db::Sqlite(_) => ctx.t("error-internal", &[("detail", arg(e.to_string()))]),
        };
        return (e.code(), message);
    }
    if let Some(e) = err.downcast_ref::<sync::SyncError>() {
        use sync::SyncError as S;
        let message = match e {
            S::NotABundle { path: p } => ctx.t("error-sync-not-a-bundle", &[("path", path(p))]),
            S::Io { .. } => ctx.t("error-io", &[("detail", arg(e.to_string()))]),
            // Passed on as the database's own error by `sync_error`; here only if not.
            S::Learner(inner) => inner.to_string(),
            _ => ctx.t(e.code().message_id(), &[]),
        };
        return (e.code(), message);
    }
    // A model pack's signature is checked like a content pack's, and said the same way.
    let signed = err.downcast_ref::<signing::SigningError>().or(match err.downcast_ref::<catalog::CatalogError>() {
        Some(catalog::CatalogError::Signing(e)) => Some(e),
        _ => None,
    });
    if let Some(e) = signed {
        let message = match e {
            signing::SigningError::Unsigned { path: p }
            | signing::SigningError::SignatureInvalid { path: p }
            | signing::SigningError::KeyUntrusted { path: p } => ctx.t(e.code().message_id(), &[("path", path(p))]),
            signing::SigningError::Io { .. } | signing::SigningError::KeyInvalid { .. } => {
                ctx.t("error-io", &[("detail", arg(e.to_string()))])
            }
            _ => ctx.t(e.code().message_id(), &[("path", arg(""))]),
        };
        return (e.code(), message);
    }
    if let Some(e) = err.downcast_ref::<lan::LanError>() {
        let message = match e {
            lan::LanError::Unreachable { address, .. } => {
                ctx.t("error-lan-unreachable", &[("address", arg(address.as_str()))])
            }
            lan::LanError::Io { .. } => ctx.t("error-io", &[("detail", arg(e.to_string()))]),
            lan::LanError::Refused { code, .. } => ctx.t(code.message_id(), &[]),
            _ => ctx.t(e.code().message_id(), &[]),
        };
        return (e.code(), message);
    }
    if let Some(e) = err.downcast_ref::<curriculum::ReadError>() {
        return match e {
            curriculum::ReadError::Invalid(diags) => {
                let count = diags.errors().count();
                let message = format!("{}{}", diags, ctx.t("error-curriculum-invalid", &[("count", arg(count))]));
                (ErrorCode::CurriculumInvalid, message)
            }
            curriculum::ReadError::Io { .. } => {
                (ErrorCode::IoError, ctx.t("error-io", &[("detail", arg(e.to_string()))]))
            }
        };
    }
    if let Some(e) = err.downcast_ref::<UserError>() {
        let message = match e {
            UserError::WhichLearner(n) => ctx.t("error-which-learner", &[("count", arg(*n))]),
            UserError::WhichTeacher(n) => ctx.t("error-which-teacher", &[("count", arg(*n))]),
            UserError::SameName { name, count } => {
                ctx.t("error-same-name", &[("name", arg(name.as_str())), ("count", arg(*count))])
            }
            UserError::ChecksFailed(n) => ctx.t("error-checks-failed", &[("count", arg(*n))]),
            UserError::PackRollback { found, installed } => ctx.t(
                "error-pack-rollback-version",
                &[("found", arg(found.as_str())), ("installed", arg(installed.as_str()))],
            ),
            UserError::QuizUnfinished { answered, total } => {
                ctx.t("error-quiz-unfinished", &[("answered", arg(*answered)), ("total", arg(*total))])
            }
            UserError::QuestionNotFound(id) => ctx.t("error-question-not-found", &[("id", arg(id.as_str()))]),
            UserError::ProvisionInvalid { file, line, detail } => ctx.t(
                "error-provision-invalid",
                &[("file", arg(file.as_str())), ("line", arg(*line)), ("detail", arg(detail.as_str()))],
            ),
            UserError::EvalSetInvalid(detail) => ctx.t("error-eval-set-invalid", &[("detail", arg(detail.as_str()))]),
            _ => ctx.t(e.code().message_id(), &[]),
        };
        return (e.code(), message);
    }
    if let Some(e) = err.downcast_ref::<catalog::CatalogError>() {
        use catalog::CatalogError as C;
        let detail = |d: String| ctx.t("error-model-detail", &[("detail", arg(d))]);
        let message = match e {
            C::UnknownModel(id) => ctx.t("error-model-unknown", &[("id", arg(id.as_str()))]),
            C::NoSource { id, file } => {
                ctx.t("error-model-no-source", &[("id", arg(id.as_str())), ("file", arg(file.as_str()))])
            }
            C::Download { .. } => ctx.t("error-model-download", &[("detail", arg(e.to_string()))]),
            C::ChecksumMismatch { file, .. } => ctx.t("error-model-checksum", &[("file", arg(file.as_str()))]),
            C::InvalidModel { path: p, .. } | C::Unsupported { path: p, .. } => {
                format!("{} {}", ctx.t("error-model-invalid", &[("path", arg(p.as_str()))]), detail(e.to_string()))
            }
            C::NotChat { path: p } => ctx.t("error-model-not-chat", &[("path", arg(p.as_str()))]),
            _ => detail(e.to_string()),
        };
        return (e.code(), message);
    }
    if let Some(e) = err.downcast_ref::<supervisor::AsrError>() {
        // Said of listening ("error-asr-timeout"), where there is such a message.
        let key = format!("error-asr-{}", e.code.as_str().to_ascii_lowercase().replace('_', "-"));
        let detail = [("detail", arg(e.message.as_str()))];
        let translated = ctx.t(&key, &detail);
        let message = if translated == key { ctx.t(e.code.message_id(), &detail) } else { translated };
        return (e.code, message);
    }
    if let Some(e) = err.downcast_ref::<microphone::MicError>() {
        let key = format!("error-mic-{}", e.code().as_str().to_ascii_lowercase().replace('_', "-"));
        return (e.code(), ctx.t(&key, &[("detail", arg(e.to_string()))]));
    }
    if let Some(e) = err.downcast_ref::<printout::PrintError>() {
        return (e.code(), ctx.t("error-io", &[("detail", arg(e.to_string()))]));
    }
    if let Some(e) = err.downcast_ref::<tutor::TutorError>() {
        return (e.code(), ctx.t("error-tutor-failed", &[("detail", arg(e.to_string()))]));
    }
    if let Some(e) = err.downcast_ref::<search::SearchError>() {
        return (ErrorCode::SearchFailed, ctx.t("error-pack-corrupt", &[("detail", arg(e.to_string()))]));
    }
    if let Some(e) = err.downcast_ref::<std::io::Error>() {
        return (ErrorCode::IoError, ctx.t("error-io", &[("detail", arg(e.to_string()))]));
    }
    (ErrorCode::Internal, ctx.t("error-internal", &[("detail", arg(format!("{err:#}")))]))
}
