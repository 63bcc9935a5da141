//! Reading model files through SHA-256: hashing a file, and writing a stream into a file while
//! hashing what is written, so a file is read once whether it is checked, copied or assembled.

use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::{CatalogError, Result};

pub(crate) fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> CatalogError + '_ {
    move |source| CatalogError::Io { path: path.display().to_string(), source }
}

/// A SHA-256 and a byte count over everything pumped through it.
pub(crate) struct Hashing {
    hasher: Sha256,
    size: u64,
    buf: Vec<u8>,
}

impl Hashing {
    pub(crate) fn new() -> Hashing {
        Hashing { hasher: Sha256::new(), size: 0, buf: vec![0u8; 1 << 20] }
    }

    /// Reads `reader` (named `from` in errors) to its end, hashing it, and writes it to `out`
    /// (named by its path in errors) when there is one.
    pub(crate) fn pump(
        &mut self,
        reader: &mut dyn Read,
        from: &Path,
        mut out: Option<(&mut File, &Path)>,
    ) -> Result<()> {
        loop {
            let n = reader.read(&mut self.buf).map_err(io_err(from))?;
            if n == 0 {
                return Ok(());
            }
            self.hasher.update(&self.buf[..n]);
            if let Some((file, path)) = out.as_mut() {
                file.write_all(&self.buf[..n]).map_err(io_err(path))?;
            }
            self.size += n as u64;
        }
    }

    /// The SHA-256 (lower-case hex) and the byte count.
    pub(crate) fn finish(self) -> (String, u64) {
        let hex = self.hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
        (hex, self.size)
    }
}

/// SHA-256 (hex) and size of a file.
pub fn sha256_file(path: &Path) -> Result<(String, u64)> {
    let mut file = File::open(path).map_err(io_err(path))?;
    let mut hashing = Hashing::new();
    hashing.pump(&mut file, path, None)?;
    Ok(hashing.finish())
}

/// Copies `from` to a new file `to`, synced to disk, and returns the SHA-256 and size of what
/// was written.
pub(crate) fn copy_hashing(from: &Path, to: &Path) -> Result<(String, u64)> {
    let mut source = File::open(from).map_err(io_err(from))?;
    let mut out = File::create(to).map_err(io_err(to))?;
    let mut hashing = Hashing::new();
    hashing.pump(&mut source, from, Some((&mut out, to)))?;
    out.sync_all().map_err(io_err(to))?;
    Ok(hashing.finish())
}
