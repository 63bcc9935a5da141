//! The microphone button: record (with a level for the meter), then the speech worker writes
//! down what was said, in the learner's language, for the child to check before sending.

use tauri::{AppHandle, State};
use views::{MicLevel, Transcript};

use crate::error::{blocking, run, CmdResult};
use crate::state::{lock, App};

#[tauri::command]
pub async fn mic_start(app: State<'_, App>) -> CmdResult<()> {
    run(&app, || {
        let mut recording = lock(&app.recording);
        if recording.is_none() {
            *recording = Some(microphone::Recording::start()?);
        }
        Ok(())
    })
}

#[tauri::command]
pub async fn mic_level(app: State<'_, App>) -> CmdResult<MicLevel> {
    let recording = lock(&app.recording);
    Ok(recording.as_ref().map_or(MicLevel { level: 0.0, seconds: 0.0, capped: false }, |r| MicLevel {
        level: r.level(),
        seconds: r.seconds() as f32,
        capped: r.capped(),
    }))
}

#[tauri::command]
pub async fn mic_cancel(app: State<'_, App>) -> CmdResult<()> {
    lock(&app.recording).take();
    Ok(())
}

#[tauri::command]
pub async fn mic_stop(handle: AppHandle) -> CmdResult<Transcript> {
    blocking(handle, |_, app| stop_and_transcribe(app)).await
}

fn stop_and_transcribe(app: &App) -> anyhow::Result<Transcript> {
    let recording = lock(&app.recording).take().ok_or(session::UserError::NotRecording)?;
    let dir = app.paths.data_dir.join("recordings");
    std::fs::create_dir_all(&dir)?;
    let wav = dir.join("last.wav");
    recording.stop(&wav)?;
    let mut asr = lock(&app.asr);
    let client = asr.as_mut().ok_or_else(|| supervisor::AsrError {
        code: views::ErrorCode::NotLoaded,
        message: "the speech model is not loaded".into(),
    })?;
    let transcript = client.transcribe(&wav, session::whisper_language(&app.locale()), &mut |_| {});
    // The recording is the child's voice: it is not kept once written down.
    let _ = std::fs::remove_file(&wav);
    let transcript = transcript?;
    Ok(Transcript { text: transcript.text, language: transcript.language, duration_s: transcript.duration_s })
}
