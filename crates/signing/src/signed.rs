//! A file signed in a trailer after its content: `content | JSON | length (u32 LE) | MAGIC`.
//! The JSON holds the signing key, the signature over the SHA-256 of the content, and the
//! root document that names the key. A SQLite file read as usual ignores the trailer, so a
//! signed pack is still a pack. [`copy_verified`] checks while copying: the copy is what is
//! checked, and only the caller renames it into place.

use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::keyfile::KeyPair;
use crate::root::{RootDocument, Trust};
use crate::{hex, unhex, verify, Result, SigningError};

pub const MAGIC: &[u8; 16] = b"USTAD-SIGNED-V1\0";
const TAIL: u64 = 4 + 16;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Trailer {
    key: String,
    sig: String,
    #[serde(default)]
    root: Option<RootDocument>,
}

fn digest_prefix() -> Sha256 {
    let mut hash = Sha256::new();
    hash.update(b"ustad-signed-v1\n");
    hash
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> SigningError + '_ {
    move |source| SigningError::Io { path: path.to_owned(), source }
}

/// The length of the content of a signed file, and its trailer; `None` when it has none.
fn trailer_of(file: &mut std::fs::File, path: &Path) -> Result<Option<(u64, Trailer)>> {
    let len = file.metadata().map_err(io(path))?.len();
    if len < TAIL {
        return Ok(None);
    }
    let mut tail = [0u8; TAIL as usize];
    file.seek(SeekFrom::Start(len - TAIL)).map_err(io(path))?;
    file.read_exact(&mut tail).map_err(io(path))?;
    if &tail[4..] != MAGIC {
        return Ok(None);
    }
    let json_len = u64::from(u32::from_le_bytes(tail[..4].try_into().expect("4 bytes")));
    let Some(content_len) = len.checked_sub(TAIL + json_len) else { return Ok(None) };
    let mut json = vec![0u8; json_len as usize];
    file.seek(SeekFrom::Start(content_len)).map_err(io(path))?;
    file.read_exact(&mut json).map_err(io(path))?;
    let invalid = || SigningError::SignatureInvalid { path: path.to_owned() };
    let trailer: Trailer = serde_json::from_slice(&json).map_err(|_| invalid())?;
    // Only the one way of writing it: no byte of the trailer can change without notice.
    let canonical = serde_json::to_vec(&trailer).expect("a trailer serialises");
    if canonical != json || unhex(&trailer.sig).is_none_or(|sig| hex(&sig) != trailer.sig) {
        return Err(invalid());
    }
    Ok(Some((content_len, trailer)))
}

/// Signs `path` in place with `key` (a signature it already has is replaced), naming the key
/// by `root` when the key is not a root itself.
pub fn sign(path: &Path, key: &KeyPair, root: Option<&RootDocument>) -> Result<()> {
    let mut file = std::fs::OpenOptions::new().read(true).write(true).open(path).map_err(io(path))?;
    let content_len = match trailer_of(&mut file, path)? {
        Some((content_len, _)) => content_len,
        None => file.metadata().map_err(io(path))?.len(),
    };
    file.set_len(content_len).map_err(io(path))?;
    file.seek(SeekFrom::Start(0)).map_err(io(path))?;
    let mut hash = digest_prefix();
    std::io::copy(&mut (&mut file).take(content_len), &mut HashWriter(&mut hash)).map_err(io(path))?;
    let message = signed_message(&hash.finalize(), &key.public_hex(), root);
    let trailer = Trailer { key: key.public_hex(), sig: hex(&key.sign(&message)), root: root.cloned() };
    let json = serde_json::to_vec(&trailer).expect("a trailer serialises");
    file.seek(SeekFrom::End(0)).map_err(io(path))?;
    file.write_all(&json).map_err(io(path))?;
    file.write_all(&(json.len() as u32).to_le_bytes()).map_err(io(path))?;
    file.write_all(MAGIC).map_err(io(path))?;
    file.sync_all().map_err(io(path))
}

/// What the key signs: the content's digest, the key itself and the root document.
fn signed_message(digest: &[u8], key: &str, root: Option<&RootDocument>) -> Vec<u8> {
    let mut message = digest.to_vec();
    message.extend_from_slice(key.as_bytes());
    message.extend_from_slice(&serde_json::to_vec(&root).expect("a root document serialises"));
    message
}

struct HashWriter<'h>(&'h mut Sha256);

impl Write for HashWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// What a verified copy holds.
#[derive(Debug)]
pub struct Verified {
    /// The copy (the caller renames it into place, or it is deleted when dropped).
    pub copy: tempfile::TempPath,
    /// The key that signed it.
    pub key: String,
    /// The SHA-256 of the content (hex).
    pub sha256: String,
}

/// Copies `source` into a temporary file in `dir`, hashing the content as it is written
/// (`progress` gets bytes copied and in all), then checks the copy's signature against
/// `trust` (taking a newer root document it carries). Nothing is renamed here.
pub fn copy_verified(source: &Path, dir: &Path, trust: &mut Trust, progress: &dyn Fn(u64, u64)) -> Result<Verified> {
    let mut input = std::fs::File::open(source).map_err(io(source))?;
    let Some((content_len, _)) = trailer_of(&mut input, source)? else {
        return Err(SigningError::Unsigned { path: source.to_owned() });
    };
    let total = input.metadata().map_err(io(source))?.len();
    input.seek(SeekFrom::Start(0)).map_err(io(source))?;
    let mut copy = tempfile::Builder::new().prefix(".install-").tempfile_in(dir).map_err(io(dir))?;
    let mut hash = digest_prefix();
    let mut buffer = vec![0u8; 1 << 20];
    let mut done = 0u64;
    loop {
        let n = input.read(&mut buffer).map_err(io(source))?;
        if n == 0 {
            break;
        }
        let content_part = (content_len.saturating_sub(done) as usize).min(n);
        hash.update(&buffer[..content_part]);
        copy.write_all(&buffer[..n]).map_err(io(dir))?;
        done += n as u64;
        progress(done, total);
    }
    copy.as_file().sync_all().map_err(io(dir))?;
    // The trailer is read from the copy: what is checked is what was written.
    let copied = copy.into_temp_path();
    let mut written = std::fs::File::open(&copied).map_err(io(dir))?;
    let invalid = || SigningError::SignatureInvalid { path: source.to_owned() };
    let (copied_len, trailer) = trailer_of(&mut written, &copied)?.ok_or_else(invalid)?;
    if copied_len != content_len || done != total {
        return Err(invalid());
    }
    let digest = hash.finalize();
    let sig = unhex(&trailer.sig).ok_or_else(invalid)?;
    if !verify(&trailer.key, &signed_message(&digest, &trailer.key, trailer.root.as_ref()), &sig) {
        return Err(invalid());
    }
    if let Some(root) = &trailer.root {
        trust.offer(root)?;
    }
    if !trust.allows(&trailer.key) {
        return Err(SigningError::KeyUntrusted { path: source.to_owned() });
    }
    Ok(Verified { copy: copied, key: trailer.key, sha256: hex(&digest) })
}

/// Where a path is kept while it is checked.
pub fn install_dir(target: &Path) -> PathBuf {
    target.parent().map(Path::to_owned).unwrap_or_else(|| PathBuf::from("."))
}
