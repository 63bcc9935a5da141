//! Update from USB: what the content packs, model packs and installers on a stick would change
//! on this laptop, each checked before anything of it is shown: a content pack's signature and
//! hash while it is copied (the copy is what is opened, then deleted), a model pack's signature
//! over the whole file before its list of models is shown (each model is checked by SHA-256
//! again when installed), an installer against its signature beside it (`<file>.ustadsig`,
//! `ustad keys sign --detached`).
//! [`apply`] then installs what is new or newer, exactly as a single install does.

use std::path::{Path, PathBuf};

use i18n::Translator;
use serde::Serialize;

use crate::{describe, Paths};

/// What an offer would do here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    /// Not on this laptop yet (or another pack than the installed one).
    New,
    /// A newer version of what is installed.
    Newer,
    /// Already here.
    Same,
    /// Older than what is installed: never installed (a rollback).
    Older,
    /// A newer version of the same pack is on the stick too, and is installed instead.
    Superseded,
    /// Unsigned, tampered, signed by an unknown key, or not readable.
    Refused,
}

impl Change {
    /// Its name, as it is serialised (`new`, `newer`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Change::New => "new",
            Change::Newer => "newer",
            Change::Same => "same",
            Change::Older => "older",
            Change::Superseded => "superseded",
            Change::Refused => "refused",
        }
    }

    /// Whether [`apply`] installs it.
    pub fn applies(self) -> bool {
        matches!(self, Change::New | Change::Newer)
    }
}

/// Why an offer was refused: the error's code and its message in the reader's language.
#[derive(Debug, Clone, Serialize)]
pub struct Refusal {
    pub code: error_codes::ErrorCode,
    pub message: String,
}

/// A content pack on the stick.
#[derive(Debug, Clone, Serialize)]
pub struct PackOffer {
    pub path: PathBuf,
    pub drive: String,
    pub pack_id: String,
    pub version: String,
    /// The version installed now, if any.
    pub installed: Option<String>,
    pub change: Change,
    /// The lessons it adds, removes (kept in the archive with the work done in them) and changes.
    pub diff: pack::PackDiff,
    pub refused: Option<Refusal>,
}

/// A model in a model pack, and whether this laptop has it already (the same file).
#[derive(Debug, Clone, Serialize)]
pub struct ModelOffer {
    pub id: String,
    pub size: u64,
    pub installed: bool,
}

/// A model pack on the stick.
#[derive(Debug, Clone, Serialize)]
pub struct ModelsOffer {
    pub path: PathBuf,
    pub drive: String,
    pub name: String,
    pub version: String,
    pub models: Vec<ModelOffer>,
    pub change: Change,
    pub refused: Option<Refusal>,
}

/// An Ustad installer on the stick (`ustad_<version>_<arch>.deb`, any case), signed beside it.
/// The app cannot install itself: the teacher is told to close it and open the installer.
#[derive(Debug, Clone, Serialize)]
pub struct InstallerOffer {
    pub path: PathBuf,
    pub drive: String,
    pub version: String,
    /// The version running now.
    pub running: String,
    pub change: Change,
    pub refused: Option<Refusal>,
}

/// Everything an update from USB would do.
#[derive(Debug, Clone, Default, Serialize)]
pub struct UpdatePlan {
    pub packs: Vec<PackOffer>,
    pub models: Vec<ModelsOffer>,
    pub installers: Vec<InstallerOffer>,
}

impl UpdatePlan {
    /// Whether [`apply`] would install anything.
    pub fn has_changes(&self) -> bool {
        self.packs.iter().any(|p| p.change.applies()) || self.models.iter().any(|m| m.change.applies())
    }
}

/// What [`apply`] installed.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Applied {
    pub packs: Vec<crate::Installed>,
    pub models: Vec<catalog::modelpack::InstalledModels>,
}

fn refusal(tr: &Translator, err: &anyhow::Error) -> Refusal {
    let (code, message) = describe(tr, err);
    Refusal { code, message }
}

/// `version` offered against `here`: newer, the same or older.
fn by_version(version: &str, here: &str) -> Change {
    match pack::version_key(version).cmp(&pack::version_key(here)) {
        std::cmp::Ordering::Greater => Change::Newer,
        std::cmp::Ordering::Equal => Change::Same,
        std::cmp::Ordering::Less => Change::Older,
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// The update `files` (with the name of the stick each is on: [`sync::usb::update_files`], or
/// [`sync::usb::files_in`] for one folder) would make, in `tr`'s language. Nothing is installed.
pub fn scan(paths: &Paths, tr: &Translator, files: &[(PathBuf, String)]) -> UpdatePlan {
    let mut plan = UpdatePlan::default();
    for (path, drive) in files {
        match path.extension().and_then(|e| e.to_str()) {
            Some("ustadpack") => plan.packs.push(pack_offer(paths, tr, path, drive)),
            Some(ending) if ending == catalog::modelpack::EXTENSION => {
                plan.models.push(models_offer(paths, tr, path, drive));
            }
            Some("deb") => plan.installers.extend(installer_offer(paths, tr, path, drive)),
            _ => {}
        }
    }
    supersede(&mut plan.packs);
    plan
}

/// A laptop has one content pack: of the packs that would install, only the newest of the
/// installed pack's id (else the newest of the first new id) does.
fn supersede(packs: &mut [PackOffer]) {
    let chosen = packs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.change.applies())
        .max_by(|(_, a), (_, b)| {
            (a.change == Change::Newer, pack::version_key(&a.version))
                .cmp(&(b.change == Change::Newer, pack::version_key(&b.version)))
        })
        .map(|(idx, _)| idx);
    for (idx, offer) in packs.iter_mut().enumerate() {
        if offer.change.applies() && Some(idx) != chosen {
            offer.change = Change::Superseded;
        }
    }
}

fn pack_offer(paths: &Paths, tr: &Translator, path: &Path, drive: &str) -> PackOffer {
    let mut offer = PackOffer {
        path: path.to_owned(),
        drive: drive.to_owned(),
        pack_id: String::new(),
        version: String::new(),
        installed: None,
        change: Change::Refused,
        diff: pack::PackDiff::default(),
        refused: None,
    };
    if let Err(err) = preview_pack(paths, tr.locale(), path, &mut offer) {
        offer.change = Change::Refused;
        offer.refused = Some(refusal(tr, &err));
    }
    offer
}

fn preview_pack(paths: &Paths, locale: &str, path: &Path, offer: &mut PackOffer) -> anyhow::Result<()> {
    let target = paths.installed_pack_path();
    let dir = signing::signed::install_dir(&target);
    std::fs::create_dir_all(&dir)?;
    let mut trust = signing::root::Trust::of_build(&paths.data_dir);
    // The checked copy is what is opened; it is deleted when this returns.
    let verified = signing::signed::copy_verified(path, &dir, &mut trust, &|_, _| {})?;
    let new = pack::Pack::open(&verified.copy)?;
    new.verify()?;
    offer.pack_id = new.info().pack_id.clone();
    offer.version = new.info().version.clone();
    match pack::Pack::open(&target) {
        Ok(old) => {
            let old = old.with_archive(&paths.pack_archive_dir());
            offer.installed = Some(old.info().version.clone());
            offer.change = if old.info().pack_id != new.info().pack_id {
                Change::New
            } else {
                by_version(&new.info().version, &old.info().version)
            };
            offer.diff = pack::diff(&old, &new, locale)?;
        }
        Err(_) => {
            offer.change = Change::New;
            let every = new.lessons(&pack::LessonFilter::default(), locale)?;
            offer.diff.added = every.into_iter().map(|l| l.title).collect();
        }
    }
    Ok(())
}

fn models_offer(paths: &Paths, tr: &Translator, path: &Path, drive: &str) -> ModelsOffer {
    let mut offer = ModelsOffer {
        path: path.to_owned(),
        drive: drive.to_owned(),
        name: file_name(path),
        version: String::new(),
        models: Vec::new(),
        change: Change::Refused,
        refused: None,
    };
    let preview = || -> anyhow::Result<(catalog::modelpack::Manifest, catalog::Catalog)> {
        let trust = signing::root::Trust::of_build(&paths.data_dir);
        Ok((catalog::modelpack::manifest(path, &trust)?, catalog::Catalog::load(&paths.models_dir)?))
    };
    match preview() {
        Ok((manifest, catalog)) => {
            let status = catalog.status();
            offer.models = manifest
                .models
                .iter()
                .map(|entry| ModelOffer {
                    id: entry.id.clone(),
                    size: entry.size,
                    installed: status
                        .iter()
                        .any(|s| s.installed && s.entry.id == entry.id && s.entry.sha256 == entry.sha256),
                })
                .collect();
            offer.change = if offer.models.iter().all(|m| m.installed) { Change::Same } else { Change::New };
            offer.name = manifest.name;
            offer.version = manifest.version;
        }
        Err(err) => offer.refused = Some(refusal(tr, &err)),
    }
    offer
}

/// The version in an Ustad installer's name (`ustad_0.2.0_amd64.deb`), `None` for another file.
pub fn installer_version(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    let mut parts = stem.split('_');
    let (name, version) = (parts.next()?, parts.next()?);
    (name.eq_ignore_ascii_case("ustad") && version.starts_with(|c: char| c.is_ascii_digit()))
        .then(|| version.to_owned())
}

fn installer_offer(paths: &Paths, tr: &Translator, path: &Path, drive: &str) -> Option<InstallerOffer> {
    let version = installer_version(path)?;
    let running = env!("CARGO_PKG_VERSION").to_owned();
    let mut offer = InstallerOffer {
        path: path.to_owned(),
        drive: drive.to_owned(),
        version,
        running,
        change: Change::Refused,
        refused: None,
    };
    let mut trust = signing::root::Trust::of_build(&paths.data_dir);
    match signing::signed::verify_detached(path, &mut trust) {
        Ok(_) => {
            offer.change = by_version(&offer.version, &offer.running);
        }
        Err(err) => offer.refused = Some(refusal(tr, &anyhow::Error::from(err))),
    }
    Some(offer)
}

/// Installs every pack of `plan` that is new or newer (each checked again as it is copied);
/// `progress` gets the bytes of the file being installed. Stops at the first error, keeping
/// what was installed before it.
pub fn apply(paths: &Paths, plan: &UpdatePlan, progress: &dyn Fn(u64, u64)) -> anyhow::Result<Applied> {
    let mut applied = Applied::default();
    for offer in plan.packs.iter().filter(|p| p.change.applies()) {
        applied.packs.push(crate::install_pack(paths, &offer.path, progress)?);
    }
    for offer in plan.models.iter().filter(|m| m.change.applies()) {
        applied.models.push(crate::install_model_pack(paths, &offer.path, progress)?);
    }
    Ok(applied)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_installer_is_known_by_its_name() {
        assert_eq!(installer_version(Path::new("/media/usb/Ustad_0.2.0_amd64.deb")).as_deref(), Some("0.2.0"));
        assert_eq!(installer_version(Path::new("ustad_1.10.3_amd64.deb")).as_deref(), Some("1.10.3"));
        assert_eq!(installer_version(Path::new("firefox_120.0_amd64.deb")), None);
        assert_eq!(installer_version(Path::new("ustad.deb")), None);
    }
}
