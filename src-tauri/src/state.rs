//! What the running app holds: where its data is, the open pack and learner database, who is
//! learning, the tutor conversation, the speech worker and a recording in progress. Each part
//! has its own lock, and the tutor has its own connections to the pack and the database, so a
//! long answer being written never blocks reading a lesson or saving a quiz.

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

use i18n::Translator;
use learner::LearnerDb;
use pack::Pack;
use session::{Conversation, Paths};
use views::{EngineState, Engines, Learner};

/// Settings keys in the learner database.
pub const LOCALE: &str = "locale";
pub const TEXT_SIZE: &str = "text_size";
pub const THREADS: &str = "threads";

pub struct App {
    pub paths: Paths,
    pub db: Mutex<LearnerDb>,
    /// The pack, opened on first use (a missing pack is an error on the screens that need it).
    pub pack: Mutex<Option<Pack>>,
    pub locale: Mutex<String>,
    pub learner: Mutex<Option<Learner>>,
    /// The quiz attempt the learner has open, graded and timed here.
    pub quiz: Mutex<Option<session::QuizAttempt>>,
    /// The signed-in teacher: every teacher command checks it.
    pub teacher: Mutex<Option<learner::Teacher>>,
    /// Sync on this network, while the teacher has it on (dropped: nothing listens).
    pub lan: Mutex<Option<lan::Server>>,
    /// Held by the tutor while it answers; other commands never wait for it.
    pub conversation: Mutex<Conversation>,
    /// The lesson the child has open in their language, which the tutor prepares.
    pub open_lesson: Mutex<Option<String>>,
    /// Another learner or language was chosen: the tutor starts a new conversation before the
    /// next question (set without waiting for an answer being written).
    pub forget_conversation: AtomicBool,
    /// The tutor's own connections to the pack and the database, so that the screens keep
    /// using theirs while an answer is written.
    pub tutor_store: Mutex<Option<(Pack, LearnerDb)>>,
    pub tutor_cancel: Mutex<Option<supervisor::CancelHandle>>,
    /// Requests the child pressed Stop for, kept from the moment Stop arrives (even before the
    /// request started) until the request ends.
    pub stopped: Mutex<HashSet<u32>>,
    /// Held while the workers start, so that two model loads never run at once.
    pub engines_starting: Mutex<()>,
    pub asr: Mutex<Option<supervisor::AsrClient>>,
    pub recording: Mutex<Option<microphone::Recording>>,
    pub engines: Mutex<Engines>,
}

/// A lock that survives a panic in another command (the data behind it is still consistent:
/// every write to the database is one transaction).
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

impl App {
    pub fn new(paths: Paths) -> anyhow::Result<App> {
        let db = paths.open_db()?;
        let locale = db.setting(LOCALE)?.unwrap_or_else(|| "en".to_owned());
        let absent = EngineState::new("absent", None, None);
        Ok(App {
            paths,
            db: Mutex::new(db),
            pack: Mutex::new(None),
            locale: Mutex::new(locale),
            learner: Mutex::new(None),
            quiz: Mutex::new(None),
            teacher: Mutex::new(None),
            lan: Mutex::new(None),
            conversation: Mutex::new(Conversation::without_starting()),
            open_lesson: Mutex::new(None),
            forget_conversation: AtomicBool::new(false),
            tutor_store: Mutex::new(None),
            tutor_cancel: Mutex::new(None),
            stopped: Mutex::new(HashSet::new()),
            engines_starting: Mutex::new(()),
            asr: Mutex::new(None),
            recording: Mutex::new(None),
            engines: Mutex::new(Engines { tutor: absent.clone(), speech: absent, version: 0 }),
        })
    }

    /// Starts a new tutor conversation before the next question, without waiting for one.
    pub fn forget_conversation(&self) {
        self.forget_conversation.store(true, Ordering::SeqCst);
    }

    /// Whether the conversation is to be started anew (and from now on, not any more).
    pub fn take_forget_conversation(&self) -> bool {
        self.forget_conversation.swap(false, Ordering::SeqCst)
    }

    /// Has the tutor's model compute the open lesson's grounding in the background, unless the
    /// tutor is busy answering (this never waits for it) or has no model yet (it is called again
    /// when the model is ready). A failure only costs speed, so it is logged.
    pub fn prefill_open_lesson(&self) {
        let Some(lesson_id) = lock(&self.open_lesson).clone() else { return };
        let Ok(mut conversation) = self.conversation.try_lock() else { return };
        let locale = self.locale();
        let prefilled = self.with_pack(|pack| conversation.prefill(&self.paths.models_dir, pack, &lesson_id, &locale));
        if let Err(err) = prefilled {
            eprintln!("the tutor could not prepare {lesson_id}: {err:#}");
        }
    }

    pub fn locale(&self) -> String {
        lock(&self.locale).clone()
    }

    pub fn translator(&self) -> Translator {
        Translator::new(&self.locale())
    }

    /// Runs `f` with the open pack, opening it first if needed.
    pub fn with_pack<T>(&self, f: impl FnOnce(&Pack) -> anyhow::Result<T>) -> anyhow::Result<T> {
        let mut pack = lock(&self.pack);
        if pack.is_none() {
            *pack = Some(self.paths.open_pack()?);
        }
        f(pack.as_ref().expect("opened above"))
    }

    /// The learner using the app; an error when none has been chosen.
    pub fn learner(&self) -> anyhow::Result<Learner> {
        lock(&self.learner).clone().ok_or_else(|| session::UserError::NoLearner.into())
    }

    /// The signed-in teacher; `NOT_AUTHORISED` when there is none (a learner's session).
    pub fn teacher(&self) -> anyhow::Result<learner::Teacher> {
        lock(&self.teacher).clone().ok_or_else(|| learner::LearnerDbError::NotAuthorised.into())
    }

    /// The lesson text size in percent (100 until changed).
    pub fn text_size(&self) -> anyhow::Result<u32> {
        Ok(lock(&self.db).setting(TEXT_SIZE)?.and_then(|t| t.parse().ok()).unwrap_or(100))
    }

    pub fn threads(&self) -> u32 {
        let saved = lock(&self.db).setting(THREADS).ok().flatten().and_then(|t| t.parse().ok());
        saved.filter(|t| *t > 0).unwrap_or_else(session::threads)
    }
}
