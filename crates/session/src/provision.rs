//! Unattended provisioning: one file, written by the ministry or a district office and signed
//! like packs (`ustad keys sign`), that makes a school laptop ready without anyone clicking
//! through setup: the school and district, the laptop's language, teacher accounts (Argon2id
//! password hashes, never passwords), their classes with the tutor's settings, and the content
//! packs and model packs to install (files beside it, on the same stick).
//!
//! ```toml
//! id = "punjab-2026-gps12-lahore"   # applied once per laptop, like cloud-init's instance id
//! school = "Government Primary School No. 12"
//! district = "Lahore"
//! language = "ur"
//! packs = ["lessons-2026.ustadpack"]
//! models = ["models-2026.ustadmodels"]
//!
//! [[teacher]]
//! name = "Nadia"
//! password_hash = "$argon2id$v=19$m=19456,t=2,p=1$..."   # ustad keys hash-password
//!
//! [[class]]
//! name = "5 Blue"
//! teacher = "Nadia"
//! tutor = "hints"      # on, hints or off
//! daily_limit = 20
//! groups = ["Readers"]
//! ```
//!
//! [`apply`] checks the signature, then every value (an error names its line), then installs
//! the packs and models and makes what the laptop lacks: teachers and classes that exist are
//! left as they are, so each step can be repeated. The file's `id` is remembered last: the same
//! file applied again changes nothing.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::{Paths, UserError};

/// The file name ending of provisioning files.
pub const EXTENSION: &str = "ustadprovision";
/// A provisioning file is a few kilobytes; anything much larger is not one.
const MAX_LEN: u64 = 1 << 20;
/// Settings this laptop keeps of its provisioning.
pub const PROVISIONED: &str = "provisioned_id";
pub const SCHOOL_NAME: &str = "school_name";
pub const DISTRICT: &str = "district";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    id: Spanned<String>,
    school: Spanned<String>,
    #[serde(default)]
    district: String,
    language: Spanned<String>,
    #[serde(default)]
    packs: Vec<Spanned<String>>,
    #[serde(default)]
    models: Vec<Spanned<String>>,
    #[serde(default)]
    teacher: Vec<Spanned<RawTeacher>>,
    #[serde(default)]
    class: Vec<Spanned<RawClass>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTeacher {
    name: String,
    password_hash: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClass {
    name: String,
    teacher: Spanned<String>,
    #[serde(default)]
    tutor: Option<Spanned<String>>,
    #[serde(default)]
    daily_limit: Option<u32>,
    #[serde(default)]
    groups: Vec<String>,
}

/// What applying a provisioning file did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Provisioned {
    pub id: String,
    pub school: String,
    /// False when this laptop had applied the file before (nothing was done).
    pub applied: bool,
    pub teachers_added: Vec<String>,
    pub classes_added: Vec<String>,
    /// Content packs installed (file names), and those skipped because the laptop's is newer.
    pub packs: Vec<String>,
    pub packs_skipped: Vec<String>,
    /// Models installed from model packs (catalogue ids).
    pub models: Vec<String>,
}

fn invalid(file: &Path, source: &str, offset: usize, detail: impl Into<String>) -> anyhow::Error {
    UserError::ProvisionInvalid {
        file: file.display().to_string(),
        line: curriculum::line_of(source, offset),
        detail: detail.into(),
    }
    .into()
}

/// The checked content of a provisioning file.
struct Plan {
    raw: RawFile,
    packs: Vec<PathBuf>,
    models: Vec<PathBuf>,
}

/// Reads `file`: signed by a key this build trusts, unchanged, and every value valid.
fn read(paths: &Paths, file: &Path) -> anyhow::Result<Plan> {
    let mut trust = signing::root::Trust::of_build(&paths.data_dir);
    let (bytes, _) = signing::signed::read_verified(file, &mut trust, MAX_LEN)?;
    let source = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        invalid(file, &String::from_utf8_lossy(e.as_bytes()), offset, "not UTF-8 text")
    })?;
    let raw: RawFile = toml::from_str(&source)
        .map_err(|e| invalid(file, &source, e.span().map_or(0, |s| s.start), e.message().to_owned()))?;
    let at = |span: std::ops::Range<usize>, detail: String| invalid(file, &source, span.start, detail);
    if raw.id.get_ref().trim().is_empty() {
        return Err(at(raw.id.span(), "`id` is empty".into()));
    }
    if raw.school.get_ref().trim().is_empty() {
        return Err(at(raw.school.span(), "`school` is empty".into()));
    }
    if !curriculum::LOCALES.contains(&raw.language.get_ref().as_str()) {
        let known = curriculum::LOCALES.join(", ");
        return Err(at(raw.language.span(), format!("`language` is one of {known}")));
    }
    for teacher in raw.teacher.iter().map(Spanned::get_ref) {
        if !learner::is_password_hash(teacher.password_hash.get_ref()) {
            let detail = "`password_hash` is an Argon2id hash (ustad keys hash-password), never a password";
            return Err(at(teacher.password_hash.span(), detail.into()));
        }
    }
    for class in raw.class.iter().map(Spanned::get_ref) {
        let name = class.teacher.get_ref().trim();
        if !raw.teacher.iter().any(|t| t.get_ref().name.trim().eq_ignore_ascii_case(name)) {
            return Err(at(class.teacher.span(), format!("the teacher `{name}` is not one of this file's teachers")));
        }
        if let Some(mode) = class.tutor.as_ref().filter(|m| learner::TutorMode::parse(m.get_ref()).is_none()) {
            return Err(at(mode.span(), "`tutor` is on, hints or off".into()));
        }
    }
    let dir = file.parent().unwrap_or(Path::new("."));
    let beside = |names: &[Spanned<String>], ending: &str| -> anyhow::Result<Vec<PathBuf>> {
        let mut found = Vec::new();
        for name in names {
            let plain = catalog::is_plain_file_name(name.get_ref()) && name.get_ref().ends_with(ending);
            if !plain {
                return Err(at(name.span(), format!("`{}` is not a file name ending in {ending}", name.get_ref())));
            }
            let path = dir.join(name.get_ref());
            if !path.is_file() {
                return Err(at(name.span(), format!("`{}` is not beside this file", name.get_ref())));
            }
            found.push(path);
        }
        Ok(found)
    };
    let packs = beside(&raw.packs, ".ustadpack")?;
    let models = beside(&raw.models, &format!(".{}", catalog::modelpack::EXTENSION))?;
    Ok(Plan { raw, packs, models })
}

/// Applies the provisioning file `file` to this laptop once (see the module documentation);
/// `progress` gets bytes copied and in all for each pack in turn.
pub fn apply(paths: &Paths, file: &Path, progress: &dyn Fn(u64, u64)) -> anyhow::Result<Provisioned> {
    let plan = read(paths, file)?;
    let raw = &plan.raw;
    let mut done =
        Provisioned { id: raw.id.get_ref().clone(), school: raw.school.get_ref().clone(), ..Default::default() };
    let mut db = paths.open_db()?;
    if db.setting(PROVISIONED)?.as_deref() == Some(raw.id.get_ref().as_str()) {
        return Ok(done);
    }
    for pack in &plan.packs {
        let name = pack.file_name().unwrap_or_default().to_string_lossy().into_owned();
        match crate::install_pack(paths, pack, progress) {
            Ok(_) => done.packs.push(name),
            Err(err) if matches!(err.downcast_ref(), Some(UserError::PackRollback { .. })) => {
                done.packs_skipped.push(name)
            }
            Err(err) => return Err(err),
        }
    }
    for models in &plan.models {
        done.models.extend(crate::install_model_pack(paths, models, progress)?.models);
    }
    let language = raw.language.get_ref();
    let mut teachers = Vec::new();
    for teacher in raw.teacher.iter().map(Spanned::get_ref) {
        let (made, added) = db.provision_teacher(&teacher.name, language, teacher.password_hash.get_ref())?;
        if added {
            done.teachers_added.push(made.name().to_owned());
        }
        teachers.push(made);
    }
    for class in raw.class.iter().map(Spanned::get_ref) {
        let wanted = class.teacher.get_ref().trim();
        let Some(teacher) = teachers.iter().find(|t| t.name().trim().eq_ignore_ascii_case(wanted)) else {
            continue;
        };
        let existing = db.classes(teacher)?.into_iter().find(|c| c.name.eq_ignore_ascii_case(class.name.trim()));
        let made = match existing {
            Some(found) => found,
            None => {
                done.classes_added.push(class.name.trim().to_owned());
                db.create_class(teacher, &class.name)?
            }
        };
        let mode =
            class.tutor.as_ref().and_then(|m| learner::TutorMode::parse(m.get_ref())).unwrap_or(learner::TutorMode::On);
        db.set_tutor_policy(teacher, &made.id, learner::TutorPolicy { mode, daily_limit: class.daily_limit })?;
        let groups = db.groups(&made.id)?;
        for group in &class.groups {
            if !groups.iter().any(|g| g.name.eq_ignore_ascii_case(group.trim())) {
                db.add_group(teacher, &made.id, group)?;
            }
        }
    }
    db.set_setting("locale", language)?;
    db.set_setting(SCHOOL_NAME, raw.school.get_ref().trim())?;
    db.set_setting(DISTRICT, raw.district.trim())?;
    // Last: a laptop that stopped half-way applies the file again from the start.
    db.set_setting(PROVISIONED, raw.id.get_ref())?;
    tracing::info!(id = %done.id, teachers = done.teachers_added.len(), classes = done.classes_added.len(), "provisioned");
    done.applied = true;
    Ok(done)
}

/// On the app's first run on a laptop that has no teacher and was never provisioned: applies
/// the first provisioning file found on a USB stick or beside the program ([`find`]) that
/// applies. Files that are refused are passed over, with their errors, so the app still opens.
pub fn on_first_run(paths: &Paths) -> (Option<Provisioned>, Vec<(PathBuf, anyhow::Error)>) {
    let fresh = paths
        .open_db()
        .is_ok_and(|db| db.setting(PROVISIONED).ok().flatten().is_none() && db.has_teachers().ok() == Some(false));
    let mut refused = Vec::new();
    if fresh {
        for file in find() {
            match apply(paths, &file, &|_, _| {}) {
                Ok(done) => return (Some(done), refused),
                Err(err) => refused.push((file, err)),
            }
        }
    }
    (None, refused)
}

/// Provisioning files on the USB sticks mounted now and beside the program (an installation's
/// `share/ustad/`), for the app's first run.
pub fn find() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = sync::usb::files_ending(EXTENSION);
    for dir in crate::paths::program_dirs() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        found.extend(entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == EXTENSION)));
    }
    found
}
