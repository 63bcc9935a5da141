//! Where Ustad keeps its data on this laptop: the data folder (learner database, installed pack,
//! models) and the download cache.

use std::path::{Path, PathBuf};

/// File name of the installed default pack inside `<data dir>/packs/`.
pub const DEFAULT_PACK: &str = "default.ustadpack";

#[derive(Debug, Clone)]
pub struct Paths {
    pub data_dir: PathBuf,
    pub models_dir: PathBuf,
    /// A pack chosen explicitly (`--pack`), instead of the installed one.
    pub pack: Option<PathBuf>,
}

impl Paths {
    /// `data_dir` (or `USTAD_DATA_DIR`, or the OS data folder) with models inside it unless given.
    pub fn new(data_dir: Option<PathBuf>, models_dir: Option<PathBuf>, pack: Option<PathBuf>) -> Paths {
        let data_dir =
            data_dir.or_else(|| std::env::var_os("USTAD_DATA_DIR").map(PathBuf::from)).unwrap_or_else(default_data_dir);
        let models_dir = models_dir.unwrap_or_else(|| data_dir.join("models"));
        // A worker that died of SIGILL is started on its compatible CPU tier from then on.
        supervisor::remember_tiers_in(&data_dir);
        Paths { data_dir, models_dir, pack }
    }

    /// The pack to use: the chosen one, or the installed default, or one shipped beside the program.
    pub fn pack_path(&self) -> PathBuf {
        if let Some(path) = &self.pack {
            return path.clone();
        }
        let installed = self.installed_pack_path();
        if installed.is_file() {
            return installed;
        }
        let beside_exe = program_dirs().into_iter().map(|dir| dir.join(DEFAULT_PACK)).find(|p| p.is_file());
        beside_exe.map(|found| std::fs::canonicalize(&found).unwrap_or(found)).unwrap_or(installed)
    }

    pub fn installed_pack_path(&self) -> PathBuf {
        self.data_dir.join("packs").join(DEFAULT_PACK)
    }

    /// Where packs keep the lessons a newer pack removed (see `pack::archive_removed`).
    pub fn pack_archive_dir(&self) -> PathBuf {
        self.data_dir.join("packs").join(pack::ARCHIVE_DIR)
    }

    /// The pack to use; the installed one with its archive behind it.
    pub fn open_pack(&self) -> Result<pack::Pack, pack::PackError> {
        let path = self.pack_path();
        let pack = pack::Pack::open(&path)?;
        Ok(if path == self.installed_pack_path() { pack.with_archive(&self.pack_archive_dir()) } else { pack })
    }

    pub fn open_db(&self) -> Result<learner::LearnerDb, learner::LearnerDbError> {
        learner::LearnerDb::open_in(&self.data_dir)
    }
}

/// Where an installation keeps what ships with the program: beside it, and `../share/ustad/`
/// from it (the Debian package: `/usr/share/ustad/`).
pub fn program_dirs() -> Vec<PathBuf> {
    let Some(dir) = std::env::current_exe().ok().and_then(|exe| exe.parent().map(Path::to_owned)) else {
        return Vec::new();
    };
    vec![dir.clone(), dir.join("../share/ustad")]
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
