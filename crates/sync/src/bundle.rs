//! The bundle file: one SQLite file (self-describing; `sqlite3 FILE .dump` shows what it
//! carries) with
//! - `manifest`: format, schema version, school, sending device and its public key, what the
//!   sender holds from each device and what this bundle covers (per-device sequence ranges),
//!   a join request or answer, counts;
//! - `devices`: the school's laptops as certificates signed by a teacher's laptop;
//! - `records`: the records, each with its origin device's signature (relayed unchanged);
//!
//! followed by a trailer: [`TRAILER_MAGIC`] and the sender's Ed25519 signature over the
//! SHA-256 of the whole SQLite image, so any byte changed anywhere is noticed (SQLite reads
//! the file as usual and ignores the trailer).
//!
//! Written to a temporary file beside the target, fsynced and renamed, so a full disk or a
//! pulled stick never leaves half a bundle under the real name. Read whole into memory; the
//! image is copied to a private temporary file and only that copy is opened, checked and
//! read, so what is imported is exactly what was checked.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use learner::{DeviceCert, Record};
use rusqlite::{params, Connection, OpenFlags};
use sha2::{Digest, Sha256};

use crate::keys::{self, DeviceKey};
use crate::{Result, SyncError};

/// `USYB` in the SQLite header's application id.
pub const APPLICATION_ID: i32 = 0x5553_5942;
/// The bundle format this code writes and reads.
pub const FORMAT: i32 = 1;

/// A bundle in memory.
#[derive(Debug, Clone, Default)]
pub struct Bundle {
    pub manifest: BTreeMap<String, String>,
    pub devices: Vec<DeviceCert>,
    pub records: Vec<Record>,
    /// The sender's signature of [`image_digest`] (read from the trailer).
    pub signature: Vec<u8>,
    /// SHA-256 of the SQLite image as read (empty for a bundle being made).
    pub image_digest: Vec<u8>,
}

/// Ends every bundle, before the 64-byte signature.
pub const TRAILER_MAGIC: &[u8; 16] = b"USTAD-SYNC-SIG1\0";
const TRAILER_LEN: usize = 16 + 64;

fn image_digest(image: &[u8]) -> Vec<u8> {
    let mut hash = Sha256::new();
    hash.update(b"ustad-bundle-v1\n");
    hash.update(image);
    hash.finalize().to_vec()
}

impl Bundle {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.manifest.get(key).map(String::as_str)
    }

    /// Writes the bundle signed by `key` to `path`: a temporary file beside it, the
    /// trailer, fsync, rename, fsync folder.
    pub fn write(&self, path: &Path, key: &DeviceKey) -> Result<u64> {
        let temp = partial_path(path);
        let _ = std::fs::remove_file(&temp);
        let written = self.write_file(&temp).and_then(|()| {
            let io = |source: std::io::Error| match source.raw_os_error() {
                Some(28) | Some(27) => SyncError::DiskFull,
                _ => SyncError::Io { path: path.to_owned(), source },
            };
            let image = std::fs::read(&temp).map_err(io)?;
            let signature = key.sign(&image_digest(&image));
            let mut file = std::fs::OpenOptions::new().append(true).open(&temp).map_err(io)?;
            file.write_all(TRAILER_MAGIC).and_then(|()| file.write_all(&signature)).map_err(io)?;
            file.sync_all().map_err(io)?;
            std::fs::rename(&temp, path).map_err(io)?;
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::File::open(dir).and_then(|d| d.sync_all()).map_err(io)?;
            }
            Ok(std::fs::metadata(path).map_err(io)?.len())
        });
        if written.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
        written
    }

    fn write_file(&self, path: &Path) -> Result<()> {
        let mut conn = Connection::open(path).map_err(|e| write_error(path, e))?;
        let sql = |e| write_error(path, e);
        conn.execute_batch(&format!(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 4096;
             PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {FORMAT};
             CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL);
             CREATE TABLE devices (n INTEGER PRIMARY KEY, cert TEXT NOT NULL);
             CREATE TABLE records (n INTEGER PRIMARY KEY, tbl TEXT NOT NULL, body TEXT NOT NULL, sig BLOB NOT NULL);"
        ))
        .map_err(sql)?;
        let tx = conn.transaction().map_err(sql)?;
        {
            let mut stmt = tx.prepare("INSERT INTO manifest (key, value) VALUES (?1, ?2)").map_err(sql)?;
            for (key, value) in &self.manifest {
                stmt.execute([key, value]).map_err(sql)?;
            }
            let mut stmt = tx.prepare("INSERT INTO devices (cert) VALUES (?1)").map_err(sql)?;
            for cert in &self.devices {
                stmt.execute([serde_json::to_string(cert).expect("a certificate serialises")]).map_err(sql)?;
            }
            let mut stmt = tx.prepare("INSERT INTO records (tbl, body, sig) VALUES (?1, ?2, ?3)").map_err(sql)?;
            for record in &self.records {
                stmt.execute(params![record.table, record.body, record.sig.as_deref().unwrap_or_default()])
                    .map_err(sql)?;
            }
        }
        tx.commit().map_err(sql)?;
        conn.close().map_err(|(_, e)| write_error(path, e))
    }

    /// Reads a bundle file and checks its shape and that the key it names signed it (not
    /// yet whether that key belongs to the school); `scratch` is a private folder for the
    /// copy that is opened.
    pub fn read(path: &Path, scratch: &Path) -> Result<Bundle> {
        let bytes = std::fs::read(path).map_err(|source| SyncError::Io { path: path.to_owned(), source })?;
        let not_bundle = || SyncError::NotABundle { path: path.to_owned() };
        let damaged = |detail: String| SyncError::Damaged { path: path.to_owned(), detail };
        if !bytes.starts_with(b"SQLite format 3\0") || bytes.len() < 72 {
            return Err(not_bundle());
        }
        if bytes.len() < 100 + TRAILER_LEN || &bytes[bytes.len() - TRAILER_LEN..bytes.len() - 64] != TRAILER_MAGIC {
            // Another SQLite file (a learner database, a content pack), or a bundle cut short.
            let app = i32::from_be_bytes([bytes[68], bytes[69], bytes[70], bytes[71]]);
            return Err(if bytes.len() >= 100 && app != APPLICATION_ID {
                not_bundle()
            } else {
                damaged("it ends too early".into())
            });
        }
        let (image, signature) = bytes.split_at(bytes.len() - TRAILER_LEN);
        let copy = tempfile::Builder::new()
            .prefix("bundle-")
            .tempfile_in(scratch)
            .and_then(|mut file| file.write_all(image).map(|()| file))
            .map_err(|source| SyncError::Io { path: scratch.to_owned(), source })?;
        let uri = format!("file:{}?immutable=1", uri_path(copy.path()));
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(uri, flags).map_err(|e| damaged(e.to_string()))?;
        let check = |conn: &Connection| -> rusqlite::Result<(String, i32, i32)> {
            conn.execute_batch("PRAGMA trusted_schema = OFF")?;
            let verdict: String = conn.query_row("PRAGMA quick_check(1)", [], |row| row.get(0))?;
            let app: i32 = conn.query_row("PRAGMA application_id", [], |row| row.get(0))?;
            let format: i32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
            Ok((verdict, app, format))
        };
        let (verdict, app, format) = check(&conn).map_err(|e| damaged(e.to_string()))?;
        if verdict != "ok" {
            return Err(damaged(verdict));
        }
        if app != APPLICATION_ID {
            return Err(not_bundle());
        }
        let digest = image_digest(image);
        let signature = signature[16..].to_vec();
        let sender_key: Option<String> =
            conn.query_row("SELECT value FROM manifest WHERE key = 'sender_key'", [], |row| row.get(0)).ok();
        if !sender_key.is_some_and(|key| keys::verify(&key, &digest, &signature)) {
            return Err(SyncError::Tampered);
        }
        if format > FORMAT {
            return Err(SyncError::FormatNewer { found: format, supported: FORMAT });
        }
        let mut bundle = load(&conn).map_err(|e| match e {
            SyncError::Damaged { detail, .. } => damaged(detail),
            other => damaged(other.to_string()),
        })?;
        bundle.signature = signature;
        bundle.image_digest = digest;
        Ok(bundle)
    }
}

fn load(conn: &Connection) -> Result<Bundle> {
    let sql = |e: rusqlite::Error| SyncError::Damaged { path: PathBuf::new(), detail: e.to_string() };
    let mut bundle = Bundle::default();
    let mut stmt = conn.prepare("SELECT key, value FROM manifest ORDER BY key").map_err(sql)?;
    for row in stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?))).map_err(sql)? {
        let (key, value) = row.map_err(sql)?;
        bundle.manifest.insert(key, value);
    }
    let mut stmt = conn.prepare("SELECT cert FROM devices ORDER BY n").map_err(sql)?;
    for row in stmt.query_map([], |row| row.get::<_, String>(0)).map_err(sql)? {
        let cert = serde_json::from_str(&row.map_err(sql)?)
            .map_err(|e| SyncError::Damaged { path: PathBuf::new(), detail: e.to_string() })?;
        bundle.devices.push(cert);
    }
    let mut stmt = conn.prepare("SELECT tbl, body, sig FROM records ORDER BY n").map_err(sql)?;
    let mut rows = stmt.query([]).map_err(sql)?;
    while let Some(row) = rows.next().map_err(sql)? {
        let record = Record::parse(
            &row.get::<_, String>(0).map_err(sql)?,
            row.get(1).map_err(sql)?,
            Some(row.get(2).map_err(sql)?),
        )?;
        bundle.records.push(record);
    }
    Ok(bundle)
}

/// The temporary file a bundle is written to before it is renamed into place.
pub fn partial_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    path.with_file_name(name)
}

fn write_error(path: &Path, err: rusqlite::Error) -> SyncError {
    match err.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DiskFull) => SyncError::DiskFull,
        _ => SyncError::Io { path: path.to_owned(), source: std::io::Error::other(err.to_string()) },
    }
}

/// A path as a SQLite URI path (percent-encoding what URIs reserve).
fn uri_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' | '?' | '#' | ' ' => out.push_str(&format!("%{:02X}", c as u32)),
            other => out.push(other),
        }
    }
    out
}
