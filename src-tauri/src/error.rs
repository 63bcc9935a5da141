//! Errors cross to the UI as `{ code, message }`: the stable code of [`session::describe`] and
//! its message in the learner's language.

use views::AppError;

use crate::state::App;

/// The result of every command.
pub type CmdResult<T> = Result<T, AppError>;

pub fn to_app_error(app: &App, err: anyhow::Error) -> AppError {
    let (code, message) = session::describe(&app.translator(), &err);
    // The code only: the message may name a learner.
    tracing::warn!(code = code.as_str(), "command failed");
    AppError { code, message }
}

/// Runs `f` and turns its error into an [`AppError`].
pub fn run<T>(app: &App, f: impl FnOnce() -> anyhow::Result<T>) -> CmdResult<T> {
    f().map_err(|err| to_app_error(app, err))
}

/// Runs `f` (seconds of work: an answer being written, a recording being transcribed) on a
/// blocking thread, with the app's state, and turns its error into an [`AppError`].
pub async fn blocking<T: Send + 'static>(
    handle: tauri::AppHandle,
    f: impl FnOnce(&tauri::AppHandle, &App) -> anyhow::Result<T> + Send + 'static,
) -> CmdResult<T> {
    use tauri::Manager;
    tauri::async_runtime::spawn_blocking(move || {
        let app = handle.state::<App>();
        f(&handle, &app).map_err(|err| to_app_error(&app, err))
    })
    .await
    .map_err(|err| AppError { code: views::ErrorCode::Internal, message: err.to_string() })?
}
