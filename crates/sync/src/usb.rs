//! Sync files on a USB stick: the stick's `ustad/` folder. A teacher's laptop writes one file
//! per class (`class-…`) and collects the learner laptops' files (`laptop-…`); a learner's
//! laptop reads the class files and writes its own (replacing its earlier one: each holds
//! all the teacher has not acknowledged). Sticks are found where the desktop mounts them
//! (`/media/USER/LABEL`, `/run/media/USER/LABEL`), or in `USTAD_USB_DIR` (folders separated
//! by `:`; the tests use it).

use std::path::{Path, PathBuf};

/// The folder on the stick.
pub const FOLDER: &str = "ustad";
pub const EXTENSION: &str = "ustadsync";

/// Whose files: written by a teacher's laptop (`class-`) or a learner's (`laptop-`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Class,
    Laptop,
}

impl Kind {
    fn prefix(self) -> &'static str {
        match self {
            Kind::Class => "class-",
            Kind::Laptop => "laptop-",
        }
    }
}

/// The USB sticks mounted now: `(folder, its name)`.
pub fn drives() -> Vec<(PathBuf, String)> {
    let roots: Vec<PathBuf> = match std::env::var_os("USTAD_USB_DIR") {
        Some(dirs) => return std::env::split_paths(&dirs).filter(|d| d.is_dir()).map(named).collect(),
        None => {
            let user = std::env::var("USER").unwrap_or_default();
            vec![PathBuf::from("/media").join(&user), PathBuf::from("/run/media").join(&user)]
        }
    };
    let mut found = Vec::new();
    for root in roots {
        let Ok(entries) = std::fs::read_dir(&root) else { continue };
        for entry in entries.flatten() {
            if entry.path().is_dir() {
                found.push(named(entry.path()));
            }
        }
    }
    found.sort();
    found
}

fn named(path: PathBuf) -> (PathBuf, String) {
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    (path, name)
}

/// The sync files of `kind` on the stick, oldest name first.
pub fn files(drive: &Path, kind: Kind) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(drive.join(FOLDER)) else { return Vec::new() };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with(kind.prefix()) && p.extension().is_some_and(|e| e == EXTENSION)
        })
        .collect();
    files.sort();
    files
}

/// Whether a class's file is the file of `class_id`'s class.
pub fn is_for_class(path: &Path, class_id: &str) -> bool {
    let short: String = class_id.chars().filter(char::is_ascii_alphanumeric).take(8).collect();
    path.file_name().is_some_and(|n| n.to_string_lossy().ends_with(&format!("-{short}.{EXTENSION}")))
}

/// Where a file of `kind` named after `name` and `id` goes on the stick (the folder made).
pub fn file_for(drive: &Path, kind: Kind, name: &str, id: &str) -> std::io::Result<PathBuf> {
    let folder = drive.join(FOLDER);
    std::fs::create_dir_all(&folder)?;
    let safe: String = name.chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).take(40).collect();
    let short: String = id.chars().filter(char::is_ascii_alphanumeric).take(8).collect();
    Ok(folder.join(format!("{}{safe}-{short}.{EXTENSION}", kind.prefix())))
}

/// Content packs and model packs on the sticks mounted now (`*.ustadpack`, `*.ustadmodels` at
/// a stick's top or in its `ustad/` folder): `(file, the stick's name)`.
pub fn packs() -> Vec<(PathBuf, String)> {
    files_on_sticks(&["ustadpack", "ustadmodels"])
}

/// Files ending in `.<ending>` at a stick's top or in its `ustad/` folder (a provisioning file).
pub fn files_ending(ending: &str) -> Vec<PathBuf> {
    files_on_sticks(&[ending]).into_iter().map(|(path, _)| path).collect()
}

/// What an update from USB reads: content packs, model packs and installers (`*.deb`).
pub const UPDATE_ENDINGS: [&str; 3] = ["ustadpack", "ustadmodels", "deb"];

fn files_on_sticks(endings: &[&str]) -> Vec<(PathBuf, String)> {
    let mut found: Vec<(PathBuf, String)> =
        drives().into_iter().flat_map(|(drive, label)| files_in(&drive, &label, endings)).collect();
    found.sort();
    found
}

/// Files ending in one of `endings` at the top of `drive` or in its `ustad/` folder, each with
/// `label`, sorted.
pub fn files_in(drive: &Path, label: &str, endings: &[&str]) -> Vec<(PathBuf, String)> {
    let mut found = Vec::new();
    for dir in [drive.to_owned(), drive.join(FOLDER)] {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_file() && path.extension().is_some_and(|e| endings.iter().any(|end| e == *end)) {
                found.push((path, label.to_owned()));
            }
        }
    }
    found.sort();
    found
}

/// Content packs, model packs and installers on the sticks mounted now (see [`UPDATE_ENDINGS`]).
pub fn update_files() -> Vec<(PathBuf, String)> {
    files_on_sticks(&UPDATE_ENDINGS)
}
