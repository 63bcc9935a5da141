//! The one vocabulary of stable error codes. Every library's public error has a `code()` that
//! returns an [`ErrorCode`]; the workers send them on the wire; the CLI prints them
//! (`error [PACK_NOT_FOUND]: ...`, `{"error": {"code": ...}}`); the app's UI gets them as a
//! TypeScript union (through `views`). Each code names the Fluent message (`locales/*/*.ftl`)
//! that tells the user what happened; a test in `i18n` checks that every one exists in every
//! locale. A code never changes once shipped: scripts and stored audit records hold them.

use serde::{Deserialize, Deserializer, Serialize};
use ts_rs::TS;

macro_rules! codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $code:literal => $message:literal,)*) => {
        /// A stable error code (see the crate's documentation).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
        pub enum ErrorCode {
            $($(#[doc = $doc])* #[serde(rename = $code)] $variant,)*
        }

        impl ErrorCode {
            /// Every code, in the order declared.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)*];

            /// The code as scripts and the UI see it (`PACK_NOT_FOUND`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $code,)*
                }
            }

            /// The id of the Fluent message that explains it to the user.
            pub fn message_id(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $message,)*
                }
            }
        }
    };
}

codes! {
    // Content packs and lessons
    PackNotFound = "PACK_NOT_FOUND" => "error-pack-not-found",
    PackInvalid = "PACK_INVALID" => "error-pack-invalid",
    PackVersionUnsupported = "PACK_VERSION_UNSUPPORTED" => "error-pack-version",
    PackCorrupt = "PACK_CORRUPT" => "error-pack-corrupt",
    PackReadFailed = "PACK_READ_FAILED" => "error-pack-read-failed",
    LessonNotFound = "LESSON_NOT_FOUND" => "error-lesson-not-found",
    CurriculumInvalid = "CURRICULUM_INVALID" => "error-curriculum-invalid",
    SearchFailed = "SEARCH_FAILED" => "error-search-failed",
    // The learner database
    DbCorrupt = "DB_CORRUPT" => "error-db-corrupt",
    DbTooNew = "DB_TOO_NEW" => "error-db-too-new",
    DbError = "DB_ERROR" => "error-db-error",
    DiskFull = "DISK_FULL" => "error-disk-full",
    ProfileExists = "PROFILE_EXISTS" => "error-profile-exists",
    ProfileNotFound = "PROFILE_NOT_FOUND" => "error-profile-not-found",
    InvalidInput = "INVALID_INPUT" => "error-invalid-input",
    IoError = "IO_ERROR" => "error-io",
    // Learners, quizzes, the programs themselves
    NoLearner = "NO_LEARNER" => "error-no-learner",
    WhichLearner = "WHICH_LEARNER" => "error-which-learner",
    /// More than one learner has the name given; the id tells them apart.
    SameName = "SAME_NAME" => "error-same-name",
    WhichTeacher = "WHICH_TEACHER" => "error-which-teacher",
    /// A command that cannot be undone was not confirmed (`--yes`).
    ConfirmNeeded = "CONFIRM_NEEDED" => "error-confirm-needed",
    QuizAbandoned = "QUIZ_ABANDONED" => "error-quiz-abandoned",
    /// A second answer to a question of the same attempt.
    QuizAnswered = "QUIZ_ANSWERED" => "error-quiz-answered",
    /// The attempt was to be saved before every question had its answer.
    QuizUnfinished = "QUIZ_UNFINISHED" => "error-quiz-unfinished",
    QuizNotStarted = "QUIZ_NOT_STARTED" => "error-quiz-not-started",
    QuestionNotFound = "QUESTION_NOT_FOUND" => "error-question-not-found",
    PinRequired = "PIN_REQUIRED" => "error-pin-required",
    PinWrong = "PIN_WRONG" => "error-pin-wrong",
    PinInvalid = "PIN_INVALID" => "error-pin-invalid",
    /// Too many wrong PINs in a row: the next try has to wait.
    PinLocked = "PIN_LOCKED" => "error-pin-locked",
    PasswordInvalid = "PASSWORD_INVALID" => "error-password-invalid",
    PasswordWrong = "PASSWORD_WRONG" => "error-password-wrong",
    // The classroom
    /// A teacher command without a signed-in teacher, or on another teacher's class.
    NotAuthorised = "NOT_AUTHORISED" => "error-not-authorised",
    ClassNotFound = "CLASS_NOT_FOUND" => "error-class-not-found",
    GroupNotFound = "GROUP_NOT_FOUND" => "error-group-not-found",
    NameRequired = "NAME_REQUIRED" => "error-name-required",
    // Signed content packs
    /// A pack without a signature (or cut short), where only signed packs are installed.
    PackUnsigned = "PACK_UNSIGNED" => "error-pack-unsigned",
    /// Changed after it was signed, or its signature damaged.
    PackSignatureInvalid = "PACK_SIGNATURE_INVALID" => "error-pack-signature-invalid",
    /// Signed by a key this laptop does not trust (another publisher, or a revoked key).
    PackKeyUntrusted = "PACK_KEY_UNTRUSTED" => "error-pack-key-untrusted",
    /// Older than the installed pack (or an older root of trust).
    PackRollback = "PACK_ROLLBACK" => "error-pack-rollback",
    /// A provisioning file that does not say what a school laptop needs (its line is named).
    ProvisionInvalid = "PROVISION_INVALID" => "error-provision-invalid",
    // Sync between laptops
    SyncNotABundle = "SYNC_NOT_A_BUNDLE" => "error-sync-not-a-bundle",
    SyncBundleDamaged = "SYNC_BUNDLE_DAMAGED" => "error-sync-bundle-damaged",
    /// A bundle whose signature does not match what it holds.
    SyncBundleTampered = "SYNC_BUNDLE_TAMPERED" => "error-sync-bundle-tampered",
    SyncSchemaNewer = "SYNC_SCHEMA_NEWER" => "error-sync-schema-newer",
    SyncSchemaOlder = "SYNC_SCHEMA_OLDER" => "error-sync-schema-older",
    SyncForeignSchool = "SYNC_FOREIGN_SCHOOL" => "error-sync-foreign-school",
    /// A bundle from a laptop that has not joined a class of this school (or a wrong code).
    SyncNotPaired = "SYNC_NOT_PAIRED" => "error-sync-not-paired",
    SyncDeviceRemoved = "SYNC_DEVICE_REMOVED" => "error-sync-device-removed",
    SyncCodeInvalid = "SYNC_CODE_INVALID" => "error-sync-code-invalid",
    SyncNoSchool = "SYNC_NO_SCHOOL" => "error-sync-no-school",
    /// No teacher's laptop answered at the address (or none was found on the network).
    LanUnreachable = "LAN_UNREACHABLE" => "error-lan-unreachable",
    /// A network sync cut off halfway; the next one continues where it stopped.
    LanInterrupted = "LAN_INTERRUPTED" => "error-lan-interrupted",
    LanServerFailed = "LAN_SERVER_FAILED" => "error-lan-server-failed",
    ResponseNotUnderstood = "RESPONSE_NOT_UNDERSTOOD" => "error-response-not-understood",
    EvalSetInvalid = "EVAL_SET_INVALID" => "error-eval-set-invalid",
    EvalTargetMissed = "EVAL_TARGET_MISSED" => "error-eval-target-missed",
    /// `ustad doctor` found a required part missing or broken.
    ChecksFailed = "CHECKS_FAILED" => "error-checks-failed",
    // Models and their catalogue
    CatalogInvalid = "CATALOG_INVALID" => "error-catalog-invalid",
    ModelNotFound = "MODEL_NOT_FOUND" => "error-model-not-found",
    ModelInvalid = "MODEL_INVALID" => "error-model-invalid",
    ModelUnsupported = "MODEL_UNSUPPORTED" => "error-model-unsupported",
    ModelNotChat = "MODEL_NOT_CHAT" => "error-model-not-chat",
    ModelNoSource = "MODEL_NO_SOURCE" => "error-model-no-source",
    ModelDownloadFailed = "MODEL_DOWNLOAD_FAILED" => "error-model-download",
    ModelChecksumMismatch = "MODEL_CHECKSUM_MISMATCH" => "error-model-checksum",
    ModelConvertFailed = "MODEL_CONVERT_FAILED" => "error-model-convert-failed",
    ModelTooLarge = "MODEL_TOO_LARGE" => "error-model-too-large",
    /// The CPU lacks instructions the inference kernels were built for (AVX2 on x86-64).
    CpuUnsupported = "CPU_UNSUPPORTED" => "error-cpu-unsupported",
    // The workers (the tutor's model and speech)
    WorkerMissing = "WORKER_MISSING" => "error-worker-missing",
    WorkerCrashed = "WORKER_CRASHED" => "error-worker-crashed",
    Timeout = "TIMEOUT" => "error-timeout",
    NotLoaded = "NOT_LOADED" => "error-not-loaded",
    BadRequest = "BAD_REQUEST" => "error-bad-request",
    ContextOverflow = "CONTEXT_OVERFLOW" => "error-context-overflow",
    TutorFailed = "TUTOR_FAILED" => "error-tutor-failed",
    AsrFailed = "ASR_FAILED" => "error-asr-failed",
    // Recordings and the microphone
    AudioNotFound = "AUDIO_NOT_FOUND" => "error-asr-audio-not-found",
    AudioUnreadable = "AUDIO_UNREADABLE" => "error-audio-unreadable",
    AudioEmpty = "AUDIO_EMPTY" => "error-audio-empty",
    AudioDamaged = "AUDIO_DAMAGED" => "error-audio-damaged",
    NoMicrophone = "NO_MICROPHONE" => "error-no-microphone",
    MicrophoneFailed = "MICROPHONE_FAILED" => "error-microphone-failed",
    RecordingEmpty = "RECORDING_EMPTY" => "error-recording-empty",
    RecordingNotSaved = "RECORDING_NOT_SAVED" => "error-recording-not-saved",
    NotRecording = "NOT_RECORDING" => "error-not-recording",
    // Arithmetic the tutor cannot do (said to the child in the answer)
    MathZeroDenominator = "MATH_ZERO_DENOMINATOR" => "math-error-zero-denominator",
    MathDivisionByZero = "MATH_DIVISION_BY_ZERO" => "math-error-division-by-zero",
    MathTooLarge = "MATH_TOO_LARGE" => "math-error-too-large",
    MathNotWholeNumbers = "MATH_NOT_WHOLE_NUMBERS" => "math-error-not-whole-numbers",
    MathUnitsMismatch = "MATH_UNITS_MISMATCH" => "math-error-units-mismatch",
    MathDigitNotInNumber = "MATH_DIGIT_NOT_IN_NUMBER" => "math-error-digit-not-in-number",
    // The safety filter's word lists (compiled in; a broken list is a broken build)
    SafetyListUnknownSection = "SAFETY_LIST_UNKNOWN_SECTION" => "error-safety-list-unknown-section",
    SafetyListInvalidLine = "SAFETY_LIST_INVALID_LINE" => "error-safety-list-invalid-line",
    /// Anything else; also a code this build does not know (from a newer worker).
    Internal = "INTERNAL" => "error-internal",
}

impl ErrorCode {
    /// The code named `code`, if there is one.
    pub fn from_code(code: &str) -> Option<ErrorCode> {
        ErrorCode::ALL.iter().copied().find(|c| c.as_str() == code)
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A code this build does not know (a newer worker's) reads as [`ErrorCode::Internal`], so the
/// message it came with still reaches the user.
impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ErrorCode, D::Error> {
        let code = String::deserialize(deserializer)?;
        Ok(ErrorCode::from_code(&code).unwrap_or(ErrorCode::Internal))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_screaming_snake_case_and_round_trip() {
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            assert!(seen.insert(code.as_str()), "{code} twice");
            assert!(code.as_str().chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'));
            let json = serde_json::to_string(code).unwrap();
            assert_eq!(json, format!("\"{code}\""));
            assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), *code);
        }
    }

    #[test]
    fn an_unknown_code_reads_as_internal() {
        assert_eq!(serde_json::from_str::<ErrorCode>("\"SOMETHING_NEW\"").unwrap(), ErrorCode::Internal);
        assert_eq!(ErrorCode::from_code("TIMEOUT"), Some(ErrorCode::Timeout));
    }
}
