//! The learner's laptop side: one sync with a teacher's laptop at a known address.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use learner::LearnerDb;
use serde::Serialize;
use sha2::{Digest, Sha256};
use sync::{ExportSummary, Hello, ImportSummary, Laptop, Target};

use crate::{io, LanError, Result};

const CHUNK: usize = 256 << 10;

/// What one sync did.
#[derive(Debug, Clone, Serialize)]
pub struct LanSync {
    pub server: String,
    pub sent: ExportSummary,
    pub received: ImportSummary,
    /// Bytes of the upload the server already had (a transfer resumed), and of the download.
    pub resumed_upload: u64,
    pub resumed_download: u64,
}

/// Stops a transfer after this many bytes each way (to try resuming; `None` in use).
#[derive(Debug, Clone, Copy, Default)]
pub struct Limit {
    pub upload: Option<u64>,
    pub download: Option<u64>,
}

fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new().timeout_connect(Duration::from_secs(5)).timeout(Duration::from_secs(120)).build()
}

fn unreachable(address: &str) -> impl Fn(ureq::Error) -> LanError + '_ {
    move |err| match err {
        ureq::Error::Status(_, response) => {
            let value: serde_json::Value = response.into_json().unwrap_or_default();
            let code = value["error"]["code"].as_str().and_then(error_codes::ErrorCode::from_code);
            match code {
                Some(code) => {
                    LanError::Refused { code, message: value["error"]["message"].as_str().unwrap_or("").into() }
                }
                None => LanError::Unreachable { address: address.to_owned(), detail: value.to_string() },
            }
        }
        other => LanError::Unreachable { address: address.to_owned(), detail: other.to_string() },
    }
}

/// Bytes moved so far and in all (the upload, then the upload and the download), for a
/// progress bar.
pub type Progress<'p> = &'p dyn Fn(u64, u64);

/// Syncs both ways with the teacher's laptop at `address` (`host:port`).
pub fn sync_with(
    db: &mut LearnerDb,
    data_dir: &Path,
    address: &str,
    limit: Limit,
    progress: Progress<'_>,
) -> Result<LanSync> {
    let base = format!("http://{address}/v1");
    let agent = agent();
    let fail = unreachable(address);
    let hello: Hello = agent
        .get(&format!("{base}/hello"))
        .call()
        .map_err(&fail)?
        .into_json()
        .map_err(|e| LanError::Unreachable { address: address.to_owned(), detail: e.to_string() })?;
    let mut laptop = Laptop::open(db, data_dir)?;
    laptop.check_server(&hello)?;

    // A download cut off last time is finished first (its upload went through then).
    let dir = data_dir.join("lan");
    std::fs::create_dir_all(&dir).map_err(io(&dir))?;
    let waiting = dir.join(format!("from-{}.json", hello.device_id));
    let (id, size, sent, resumed_upload) = match read_json::<Waiting>(&waiting) {
        Some(w) => (w.id, w.size, w.sent, 0),
        None => {
            let (id, sent, resumed) = upload(&mut laptop, &agent, &base, &dir, &hello, limit, progress, &fail)?;
            let finished: serde_json::Value = agent
                .post(&format!("{base}/finish/{id}"))
                .set("X-Ustad-Device", &hello.device_id)
                .call()
                .map_err(&fail)?
                .into_json()
                .unwrap_or_default();
            let size = finished["size"].as_u64().unwrap_or(0);
            let w = Waiting { id: id.clone(), size, sent: sent.clone() };
            write_atomic(&waiting, &serde_json::to_vec(&w).expect("serialises"))?;
            let pending = dir.join(format!("to-{}.sealed", hello.device_id));
            let _ = std::fs::remove_file(&pending);
            let _ = std::fs::remove_file(pending.with_extension("json"));
            (id, size, sent, resumed)
        }
    };

    // Download the answer, resuming a partial one.
    let partial = dir.join(format!("from-{id}.part"));
    let resumed_download = std::fs::metadata(&partial).map_or(0, |m| m.len()).min(size);
    match download(&agent, &base, &id, &partial, (resumed_download, size), limit.download, progress, &fail) {
        Ok(()) => {}
        Err(LanError::Interrupted) => return Err(LanError::Interrupted),
        Err(err) => {
            // The server no longer has it (it stopped in between): start afresh next time;
            // what was sent is imported there already, and sending it again changes nothing.
            let _ = std::fs::remove_file(&waiting);
            let _ = std::fs::remove_file(&partial);
            return Err(err);
        }
    }
    let sealed_answer = std::fs::read(&partial).map_err(io(&partial))?;
    let answer = laptop.open_sealed(&sealed_answer)?;
    let plain = dir.join("incoming.ustadsync");
    write_atomic(&plain, &answer)?;
    let received = laptop.import(&plain)?;
    let _ = std::fs::remove_file(&plain);
    let _ = std::fs::remove_file(&partial);
    let _ = std::fs::remove_file(&waiting);
    let _ = agent.delete(&format!("{base}/transfer/{id}")).call();
    Ok(LanSync { server: hello.label, sent, received, resumed_upload, resumed_download })
}

/// A download under way: the transfer, its size, and what its upload carried.
#[derive(Serialize, serde::Deserialize)]
struct Waiting {
    id: String,
    size: u64,
    sent: ExportSummary,
}

/// Seals this laptop's bundle for the server (kept in the data folder until it is through)
/// and uploads it from what the server has: `(transfer id, what it carries, bytes resumed)`.
#[allow(clippy::too_many_arguments)]
fn upload(
    laptop: &mut Laptop<'_>,
    agent: &ureq::Agent,
    base: &str,
    dir: &Path,
    hello: &Hello,
    limit: Limit,
    progress: Progress<'_>,
    fail: &impl Fn(ureq::Error) -> LanError,
) -> Result<(String, ExportSummary, u64)> {
    let pending = dir.join(format!("to-{}.sealed", hello.device_id));
    let summary_path = pending.with_extension("json");
    let (sealed, sent) = match (std::fs::read(&pending), read_json::<ExportSummary>(&summary_path)) {
        (Ok(sealed), Some(sent)) => (sealed, sent),
        _ => {
            let plain = dir.join("outgoing.ustadsync");
            let sent = laptop.export(&plain, &Target::Device(hello.device_id.clone()), None)?;
            let bytes = std::fs::read(&plain).map_err(io(&plain))?;
            let _ = std::fs::remove_file(&plain);
            let sealed = sync::seal::seal(&hello.public_key, &bytes)?;
            write_atomic(&summary_path, serde_json::to_vec(&sent).expect("a summary serialises").as_slice())?;
            write_atomic(&pending, &sealed)?;
            (sealed, sent)
        }
    };
    let id: String = Sha256::digest(&sealed).iter().take(16).map(|b| format!("{b:02x}")).collect();
    let status: serde_json::Value =
        agent.get(&format!("{base}/upload/{id}")).call().map_err(fail)?.into_json().unwrap_or_default();
    let resumed = status["received"].as_u64().unwrap_or(0).min(sealed.len() as u64);
    let mut offset = resumed as usize;
    let mut this_time = 0u64;
    while offset < sealed.len() {
        if limit.upload.is_some_and(|max| this_time >= max) {
            return Err(LanError::Interrupted);
        }
        let end = (offset + CHUNK).min(sealed.len());
        agent
            .put(&format!("{base}/upload/{id}"))
            .set("X-Ustad-Offset", &offset.to_string())
            .send_bytes(&sealed[offset..end])
            .map_err(fail)?;
        this_time += (end - offset) as u64;
        offset = end;
        progress(offset as u64, sealed.len() as u64);
    }
    Ok((id, sent, resumed))
}

#[allow(clippy::too_many_arguments)]
fn download(
    agent: &ureq::Agent,
    base: &str,
    id: &str,
    partial: &Path,
    (from, size): (u64, u64),
    limit: Option<u64>,
    progress: Progress<'_>,
    fail: &impl Fn(ureq::Error) -> LanError,
) -> Result<()> {
    if from >= size {
        return Ok(());
    }
    let response =
        agent.get(&format!("{base}/download/{id}")).set("Range", &format!("bytes={from}-")).call().map_err(fail)?;
    let mut file = std::fs::OpenOptions::new().create(true).append(true).open(partial).map_err(io(partial))?;
    if from == 0 {
        file.set_len(0).map_err(io(partial))?;
    }
    let mut reader = response.into_reader().take(limit.unwrap_or(u64::MAX));
    let mut buffer = vec![0u8; 64 << 10];
    let mut got = from;
    loop {
        let n = reader.read(&mut buffer).map_err(io(partial))?;
        if n == 0 {
            break;
        }
        file.write_all(&buffer[..n]).map_err(io(partial))?;
        got += n as u64;
        progress(got, size);
    }
    file.sync_all().map_err(io(partial))?;
    if got < size {
        return Err(LanError::Interrupted);
    }
    Ok(())
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Option<T> {
    serde_json::from_slice(&std::fs::read(path).ok()?).ok()
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let temp: PathBuf = path.with_extension("partial");
    let mut file = std::fs::File::create(&temp).map_err(io(&temp))?;
    file.write_all(bytes).and_then(|()| file.sync_all()).map_err(io(&temp))?;
    std::fs::rename(&temp, path).map_err(io(path))
}
