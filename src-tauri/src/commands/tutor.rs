//! The tutor chat: the answer streams to the UI as `tutor-piece` events while it is written;
//! Stop ends it, whenever it arrives (a Stop for a request still waiting to start is kept, and
//! that request never starts); the stored exchange is what the teacher reads.

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
    let is_stopped = || lock(&app.stopped).contains(&request);
    let asking = Asking { text, lesson_id, locale: &locale, learner_id: Some(learner.id) };
    let mut conversation = lock(&app.conversation);
    // Requests count upwards and run one at a time: Stops for earlier ones are done with.
    lock(&app.stopped).retain(|r| *r >= request);
    if app.take_forget_conversation() {
        conversation.forget();
    }
    // A Stop that came while this request waited is not lost: it never starts.
    if is_stopped() {
        return Ok(TutorReply {
            request,
            answer: String::new(),
            mode: "llm".to_owned(),
            citations: Vec::new(),
            suggestions: Vec::new(),
            note: None,
            model: None,
            stopped: true,
        });
    }
    let mut store = lock(&app.tutor_store);
    if store.is_none() {
        *store = Some((app.paths.open_pack()?, app.paths.open_db()?));
    }
    let (pack, db) = store.as_mut().expect("opened above");
    let reply = conversation.ask(&app.paths.models_dir, pack, db, &asking, &mut |piece| {
        // A Stop that came before the model started writing stops it at its first words.
        if is_stopped() {
            if let Some(cancel) = lock(&app.tutor_cancel).as_ref() {
                cancel.cancel();
            }
            return;
        }
        let _ = handle.emit("tutor-piece", TutorPiece { request, text: piece.to_owned() });
    })?;
    Ok(TutorReply {
        request,
        answer: reply.answer,
        mode: reply.mode.as_str().to_owned(),
        citations: reply.citations,
        suggestions: reply.suggestions,
        note: reply.note,
        model: reply.model.map(|m| m.id),
        stopped: lock(&app.stopped).remove(&request),
    })
}

/// Stops the answer being written; the pending `tutor_ask` returns what was written so far.
#[tauri::command]
pub async fn tutor_stop(app: State<'_, App>, request: u32) -> CmdResult<()> {
    lock(&app.stopped).insert(request);
    if let Some(cancel) = lock(&app.tutor_cancel).as_ref() {
        cancel.cancel();
    }
    Ok(())
}
