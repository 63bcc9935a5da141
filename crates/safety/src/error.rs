//! Errors in a safety list: a line the list format does not allow, with its line number.

use error_codes::ErrorCode;

/// A safety list that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error("safety list line {line}: unknown section [{name}]")]
    UnknownSection { line: usize, name: String },
    #[error("safety list line {line}: {reason}: {text}")]
    InvalidLine { line: usize, text: String, reason: String },
}

impl Error {
    /// A stable code for the kind of error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::UnknownSection { .. } => ErrorCode::SafetyListUnknownSection,
            Error::InvalidLine { .. } => ErrorCode::SafetyListInvalidLine,
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
