//! First run and who is learning: the language of this laptop, and learner profiles (a name, a
//! picture, an optional PIN).

use learner::{NewProfile, ProfileKind};
use tauri::State;
use views::{Learner, Start};

use crate::error::{run, CmdResult};
use crate::state::{lock, App, LOCALE};

/// Everything the first screen needs: the language (none before the first choice), learners.
#[tauri::command]
pub async fn start(app: State<'_, App>) -> CmdResult<Start> {
    run(&app, || {
        let (locale, learners) = {
            let db = lock(&app.db);
            (db.setting(LOCALE)?, db.profiles(Some(ProfileKind::Learner))?.into_iter().map(Learner::from).collect())
        };
        let text_size = app.text_size()?;
        Ok(Start {
            locale,
            locales: views::locales(),
            learners,
            learner: lock(&app.learner).clone(),
            text_size,
            engines: lock(&app.engines).clone(),
        })
    })
}

#[tauri::command]
pub async fn set_locale(app: State<'_, App>, locale: String) -> CmdResult<()> {
    run(&app, || {
        if !curriculum::LOCALES.contains(&locale.as_str()) {
            anyhow::bail!(learner::LearnerDbError::Invalid(format!("unknown language {locale}")));
        }
        let learner_id = lock(&app.learner).as_ref().map(|l| l.id.clone());
        {
            let mut db = lock(&app.db);
            db.set_setting(LOCALE, &locale)?;
            // The learner's language is their profile's: when they are chosen again, it is theirs.
            if let Some(id) = &learner_id {
                db.set_profile_locale(id, &locale)?;
            }
        }
        if let Some(learner) = lock(&app.learner).as_mut() {
            learner.locale = locale.clone();
        }
        *lock(&app.locale) = locale;
        app.forget_conversation();
        Ok(())
    })
}

#[tauri::command]
pub async fn create_learner(
    app: State<'_, App>,
    name: String,
    avatar: Option<String>,
    pin: Option<String>,
) -> CmdResult<Learner> {
    run(&app, || {
        let name = name.trim().to_owned();
        if name.is_empty() {
            return Err(session::UserError::NameRequired.into());
        }
        let new = NewProfile {
            kind: ProfileKind::Learner,
            name,
            locale: app.locale(),
            avatar,
            pin: pin.filter(|p| !p.is_empty()),
        };
        let learner = Learner::from(lock(&app.db).add_profile(&new)?);
        *lock(&app.learner) = Some(learner.clone());
        app.forget_conversation();
        Ok(learner)
    })
}

#[tauri::command]
pub async fn choose_learner(app: State<'_, App>, id: String, pin: Option<String>) -> CmdResult<Learner> {
    run(&app, || {
        let mut db = lock(&app.db);
        let profile = db
            .profile(&id)?
            .filter(|p| p.kind == ProfileKind::Learner)
            .ok_or_else(|| learner::LearnerDbError::ProfileNotFound(id.clone()))?;
        if profile.has_pin {
            let pin = pin.filter(|p| !p.is_empty()).ok_or(session::UserError::PinRequired)?;
            if !db.check_pin(&profile.id, &pin)? {
                return Err(session::UserError::PinWrong.into());
            }
        }
        // The backend owns the language: the chosen learner's, kept for the laptop's next start.
        if curriculum::LOCALES.contains(&profile.locale.as_str()) {
            db.set_setting(LOCALE, &profile.locale)?;
            *lock(&app.locale) = profile.locale.clone();
        }
        let learner = Learner::from(profile);
        drop(db);
        *lock(&app.learner) = Some(learner.clone());
        app.forget_conversation();
        Ok(learner)
    })
}
