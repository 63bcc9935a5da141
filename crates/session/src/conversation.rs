//! A conversation with the tutor: the model worker (started on the first question that needs it,
//! or handed in by the app, which starts it in the background), the turns so far, and the record
//! of every exchange that the teacher reads.

use std::path::Path;

use catalog::{Catalog, ModelEntry, Role};
use error_codes::ErrorCode;
use tutor::{Closed, CurriculumReason, Generator, Question, Reply, Turn, Tutor};

use crate::llm::WorkerGenerator;

/// The installed default tutor model, if any.
pub fn installed_model(models_dir: &Path) -> anyhow::Result<Option<(ModelEntry, std::path::PathBuf)>> {
    let catalog = Catalog::load(models_dir)?;
    let Some(default) = catalog.default_for(Role::Llm) else { return Ok(None) };
    let status = catalog.status().into_iter().find(|s| s.entry.id == default.id && s.installed);
    Ok(status.map(|s| (s.entry, s.path)))
}

/// Whether `entry` can write answers in `locale`.
pub fn writes(entry: &ModelEntry, locale: &str) -> bool {
    entry.languages.iter().any(|l| l == locale)
}

#[derive(Default)]
pub struct Conversation {
    generator: Option<WorkerGenerator>,
    history: Vec<Turn>,
    /// Why the model could not be started, when it could not (code, message).
    engine_error: Option<(ErrorCode, String)>,
    /// The app starts the worker itself, in the background; until it is there, answers come
    /// from the lessons instead of a second worker being started here.
    no_start: bool,
}

/// Who asks, about what, in which language.
pub struct Asking<'a> {
    pub text: &'a str,
    pub lesson_id: Option<&'a str>,
    pub locale: &'a str,
    pub learner_id: Option<String>,
}

impl Conversation {
    /// A conversation whose worker is handed in with [`Conversation::set_generator`].
    pub fn without_starting() -> Conversation {
        Conversation { no_start: true, ..Conversation::default() }
    }

    /// The running worker to use from now on (or none, after it failed to start).
    pub fn set_generator(&mut self, generator: Option<WorkerGenerator>) {
        self.generator = generator;
    }

    /// Starts a new conversation on the same worker: another learner, or another language
    /// (earlier turns in one language would pull a small model's answers into it).
    pub fn forget(&mut self) {
        self.history.clear();
    }

    pub fn generator(&self) -> Option<&WorkerGenerator> {
        self.generator.as_ref()
    }

    /// The worker failed to start: (code, message).
    pub fn engine_error(&self) -> Option<&(ErrorCode, String)> {
        self.engine_error.as_ref()
    }

    /// Starts the worker for `entry`, unless it runs, failed to start, or the app starts it.
    fn start(&mut self, entry: ModelEntry, path: &Path) {
        if self.generator.is_none() && self.engine_error.is_none() && !self.no_start {
            match WorkerGenerator::start(entry, path) {
                Ok(generator) => self.generator = Some(generator),
                // Lessons and quizzes keep working: answer from the lesson.
                Err(err) => self.engine_error = Some((err.code, err.message)),
            }
        }
    }

    /// The child opened `lesson_id` (or named it): the model computes the lesson's grounding
    /// in the background ([`Tutor::prefill`]), so that the first question on it answers sooner.
    /// The next question cancels whatever is not done; nothing happens without a model that
    /// writes `locale`.
    pub fn prefill(
        &mut self,
        models_dir: &Path,
        pack: &pack::Pack,
        lesson_id: &str,
        locale: &str,
    ) -> anyhow::Result<()> {
        let Some((entry, path)) = installed_model(models_dir)? else { return Ok(()) };
        if !writes(&entry, locale) {
            return Ok(());
        }
        self.start(entry, &path);
        if let Some(generator) = self.generator.as_mut() {
            Tutor::new(pack).prefill(lesson_id, locale, generator)?;
        }
        Ok(())
    }

    /// Answers the question, passing each piece of a model's answer to `on_piece` as it is
    /// written, and stores the exchange against the learner (a question without a learner is
    /// answered but not stored). Without a model (or one that cannot write the language, or
    /// that cannot start) the answer is quoted from the lesson. The learner's class decides
    /// how much the tutor may do: everything, quotes and hints only, or nothing (a kind
    /// message, also after the day's questions are used up); a message the safety filter
    /// stops is answered and flagged for the teacher whatever the class allows.
    pub fn ask(
        &mut self,
        models_dir: &Path,
        pack: &pack::Pack,
        db: &mut learner::LearnerDb,
        asking: &Asking<'_>,
        on_piece: &mut dyn FnMut(&str),
    ) -> anyhow::Result<Reply> {
        if let Some(lesson_id) = asking.lesson_id {
            pack.lesson(lesson_id)?;
        }
        let tutor = Tutor::new(pack);
        let question = Question { text: asking.text, lesson_id: asking.lesson_id, locale: asking.locale };
        let policy = match &asking.learner_id {
            Some(id) => db.tutor_policy(id)?,
            None => learner::TutorPolicy { mode: learner::TutorMode::On, daily_limit: None },
        };
        // A closed tutor sends a kind message, unless the safety filter stops the message:
        // that is answered and flagged for the teacher whatever the class allows.
        if let Some(why) = closed(db, asking, policy)? {
            if tutor.screen(asking.text).is_empty() {
                let reply = Tutor::closed(asking.locale, why);
                record(db, asking, &reply)?;
                return Ok(reply);
            }
        }
        let started = std::time::Instant::now();
        let answered = if policy.mode == learner::TutorMode::Hints {
            tutor.answer_from_curriculum(&question, CurriculumReason::Teacher)
        } else {
            match installed_model(models_dir)? {
                None => tutor.answer_from_curriculum(&question, CurriculumReason::NoModel),
                Some((entry, _)) if !writes(&entry, asking.locale) => {
                    tutor.answer_from_curriculum(&question, CurriculumReason::Language)
                }
                Some((entry, path)) => {
                    self.start(entry, &path);
                    match self.generator.as_mut() {
                        Some(generator) => {
                            tutor.ask(&question, &self.history, Some(generator as &mut dyn Generator), on_piece)
                        }
                        None => tutor.answer_from_curriculum(&question, CurriculumReason::NoEngine),
                    }
                }
            }
        };
        let reply = match answered {
            Ok(reply) => reply,
            // An answer cut by a worker crash is still recorded for the teacher, with its code.
            Err(tutor::TutorError::Generate { source, partial }) => {
                record(db, asking, &partial)?;
                return Err(tutor::TutorError::Generate { source, partial }.into());
            }
            Err(err) => return Err(err.into()),
        };
        record(db, asking, &reply)?;
        // How it was answered and how fast; never the question or the answer.
        tracing::info!(
            mode = reply.mode.as_str(),
            locale = asking.locale,
            flagged = !reply.flags.is_empty(),
            ms = started.elapsed().as_millis() as u64,
            "tutor answered"
        );
        if reply.flags.is_empty() {
            self.history.push(Turn { question: asking.text.to_owned(), answer: reply.answer.clone() });
        }
        Ok(reply)
    }
}

/// Whether the tutor is closed to this learner now: turned off by the teacher, or the day's
/// questions used up. A day runs from midnight UTC (05:00 in Pakistan), so that a laptop's
/// time zone setting cannot give a child a second day.
fn closed(
    db: &learner::LearnerDb,
    asking: &Asking<'_>,
    policy: learner::TutorPolicy,
) -> anyhow::Result<Option<Closed>> {
    if policy.mode == learner::TutorMode::Off {
        return Ok(Some(Closed::Off));
    }
    let (Some(limit), Some(learner_id)) = (policy.daily_limit, &asking.learner_id) else { return Ok(None) };
    let now = learner::clock::wall_ms();
    let today = now - now.rem_euclid(86_400_000);
    Ok((db.questions_since(learner_id, today)? >= limit).then_some(Closed::Limit(limit)))
}

/// Stores an exchange for the teacher's audit view: the question redacted of personal data,
/// the answer, how it was made, its citations, flags and audit. Nothing is stored without a
/// learner: there is nobody to store it against.
fn record(db: &mut learner::LearnerDb, asking: &Asking<'_>, reply: &Reply) -> anyhow::Result<()> {
    if asking.learner_id.is_none() {
        return Ok(());
    }
    db.record_exchange(&learner::Exchange {
        id: String::new(),
        device_id: String::new(),
        learner_id: asking.learner_id.clone(),
        lesson_id: asking.lesson_id.map(str::to_owned),
        locale: asking.locale.to_owned(),
        question: safety::redact(asking.text),
        answer: reply.answer.clone(),
        mode: reply.mode.as_str().to_owned(),
        model_id: reply.model.as_ref().map(|m| m.id.clone()),
        model_sha256: reply.model.as_ref().map(|m| m.sha256.clone()),
        citations: serde_json::to_value(&reply.citations)?,
        flags: serde_json::to_value(&reply.flags)?,
        audit: serde_json::to_value(&reply.audit)?,
        at: String::new(),
        hlc: 0,
    })?;
    Ok(())
}
