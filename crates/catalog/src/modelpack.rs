//! Model packs: models carried to schools on USB as one signed file (`NAME.ustadmodels`), the
//! catalogue entries and the files they name:
//!
//! ```text
//! "USTAD-MODELS-V1\n" | manifest length (u32 LE) | manifest (JSON) | file 1 | file 2 | ...
//! ```
//!
//! followed by the signature trailer of `signing::signed` (the same keys and root of trust as
//! content packs). The manifest lists each model's catalogue entry; the files follow in that
//! order, each `size` bytes. [`install`] reads the pack once, in order: the key is checked
//! before anything is read, each file is written beside the models under a hidden name and
//! hashed as it is written, and only when every file matches its entry's SHA-256 and the
//! signature matches the whole are the files renamed into place and the entries registered.
//! A model file is never in the models folder before its hash is checked.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use signing::root::Trust;
use signing::signed::SignedReader;

use crate::files::{io_err, Hashing};
use crate::{Catalog, CatalogError, ModelEntry, Result};

pub(crate) const MAGIC: &[u8; 16] = b"USTAD-MODELS-V1\n";
/// The file name ending of model packs.
pub const EXTENSION: &str = "ustadmodels";
/// A manifest is a few catalogue entries: anything much larger is not one.
const MAX_MANIFEST: u32 = 1 << 20;
/// The first line of the `catalog.d` files that a model pack writes.
const PACK_HEADER: &str = "# Installed from a model pack.";

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub name: String,
    pub version: String,
    pub models: Vec<ModelEntry>,
}

/// What a model pack installed.
#[derive(Debug, Clone, Serialize)]
pub struct InstalledModels {
    pub name: String,
    pub version: String,
    /// The ids of the models, in the pack's order.
    pub models: Vec<String>,
    /// The key that signed the pack (hex) and the SHA-256 of its content.
    pub signed_by: String,
    pub sha256: String,
}

fn invalid(path: &Path, message: impl Into<String>) -> CatalogError {
    CatalogError::InvalidCatalog { path: path.display().to_string(), message: message.into() }
}

/// Writes a model pack of the installed models `ids` of `catalog` to `out` (unsigned: sign it
/// with `signing::signed::sign`). Each file is hashed as it is copied and must match its entry.
pub fn build(catalog: &Catalog, ids: &[String], name: &str, version: &str, out: &Path) -> Result<Manifest> {
    let mut models = Vec::new();
    for id in ids {
        let entry = catalog.get(id)?.clone();
        if !entry.has_checksum() {
            return Err(invalid(Path::new(&entry.file), "the catalogue has no SHA-256 for it: import it first"));
        }
        let size = std::fs::metadata(catalog.path_of(&entry)).map_err(io_err(&catalog.path_of(&entry)))?.len();
        models.push(ModelEntry { size, default: false, ..entry });
    }
    let manifest = Manifest { name: name.to_owned(), version: version.to_owned(), models };
    let partial = out.with_extension("partial");
    let written = (|| {
        let mut file = File::create(&partial).map_err(io_err(&partial))?;
        let json = serde_json::to_vec(&manifest).expect("a manifest serialises");
        file.write_all(MAGIC).map_err(io_err(&partial))?;
        file.write_all(&(json.len() as u32).to_le_bytes()).map_err(io_err(&partial))?;
        file.write_all(&json).map_err(io_err(&partial))?;
        for entry in &manifest.models {
            let path = catalog.path_of(entry);
            let mut source = File::open(&path).map_err(io_err(&path))?;
            let mut hashing = Hashing::new();
            hashing.pump(&mut source, &path, Some((&mut file, &partial)))?;
            let (sha256, size) = hashing.finish();
            if sha256 != entry.sha256 || size != entry.size {
                return Err(CatalogError::ChecksumMismatch {
                    file: entry.file.clone(),
                    expected: entry.sha256.clone(),
                    found: sha256,
                });
            }
        }
        file.sync_all().map_err(io_err(&partial))
    })();
    match written {
        Ok(()) => std::fs::rename(&partial, out).map_err(io_err(out))?,
        Err(err) => {
            let _ = std::fs::remove_file(&partial);
            return Err(err);
        }
    }
    Ok(manifest)
}

/// Reads and checks the manifest at the start of a model pack's content.
/// The manifest of the model pack `path`, for showing what it would install: the whole file
/// is read and its signature checked first (nothing is written; the models are checked again
/// by SHA-256 when installed).
pub fn manifest(path: &Path, trust: &Trust) -> Result<Manifest> {
    let mut reader = SignedReader::open(path, trust)?;
    let manifest = read_manifest(&mut reader, path)?;
    std::io::copy(&mut reader, &mut std::io::sink()).map_err(io_err(path))?;
    reader.finish(&mut trust.clone())?;
    Ok(manifest)
}

fn read_manifest(reader: &mut SignedReader, path: &Path) -> Result<Manifest> {
    let not_a_pack = || invalid(path, "not a model pack");
    let mut head = [0u8; 20];
    reader.read_exact(&mut head).map_err(|_| not_a_pack())?;
    if &head[..16] != MAGIC {
        return Err(not_a_pack());
    }
    let len = u32::from_le_bytes(head[16..].try_into().expect("4 bytes"));
    if len > MAX_MANIFEST {
        return Err(not_a_pack());
    }
    let mut json = vec![0u8; len as usize];
    reader.read_exact(&mut json).map_err(|_| not_a_pack())?;
    let manifest: Manifest = serde_json::from_slice(&json).map_err(|e| invalid(path, e.to_string()))?;
    let mut ids = BTreeSet::new();
    let mut files = BTreeSet::new();
    let mut total = 20 + u64::from(len);
    for entry in &manifest.models {
        crate::check_id(&entry.id).map_err(|message| invalid(path, format!("model {}: {message}", entry.id)))?;
        if !crate::is_plain_file_name(&entry.file) {
            return Err(invalid(path, format!("model {}: `{}` is not a plain file name", entry.id, entry.file)));
        }
        if !entry.has_checksum() || entry.size == 0 {
            return Err(invalid(path, format!("model {}: no SHA-256 or size", entry.id)));
        }
        if !ids.insert(entry.id.as_str()) || !files.insert(entry.file.as_str()) {
            return Err(invalid(path, format!("model {} is in the pack twice", entry.id)));
        }
        total = total.saturating_add(entry.size);
    }
    if total != reader.content_len() {
        // Cut short or padded: the signature would fail too, but only after reading it all.
        return Err(CatalogError::Signing(signing::SigningError::SignatureInvalid { path: path.to_owned() }));
    }
    Ok(manifest)
}

/// Installs the model pack `path` into the models folder of `catalog` (see the module
/// documentation); `progress` gets bytes read and in all.
pub fn install(
    catalog: &Catalog,
    path: &Path,
    trust: &mut Trust,
    progress: &dyn Fn(u64, u64),
) -> Result<InstalledModels> {
    let dir = catalog.models_dir();
    std::fs::create_dir_all(dir.join("catalog.d")).map_err(io_err(dir))?;
    let mut reader = SignedReader::open(path, trust)?;
    let manifest = read_manifest(&mut reader, path)?;
    let total = reader.total_len();
    let mut staged: Vec<PathBuf> = Vec::new();
    let result = (|| {
        let mut done = 0u64;
        for entry in &manifest.models {
            let partial = dir.join(format!(".{}.partial", entry.file));
            staged.push(partial.clone());
            let mut out = File::create(&partial).map_err(io_err(&partial))?;
            let mut hashing = Hashing::new();
            let mut part = Progress { inner: (&mut reader).take(entry.size), done: &mut done, total, progress };
            hashing.pump(&mut part, path, Some((&mut out, &partial)))?;
            out.sync_all().map_err(io_err(&partial))?;
            let (sha256, size) = hashing.finish();
            if size != entry.size || sha256 != entry.sha256 {
                return Err(CatalogError::Signing(signing::SigningError::SignatureInvalid { path: path.to_owned() }));
            }
        }
        let checked = reader.finish(trust)?;
        for (entry, partial) in manifest.models.iter().zip(&staged) {
            let target = dir.join(&entry.file);
            std::fs::rename(partial, &target).map_err(io_err(&target))?;
            register(dir, entry, PACK_HEADER)?;
        }
        File::open(dir).and_then(|d| d.sync_all()).map_err(io_err(dir))?;
        Ok(InstalledModels {
            name: manifest.name.clone(),
            version: manifest.version.clone(),
            models: manifest.models.iter().map(|m| m.id.clone()).collect(),
            signed_by: checked.key,
            sha256: checked.sha256,
        })
    })();
    if result.is_err() {
        for partial in &staged {
            let _ = std::fs::remove_file(partial);
        }
    }
    result
}

/// Writes `<models dir>/catalog.d/<id>.toml` with `entry` under `header`; it replaces any entry
/// of that id.
pub(crate) fn register(dir: &Path, entry: &ModelEntry, header: &str) -> Result<()> {
    let toml_text = toml::to_string(&crate::CatalogFile { model: vec![entry.clone()] })
        .map_err(|e| CatalogError::InvalidCatalog { path: entry.id.clone(), message: e.to_string() })?;
    let registration = dir.join("catalog.d").join(format!("{}.toml", entry.id));
    let partial = registration.with_extension("partial");
    std::fs::write(&partial, format!("{header}\n{toml_text}")).map_err(io_err(&partial))?;
    std::fs::rename(&partial, &registration).map_err(io_err(&registration))
}

/// A reader that reports the bytes read so far.
struct Progress<'a, R> {
    inner: R,
    done: &'a mut u64,
    total: u64,
    progress: &'a dyn Fn(u64, u64),
}

impl<R: Read> Read for Progress<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        *self.done += n as u64;
        (self.progress)(*self.done, self.total);
        Ok(n)
    }
}
