//! The tutor chat: the answer streams to the UI as `tutor-piece` events while it is written;
//! Stop ends it; the stored exchange is what the teacher reads.

use session::Asking;
use tauri::{AppHandle, Emitter, State};
use views::{TutorPiece, TutorReply};

use crate::error::{blocking, CmdResult};
use crate::state::{lock, App};

#[tauri::command]
pub async fn tutor_ask(
    handle: AppHandle,
    request: u32,
    text: String,
    lesson_id: Option<String>,
) -> CmdResult<TutorReply> {
    blocking(handle, move |handle, app| ask(handle, app, request, &text, lesson_id.as_deref())).await
}

fn ask(handle: &AppHandle, app: &App, request: u32, text: &str, lesson_id: Option<&str>) -> anyhow::Result<TutorReply> {
    let learner = app.learner()?;
    let locale = app.locale();
    *lock(&app.stopped) = None;
    let asking = Asking { text, lesson_id, locale: &locale, learner_id: Some(learner.id) };
    let mut conversation = lock(&app.conversation);
    let mut store = lock(&app.tutor_store);
    if store.is_none() {
        *store = Some((app.paths.open_pack()?, app.paths.open_db()?));
    }
    let (pack, db) = store.as_mut().expect("opened above");
    let reply = conversation.ask(&app.paths.models_dir, pack, db, &asking, &mut |piece| {
        let _ = handle.emit("tutor-piece", TutorPiece { request, text: piece.to_owned() });
    })?;
    Ok(TutorReply {
        request,
        answer: reply.answer,
        mode: reply.mode.as_str().to_owned(),
        citations: reply.citations,
        note: reply.note,
        model: reply.model.map(|m| m.id),
        stopped: lock(&app.stopped).is_some_and(|r| r == request),
    })
}

/// Stops the answer being written; the pending `tutor_ask` returns what was written so far.
#[tauri::command]
pub async fn tutor_stop(app: State<'_, App>, request: u32) -> CmdResult<()> {
    *lock(&app.stopped) = Some(request);
    if let Some(cancel) = lock(&app.tutor_cancel).as_ref() {
        cancel.cancel();
    }
    Ok(())
}
