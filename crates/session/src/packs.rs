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
}

/// `1.10.0` > `1.9.2`: dotted numbers compared as numbers.
fn version_key(version: &str) -> Vec<u64> {
    version.split(['.', '-', '+']).map(|part| part.parse().unwrap_or(0)).collect()
}

/// Installs `file` as this laptop's default pack; `progress` gets bytes copied and in all.
pub fn install_pack(paths: &Paths, file: &Path, progress: &dyn Fn(u64, u64)) -> anyhow::Result<Installed> {
    let target = paths.installed_pack_path();
    let dir = target.parent().expect("the packs folder").to_owned();
    std::fs::create_dir_all(&dir)?;
    let mut trust = signing::root::Trust::of_build(&paths.data_dir);
    let verified = signing::signed::copy_verified(file, &dir, &mut trust, progress)?;
    let new = {
        let pack = pack::Pack::open(&verified.copy)?;
        pack.verify()?;
        pack.info().clone()
    };
    let replaced = match pack::Pack::open(&target) {
        Ok(old) => {
            let old = old.info().clone();
            if old.pack_id == new.pack_id && version_key(&new.version) < version_key(&old.version) {
                return Err(UserError::PackRollback { found: new.version, installed: old.version }.into());
            }
            Some(old.version)
        }
        Err(_) => None,
    };
    verified.copy.persist(&target).map_err(|e| e.error)?;
    std::fs::File::open(&dir)?.sync_all()?;
    trust.save(&paths.data_dir)?;
    Ok(Installed {
        path: target,
        pack_id: new.pack_id,
        version: new.version,
        signed_by: verified.key,
        sha256: verified.sha256,
        replaced,
    })
}
