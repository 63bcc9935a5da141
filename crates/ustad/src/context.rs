//! Where things are (data folder, pack, models) and how to open them, from the global options.

use std::path::{Path, PathBuf};

use anyhow::Result;
use i18n::Translator;
use learner::{LearnerDb, Profile, ProfileKind};
use pack::Pack;

use crate::error::UserError;
use crate::GlobalArgs;

/// File name of the installed default pack inside `<data dir>/packs/`.
pub const DEFAULT_PACK: &str = "default.ustadpack";

pub struct Context {
    pub data_dir: PathBuf,
    pub models_dir: PathBuf,
    pub pack: Option<PathBuf>,
    pub locale: String,
    pub json: bool,
    pub tr: Translator,
}

impl Context {
    pub fn new(args: &GlobalArgs) -> Context {
        let data_dir = args.data_dir.clone().unwrap_or_else(default_data_dir);
        let models_dir = args.models_dir.clone().unwrap_or_else(|| data_dir.join("models"));
        let locale = match args.locale.as_deref() {
            Some(l) if curriculum::LOCALES.contains(&l) => l.to_owned(),
            Some("pa") => "pa-Arab".to_owned(),
            _ => "en".to_owned(),
        };
        let tr = Translator::new(&locale);
        Context { data_dir, models_dir, pack: args.pack.clone(), locale, json: args.json, tr }
    }

    /// The pack to use: --pack, or the installed default, or one shipped beside the program.
    pub fn pack_path(&self) -> PathBuf {
        if let Some(path) = &self.pack {
            return path.clone();
        }
        let installed = self.installed_pack_path();
        if installed.is_file() {
            return installed;
        }
        let beside_exe = std::env::current_exe().ok().and_then(|exe| {
            let dir = exe.parent()?.to_owned();
            [dir.join(DEFAULT_PACK), dir.join("../share/ustad").join(DEFAULT_PACK)].into_iter().find(|p| p.is_file())
        });
        beside_exe.unwrap_or(installed)
    }

    pub fn installed_pack_path(&self) -> PathBuf {
        self.data_dir.join("packs").join(DEFAULT_PACK)
    }

    pub fn open_pack(&self) -> Result<Pack> {
        Ok(Pack::open(&self.pack_path())?)
    }

    pub fn open_db(&self) -> Result<LearnerDb> {
        Ok(LearnerDb::open_in(&self.data_dir)?)
    }

    /// The learner named `name`, or the only learner of this laptop.
    pub fn learner(&self, db: &LearnerDb, name: Option<&str>) -> Result<Profile> {
        if let Some(name) = name {
            return db
                .profile_by_name(name)?
                .ok_or_else(|| learner::LearnerDbError::ProfileNotFound(name.into()).into());
        }
        let learners = db.profiles(Some(ProfileKind::Learner))?;
        match learners.len() {
            0 => Err(UserError::NoLearner.into()),
            1 => Ok(learners.into_iter().next().expect("one learner")),
            n => Err(UserError::WhichLearner(n).into()),
        }
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

/// Where downloads are kept between runs: `USTAD_CACHE_DIR`, or the OS cache folder.
pub fn cache_dir() -> PathBuf {
    std::env::var_os("USTAD_CACHE_DIR").map(PathBuf::from).unwrap_or_else(|| {
        directories::ProjectDirs::from("pk", "Ustad", "Ustad")
            .map(|dirs| dirs.cache_dir().to_owned())
            .unwrap_or_else(|| Path::new(".ustad-cache").to_owned())
    })
}

fn default_data_dir() -> PathBuf {
    directories::ProjectDirs::from("pk", "Ustad", "Ustad")
        .map(|dirs| dirs.data_dir().to_owned())
        .unwrap_or_else(|| Path::new(".ustad").to_owned())
}

impl Context {
    /// The same context in another language.
    pub fn with_locale(&self, locale: &str) -> Context {
        Context {
            data_dir: self.data_dir.clone(),
            models_dir: self.models_dir.clone(),
            pack: self.pack.clone(),
            locale: locale.to_owned(),
            json: self.json,
            tr: Translator::new(locale),
        }
    }
}
