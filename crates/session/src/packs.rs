//! Installing a content pack (from a USB stick): only a pack signed by a key this build
//! trusts, checked while it is copied into the packs folder (the copy is what is checked),
//! complete and undamaged, and not older than the installed one; then renamed into place.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::{Paths, UserError};

/// What was installed.
#[derive(Debug, Clone, Serialize)]
pub struct Installed {
    pub path: PathBuf,
    pub pack_id: String,
    pub version: String,
    /// The key that signed it (hex).
    pub signed_by: String,
    pub sha256: String,
    /// The version it replaced, if any.
    pub replaced: Option<String>,
    /// Lessons the new pack no longer has, kept readable in the archive (`packs/archive/`) so
    /// learners' progress and assignments keep them.
    pub archived: Vec<String>,
}

/// Installs `file` as this laptop's default pack; `progress` gets bytes copied and in all.
pub fn install_pack(paths: &Paths, file: &Path, progress: &dyn Fn(u64, u64)) -> anyhow::Result<Installed> {
    let target = paths.installed_pack_path();
    let dir = target.parent().expect("the packs folder").to_owned();
    std::fs::create_dir_all(&dir)?;
    let mut trust = signing::root::Trust::of_build(&paths.data_dir);
    let verified = signing::signed::copy_verified(file, &dir, &mut trust, progress)?;
    let new_pack = pack::Pack::open(&verified.copy)?;
    new_pack.verify()?;
    let new = new_pack.info().clone();
    let (replaced, archived) = match pack::Pack::open(&target) {
        Ok(old_pack) => {
            let old = old_pack.info().clone();
            if old.pack_id == new.pack_id && pack::version_key(&new.version) < pack::version_key(&old.version) {
                return Err(UserError::PackRollback { found: new.version, installed: old.version }.into());
            }
            // Lessons the new pack drops stay readable: the old pack is kept in the archive.
            let archived = pack::archive_removed(&old_pack, &new_pack, &paths.pack_archive_dir())?;
            (Some(old.version), archived)
        }
        Err(_) => (None, Vec::new()),
    };
    drop(new_pack);
    verified.copy.persist(&target).map_err(|e| e.error)?;
    std::fs::File::open(&dir)?.sync_all()?;
    trust.save(&paths.data_dir)?;
    tracing::info!(pack = %new.pack_id, version = %new.version, archived = archived.len(), "content pack installed");
    Ok(Installed {
        path: target,
        pack_id: new.pack_id,
        version: new.version,
        signed_by: verified.key,
        sha256: verified.sha256,
        replaced,
        archived,
    })
}

/// Installs the model pack `file` (from a USB stick) into this laptop's models folder: signed by
/// a key this build trusts, each model checked by SHA-256 while it is copied, nothing in place
/// before every check passed (`catalog::modelpack`); `progress` gets bytes read and in all.
pub fn install_model_pack(
    paths: &Paths,
    file: &Path,
    progress: &dyn Fn(u64, u64),
) -> anyhow::Result<catalog::modelpack::InstalledModels> {
    let catalog = catalog::Catalog::load(&paths.models_dir)?;
    let mut trust = signing::root::Trust::of_build(&paths.data_dir);
    let installed = catalog::modelpack::install(&catalog, file, &mut trust, progress)?;
    trust.save(&paths.data_dir)?;
    tracing::info!(models = ?installed.models, version = %installed.version, "model pack installed");
    Ok(installed)
}
