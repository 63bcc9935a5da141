//! Errors in a safety list: a line the list format does not allow, with its line number.

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
    pub fn code(&self) -> &'static str {
        match self {
            Error::UnknownSection { .. } => "SAFETY_LIST_UNKNOWN_SECTION",
            Error::InvalidLine { .. } => "SAFETY_LIST_INVALID_LINE",
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
