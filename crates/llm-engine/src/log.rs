//! llama.cpp's and ggml's own log, kept to what says what went wrong: their warnings and errors
//! go to standard error, one line each, prefixed `llama.cpp:`; the supervisor keeps the last
//! lines for a crash message and writes them to the log file. Their chatter about loading
//! (hundreds of lines per model) is left out. This module holds the engine's third piece of
//! unsafe code: the C callback and setting it.
#![allow(unsafe_code)]

use std::ffi::{c_char, c_void, CStr};
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

use llama_cpp_sys_2::{ggml_log_level, GGML_LOG_LEVEL_CONT, GGML_LOG_LEVEL_ERROR, GGML_LOG_LEVEL_WARN};

/// The last message was a warning or an error: its continuation is kept too.
static KEEPING: AtomicBool = AtomicBool::new(false);

/// Whether a message of `level` is kept (a continuation follows the message it continues).
fn keeps(level: ggml_log_level) -> bool {
    match level {
        GGML_LOG_LEVEL_WARN | GGML_LOG_LEVEL_ERROR => {
            KEEPING.store(true, Ordering::Relaxed);
            true
        }
        GGML_LOG_LEVEL_CONT => KEEPING.load(Ordering::Relaxed),
        _ => {
            KEEPING.store(false, Ordering::Relaxed);
            false
        }
    }
}

unsafe extern "C" fn to_stderr(level: ggml_log_level, text: *const c_char, _user_data: *mut c_void) {
    if text.is_null() || !keeps(level) {
        return;
    }
    // SAFETY: llama.cpp passes a NUL-terminated string that lives for the call.
    let text = unsafe { CStr::from_ptr(text) }.to_string_lossy();
    let mut err = std::io::stderr().lock();
    for line in text.lines().map(str::trim_end).filter(|l| !l.is_empty()) {
        let _ = writeln!(err, "llama.cpp: {line}");
    }
}

/// Sends llama.cpp's and ggml's warnings and errors to standard error (see the module).
pub(crate) fn install() {
    // SAFETY: the callback is a plain function that lives for the whole process and touches
    // only standard error and an atomic flag.
    unsafe {
        llama_cpp_sys_2::llama_log_set(Some(to_stderr), std::ptr::null_mut());
        llama_cpp_sys_2::ggml_log_set(Some(to_stderr), std::ptr::null_mut());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_errors_and_their_continuations_are_kept_the_chatter_is_not() {
        assert!(!keeps(llama_cpp_sys_2::GGML_LOG_LEVEL_INFO));
        assert!(!keeps(GGML_LOG_LEVEL_CONT));
        assert!(keeps(GGML_LOG_LEVEL_ERROR));
        assert!(keeps(GGML_LOG_LEVEL_CONT));
        assert!(!keeps(llama_cpp_sys_2::GGML_LOG_LEVEL_DEBUG));
    }
}
