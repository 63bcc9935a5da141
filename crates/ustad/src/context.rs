//! Where things are (data folder, pack, models) and how to open them, from the global options.

use anyhow::Result;
use i18n::Translator;
use learner::{LearnerDb, Profile, ProfileKind};
use pack::Pack;
use session::{Paths, UserError};

use crate::GlobalArgs;

pub use session::cache_dir;

pub struct Context {
    pub paths: Paths,
    pub locale: String,
    pub json: bool,
    pub tr: Translator,
}

impl Context {
    pub fn new(args: &GlobalArgs) -> Context {
        let paths = Paths::new(args.data_dir.clone(), args.models_dir.clone(), args.pack.clone());
        let locale = match args.locale.as_deref() {
            Some(l) if curriculum::LOCALES.contains(&l) => l.to_owned(),
            Some("pa") => "pa-Arab".to_owned(),
            _ => "en".to_owned(),
        };
        let tr = Translator::new(&locale);
        Context { paths, locale, json: args.json, tr }
    }

    pub fn open_pack(&self) -> Result<Pack> {
        Ok(self.paths.open_pack()?)
    }

    pub fn open_db(&self) -> Result<LearnerDb> {
        Ok(self.paths.open_db()?)
    }

    /// The learner with this id or name, or the only learner of this laptop. Two learners may
    /// share a name; then the id (`ustad learner list`) says which.
    pub fn learner(&self, db: &LearnerDb, name: Option<&str>) -> Result<Profile> {
        if let Some(name) = name {
            if let Some(profile) = db.profile(name)?.filter(|p| p.kind == ProfileKind::Learner) {
                return Ok(profile);
            }
            let mut named: Vec<Profile> =
                db.profiles_named(name)?.into_iter().filter(|p| p.kind == ProfileKind::Learner).collect();
            return match named.len() {
                0 => Err(learner::LearnerDbError::ProfileNotFound(name.into()).into()),
                1 => Ok(named.remove(0)),
                n => Err(UserError::SameName { name: name.to_owned(), count: n }.into()),
            };
        }
        let learners = db.profiles(Some(ProfileKind::Learner))?;
        match learners.len() {
            0 => Err(UserError::NoLearner.into()),
            1 => Ok(learners.into_iter().next().expect("one learner")),
            n => Err(UserError::WhichLearner(n).into()),
        }
    }

    /// The learner who acts (reads, takes a quiz, asks the tutor): as [`Context::learner`],
    /// and when the profile has a PIN, the PIN is the first line of `input` (asked for when a
    /// person types), checked with the database's growing wait. Nobody acts as a classmate.
    pub fn signed_in_learner(
        &self,
        db: &mut LearnerDb,
        name: Option<&str>,
        input: &mut dyn std::io::BufRead,
    ) -> Result<Profile> {
        let profile = self.learner(db, name)?;
        self.check_own_pin(db, &profile, input)?;
        Ok(profile)
    }

    /// The learner's PIN, when they have one, from the first line of `input` (`PIN_WRONG`,
    /// or `PIN_LOCKED` after too many wrong ones).
    pub fn check_own_pin(&self, db: &mut LearnerDb, profile: &Profile, input: &mut dyn std::io::BufRead) -> Result<()> {
        if profile.has_pin {
            let pin = crate::classroom::read_secret(Some(&self.t("error-pin-required", &[])), input)?;
            if !db.check_pin(&profile.id, pin.trim())? {
                return Err(UserError::PinWrong.into());
            }
        }
        Ok(())
    }

    /// Prints `value` as pretty JSON.
    pub fn print_json(&self, value: &impl serde::Serialize) -> Result<()> {
        println!("{}", serde_json::to_string_pretty(value)?);
        Ok(())
    }

    /// The translated message `id`.
    pub fn t(&self, id: &str, args: &[(&str, i18n::FluentValue<'_>)]) -> String {
        self.tr.t(id, args)
    }
}

impl Context {
    /// The same context in another language.
    pub fn with_locale(&self, locale: &str) -> Context {
        Context { paths: self.paths.clone(), locale: locale.to_owned(), json: self.json, tr: Translator::new(locale) }
    }
}

/// A progress bar on standard error while a large file is copied (only on a terminal, not with
/// --json, and only once the copy has taken more than a moment); cleared when dropped.
pub struct ProgressBar {
    show: bool,
    started: std::time::Instant,
    drawn: std::cell::Cell<bool>,
}

impl ProgressBar {
    pub fn new(ctx: &Context) -> ProgressBar {
        let show = !ctx.json && std::io::IsTerminal::is_terminal(&std::io::stderr());
        ProgressBar { show, started: std::time::Instant::now(), drawn: std::cell::Cell::new(false) }
    }

    /// `done` of `total` bytes.
    pub fn update(&self, done: u64, total: u64) {
        if !self.show || self.started.elapsed().as_millis() < 300 {
            return;
        }
        let percent = done * 100 / total.max(1);
        let filled = (percent / 4) as usize;
        let bar = format!("{}{}", "#".repeat(filled), "-".repeat(25 - filled.min(25)));
        eprint!("\r[{bar}] {percent:>3} %  {} / {} MB", done / 1_000_000, total / 1_000_000);
        self.drawn.set(true);
    }
}

impl Drop for ProgressBar {
    fn drop(&mut self) {
        if self.drawn.get() {
            eprint!("\r{}\r", " ".repeat(60));
        }
    }
}
