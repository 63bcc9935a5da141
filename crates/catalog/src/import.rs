//! Installing a GGUF chat model from a file (for example on a USB stick): the header is checked,
//! the file is copied into the models folder while it is hashed, and then it is either adopted
//! as the catalogue model it is (same SHA-256; or same file name, when the catalogue does not
//! know that model's SHA-256 and records it now) or registered as a new model in
//! `<models dir>/catalog.d/<id>.toml`. A copy that is refused is removed again.

use std::fs;
use std::path::{Path, PathBuf};

use crate::files::{copy_hashing, io_err, sha256_file};
use crate::gguf::{self, GgufError, GgufInfo};
use crate::{mib_ceil, Catalog, CatalogError, ModelEntry, Result, Role, REGISTRATION_HEADER, TUTOR_CONTEXT};

/// How to register an imported model that is not in the catalogue. A file the catalogue knows
/// is installed as that model, with the catalogue's id, licence and languages.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    pub id: Option<String>,
    pub languages: Vec<String>,
    pub licence: Option<String>,
}

/// The file to install, hashed, either copied beside the models folder's files or already there.
struct Staged {
    path: PathBuf,
    sha256: String,
    size: u64,
    copied: bool,
}

/// Checks that `path` is a GGUF chat model of a supported architecture, copies it into the
/// models folder and adopts or registers it (see the module documentation).
pub fn import(catalog: &Catalog, path: &Path, options: &ImportOptions) -> Result<ModelEntry> {
    if let Some(id) = &options.id {
        crate::check_id(id).map_err(|message| CatalogError::InvalidCatalog {
            path: format!("--id {id}"),
            message: message.to_owned(),
        })?;
    }
    let info = checked_header(path)?;
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "model.gguf".into());
    if !crate::is_plain_file_name(&file_name) {
        return Err(CatalogError::InvalidCatalog { path: file_name, message: "not a plain file name".into() });
    }
    let dir = catalog.models_dir();
    fs::create_dir_all(dir.join("catalog.d")).map_err(io_err(dir))?;
    let staged = stage(path, dir, &file_name)?;
    let result = (|| {
        let (entry, register) = match catalogue_model(catalog, &file_name, &staged.sha256, staged.size)? {
            Some(known) => {
                let recorded_now = !known.has_checksum();
                let ram_mb = known.ram_mb.or_else(|| Some(mib_ceil(info.ram_bytes(staged.size, TUTOR_CONTEXT))));
                (ModelEntry { sha256: staged.sha256.clone(), size: staged.size, ram_mb, ..known.clone() }, recorded_now)
            }
            None => (new_entry(path, &file_name, &info, &staged, options), true),
        };
        let target = dir.join(&entry.file);
        if staged.path != target {
            fs::rename(&staged.path, &target).map_err(io_err(&target))?;
        }
        if register {
            crate::modelpack::register(dir, &entry, REGISTRATION_HEADER)?;
        }
        Ok(entry)
    })();
    if result.is_err() && staged.copied {
        let _ = fs::remove_file(&staged.path);
    }
    result
}

/// The header of `path`, refused unless it is a chat model of a supported architecture.
fn checked_header(path: &Path) -> Result<GgufInfo> {
    let shown = path.display().to_string();
    let info = gguf::read_header(path).map_err(|err| match err {
        GgufError::Io { source, .. } => CatalogError::Io { path: shown.clone(), source },
        other => CatalogError::InvalidModel { path: shown.clone(), reason: other.to_string() },
    })?;
    if !info.is_supported_architecture() {
        let architecture = info.architecture.clone().unwrap_or_else(|| "unknown".into());
        return Err(CatalogError::Unsupported { path: shown, architecture });
    }
    if !info.is_chat_model() {
        return Err(CatalogError::NotChat { path: shown });
    }
    Ok(info)
}

/// Hashes a file that is already in the models folder where it is; copies any other beside
/// the folder's files under a hidden name, hashing what was written.
fn stage(path: &Path, dir: &Path, file_name: &str) -> Result<Staged> {
    let in_place = dir.join(file_name);
    if fs::canonicalize(path).ok().is_some_and(|p| Some(p) == fs::canonicalize(&in_place).ok()) {
        let (sha256, size) = sha256_file(&in_place)?;
        return Ok(Staged { path: in_place, sha256, size, copied: false });
    }
    let partial = dir.join(format!(".{file_name}.partial"));
    match copy_hashing(path, &partial) {
        Ok((sha256, size)) => Ok(Staged { path: partial, sha256, size, copied: true }),
        Err(err) => {
            let _ = fs::remove_file(&partial);
            Err(err)
        }
    }
}

/// The catalogue's tutor model that this file is, if any: the one with the same SHA-256, or,
/// when the catalogue does not know a model's SHA-256, the one with the same file name (and
/// size, when that is known). A file named like a catalogue model but not matching it is
/// refused, because it would take that model's place in the models folder.
fn catalogue_model<'a>(
    catalog: &'a Catalog,
    file_name: &str,
    sha256: &str,
    size: u64,
) -> Result<Option<&'a ModelEntry>> {
    if let Some(known) = catalog.models.iter().find(|m| m.role == Role::Llm && m.has_checksum() && m.sha256 == sha256) {
        return Ok(Some(known));
    }
    let Some(named) = catalog.models.iter().find(|m| m.file == file_name) else { return Ok(None) };
    if named.has_checksum() {
        return Err(CatalogError::ChecksumMismatch {
            file: file_name.to_owned(),
            expected: named.sha256.clone(),
            found: sha256.to_owned(),
        });
    }
    if named.role != Role::Llm || (named.size != 0 && named.size != size) {
        return Err(CatalogError::InvalidModel {
            path: file_name.to_owned(),
            reason: format!(
                "it is named like the catalogue's `{}` ({} bytes) but is {size} bytes; rename it to import it as another model",
                named.id, named.size
            ),
        });
    }
    Ok(Some(named))
}

/// A catalogue entry for a model the catalogue does not know.
fn new_entry(path: &Path, file_name: &str, info: &GgufInfo, staged: &Staged, options: &ImportOptions) -> ModelEntry {
    let id = options.id.clone().unwrap_or_else(|| {
        let derived =
            file_name.trim_end_matches(".gguf").to_ascii_lowercase().replace(|c: char| !c.is_ascii_alphanumeric(), "-");
        let derived: String = derived.trim_matches('-').chars().take(64).collect();
        if derived.is_empty() {
            "model".to_owned()
        } else {
            derived
        }
    });
    ModelEntry {
        id: id.clone(),
        role: Role::Llm,
        name: info.name.clone().unwrap_or_else(|| id.clone()),
        file: file_name.to_owned(),
        size: staged.size,
        sha256: staged.sha256.clone(),
        licence: options.licence.clone().unwrap_or_else(|| "unknown (imported)".into()),
        languages: if options.languages.is_empty() { vec!["en".into()] } else { options.languages.clone() },
        context_length: info.context_length.unwrap_or(2048).min(u64::from(u32::MAX)) as u32,
        default: false,
        description: format!("Imported from {}", path.display()),
        ram_mb: Some(mib_ceil(info.ram_bytes(staged.size, TUTOR_CONTEXT))),
        chat: true,
        registry: None,
        upstream: None,
    }
}
