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
    file.seek(SeekFrom::End(0)).map_err(io(path))?;
    write_trailer(&mut file, path, hash, key, root)
}

/// Appends the trailer signing the content hashed into `hash` to `file`, and syncs it.
fn write_trailer(
    file: &mut std::fs::File,
    path: &Path,
    hash: Sha256,
    key: &KeyPair,
    root: Option<&RootDocument>,
) -> Result<()> {
    let message = signed_message(&hash.finalize(), &key.public_hex(), root);
    let trailer = Trailer { key: key.public_hex(), sig: hex(&key.sign(&message)), root: root.cloned() };
    let json = serde_json::to_vec(&trailer).expect("a trailer serialises");
    file.write_all(&json).map_err(io(path))?;
    file.write_all(&(json.len() as u32).to_le_bytes()).map_err(io(path))?;
    file.write_all(MAGIC).map_err(io(path))?;
    file.sync_all().map_err(io(path))
}

/// The ending of a detached signature's file name.
pub const DETACHED_EXTENSION: &str = "ustadsig";

/// Where the signature of a file that cannot carry a trailer (an installer) is kept: beside
/// it, `<file>.ustadsig`, holding the trailer alone.
pub fn detached_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(DETACHED_EXTENSION);
    PathBuf::from(name)
}

fn hash_whole(path: &Path) -> Result<Sha256> {
    let mut file = std::fs::File::open(path).map_err(io(path))?;
    let mut hash = digest_prefix();
    std::io::copy(&mut file, &mut HashWriter(&mut hash)).map_err(io(path))?;
    Ok(hash)
}

/// Signs `path` with `key` in a file beside it ([`detached_path`]), leaving `path` as it is.
pub fn sign_detached(path: &Path, key: &KeyPair, root: Option<&RootDocument>) -> Result<PathBuf> {
    let hash = hash_whole(path)?;
    let signature = detached_path(path);
    let mut out = std::fs::File::create(&signature).map_err(io(&signature))?;
    write_trailer(&mut out, &signature, hash, key, root)?;
    Ok(signature)
}

/// Checks `path` against its detached signature ([`detached_path`]): signed by a key `trust`
/// allows (taking a newer root document it carries), every byte unchanged.
pub fn verify_detached(path: &Path, trust: &mut Trust) -> Result<Checked> {
    let signature = detached_path(path);
    let mut sig = match std::fs::File::open(&signature) {
        Ok(sig) => sig,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(SigningError::Unsigned { path: path.to_owned() })
        }
        Err(e) => return Err(SigningError::Io { path: signature, source: e }),
    };
    let invalid = || SigningError::SignatureInvalid { path: path.to_owned() };
    let (content_len, trailer) = trailer_of(&mut sig, &signature)?.ok_or_else(invalid)?;
    if content_len != 0 {
        return Err(invalid());
    }
    check(trailer, hash_whole(path)?, path, trust)
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
    let checked = check(trailer, hash, source, trust)?;
    Ok(Verified { copy: copied, key: checked.key, sha256: checked.sha256 })
}

/// Who signed what: the key (hex) and the SHA-256 of the content (hex).
#[derive(Debug, Clone)]
pub struct Checked {
    pub key: String,
    pub sha256: String,
}

/// Checks `trailer`'s signature over the content hashed into `hash`, then the key against
/// `trust` (which takes a newer root document the trailer carries).
fn check(trailer: Trailer, hash: Sha256, path: &Path, trust: &mut Trust) -> Result<Checked> {
    let invalid = || SigningError::SignatureInvalid { path: path.to_owned() };
    let digest = hash.finalize();
    let sig = unhex(&trailer.sig).ok_or_else(invalid)?;
    if !verify(&trailer.key, &signed_message(&digest, &trailer.key, trailer.root.as_ref()), &sig) {
        return Err(invalid());
    }
    if let Some(root) = &trailer.root {
        trust.offer(root)?;
    }
    if !trust.allows(&trailer.key) {
        return Err(SigningError::KeyUntrusted { path: path.to_owned() });
    }
    Ok(Checked { key: trailer.key, sha256: hex(&digest) })
}

/// A signed file read once, in order, without a copy of the whole (a model pack of gigabytes):
/// the content is hashed as it is read, and [`SignedReader::finish`] checks the signature over
/// exactly what was read. The signing key is checked against the trust first, so a foreign
/// file is refused before anything is read.
pub struct SignedReader {
    input: std::io::Take<std::fs::File>,
    path: PathBuf,
    hash: Sha256,
    trailer: Trailer,
    content_len: u64,
    total: u64,
}

impl SignedReader {
    pub fn open(path: &Path, trust: &Trust) -> Result<SignedReader> {
        let mut file = std::fs::File::open(path).map_err(io(path))?;
        let Some((content_len, trailer)) = trailer_of(&mut file, path)? else {
            return Err(SigningError::Unsigned { path: path.to_owned() });
        };
        let mut probe = trust.clone();
        if let Some(root) = &trailer.root {
            probe.offer(root)?;
        }
        if !probe.allows(&trailer.key) {
            return Err(SigningError::KeyUntrusted { path: path.to_owned() });
        }
        let total = file.metadata().map_err(io(path))?.len();
        file.seek(SeekFrom::Start(0)).map_err(io(path))?;
        Ok(SignedReader {
            input: file.take(content_len),
            path: path.to_owned(),
            hash: digest_prefix(),
            trailer,
            content_len,
            total,
        })
    }

    /// Bytes of content (what is signed), and of the whole file.
    pub fn content_len(&self) -> u64 {
        self.content_len
    }

    pub fn total_len(&self) -> u64 {
        self.total
    }

    /// After every byte of content was read: checks the signature over it, and takes a newer
    /// root document the file carries into `trust`. The key that signed it and the content's
    /// SHA-256 (hex).
    pub fn finish(self, trust: &mut Trust) -> Result<Checked> {
        if self.input.limit() != 0 {
            return Err(SigningError::SignatureInvalid { path: self.path });
        }
        check(self.trailer, self.hash, &self.path, trust)
    }
}

/// The content of a small signed file (a provisioning file), read whole and checked: signed by a
/// key `trust` allows, unchanged. A file whose content is over `max_len` bytes is refused as
/// not one of these.
pub fn read_verified(path: &Path, trust: &mut Trust, max_len: u64) -> Result<(Vec<u8>, Checked)> {
    let mut reader = SignedReader::open(path, trust)?;
    if reader.content_len() > max_len {
        return Err(SigningError::SignatureInvalid { path: path.to_owned() });
    }
    let mut content = Vec::with_capacity(reader.content_len() as usize);
    reader.read_to_end(&mut content).map_err(io(path))?;
    let checked = reader.finish(trust)?;
    Ok((content, checked))
}

impl Read for SignedReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.input.read(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }
}

/// Where a path is kept while it is checked.
pub fn install_dir(target: &Path) -> PathBuf {
    target.parent().map(Path::to_owned).unwrap_or_else(|| PathBuf::from("."))
}
