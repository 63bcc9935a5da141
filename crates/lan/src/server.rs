//! The teacher's laptop side: an HTTP server on one thread (requests one after the other: a
//! class's laptops, a few megabytes each), with its own connection to the learner database.
//! Stopped (and its mDNS announcement withdrawn) when dropped.

use std::io::Read;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;

use learner::{LearnerDb, Teacher};
use sha2::{Digest, Sha256};
use sync::{Laptop, Target};
use tiny_http::{Header, Method, Request, Response, StatusCode};

use crate::{io, LanError, Result};

/// The port a teacher's laptop serves on when it is free (else any free one, announced by
/// mDNS; the sync screen shows the address to type).
pub const DEFAULT_PORT: u16 = 47_811;
/// The largest chunk a client may send at once.
const MAX_CHUNK: usize = 4 << 20;

pub struct Server {
    http: Arc<tiny_http::Server>,
    addr: SocketAddr,
    thread: Option<JoinHandle<()>>,
    announcement: Option<crate::discover::Announcement>,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server").field("addr", &self.addr).finish()
    }
}

impl Server {
    /// Serves the laptop whose data folder is `data_dir` (and `db` a connection of its own
    /// to its database) on `bind` (port 0: any), as the signed-in `teacher`; announced by
    /// mDNS when `announce`.
    pub fn start(
        mut db: LearnerDb,
        data_dir: &Path,
        bind: SocketAddr,
        teacher: Teacher,
        announce: bool,
    ) -> Result<Server> {
        let hello = Laptop::open(&mut db, data_dir)?.hello()?;
        let http = tiny_http::Server::http(bind)
            .or_else(|e| if bind.port() == DEFAULT_PORT { tiny_http::Server::http((bind.ip(), 0)) } else { Err(e) })
            .map_err(|e| LanError::Server(e.to_string()))?;
        let http = Arc::new(http);
        let addr = http.server_addr().to_ip().ok_or_else(|| LanError::Server("no IP address".into()))?;
        let transfers = data_dir.join("lan");
        let _ = std::fs::remove_dir_all(&transfers);
        std::fs::create_dir_all(&transfers).map_err(io(&transfers))?;
        let state = State { db, data_dir: data_dir.to_owned(), transfers, teacher };
        let serving = Arc::clone(&http);
        let thread = std::thread::Builder::new()
            .name("ustad-lan-sync".into())
            .spawn(move || serve(&serving, state))
            .map_err(|e| LanError::Server(e.to_string()))?;
        let announcement = announce.then(|| crate::discover::announce(&hello, addr.port())).flatten();
        Ok(Server { http, addr, thread: Some(thread), announcement })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The addresses a learner's laptop can type: this laptop's network addresses with the
    /// port (loopback only when it serves on loopback alone).
    pub fn addresses(&self) -> Vec<String> {
        if !self.addr.ip().is_unspecified() {
            return vec![self.addr.to_string()];
        }
        let mut out: Vec<String> = if_addrs::get_if_addrs()
            .unwrap_or_default()
            .into_iter()
            .filter(|i| !i.is_loopback() && i.ip().is_ipv4())
            .map(|i| format!("{}:{}", i.ip(), self.addr.port()))
            .collect();
        out.sort();
        out
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        drop(self.announcement.take());
        self.http.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

struct State {
    db: LearnerDb,
    data_dir: PathBuf,
    transfers: PathBuf,
    teacher: Teacher,
}

fn serve(http: &tiny_http::Server, mut state: State) {
    for request in http.incoming_requests() {
        let response = handle(&mut state, request);
        if let Err(err) = response {
            eprintln!("ustad lan sync: {err}");
        }
    }
}

fn json(status: u16, value: &serde_json::Value) -> Response<std::io::Cursor<Vec<u8>>> {
    let header = Header::from_bytes("Content-Type", "application/json").expect("a valid header");
    Response::from_data(value.to_string().into_bytes()).with_status_code(StatusCode(status)).with_header(header)
}

fn refusal(err: &LanError) -> Response<std::io::Cursor<Vec<u8>>> {
    let status = match err.code().as_str() {
        "SYNC_NOT_PAIRED" | "SYNC_DEVICE_REMOVED" | "SYNC_FOREIGN_SCHOOL" => 403,
        "IO_ERROR" | "DB_ERROR" | "DISK_FULL" => 500,
        _ => 400,
    };
    json(status, &serde_json::json!({ "error": { "code": err.code(), "message": err.to_string() } }))
}

fn header<'r>(request: &'r Request, name: &'static str) -> Option<&'r str> {
    request.headers().iter().find(|h| h.field.equiv(name)).map(|h| h.value.as_str())
}

/// A transfer id is 32 hex digits (nothing else reaches a file name).
fn transfer_id(text: &str) -> Option<&str> {
    (text.len() == 32 && text.bytes().all(|b| b.is_ascii_hexdigit())).then_some(text)
}

fn handle(state: &mut State, mut request: Request) -> std::io::Result<()> {
    let url = request.url().to_owned();
    let parts: Vec<&str> = url.trim_start_matches('/').split('/').collect();
    let response = match (request.method(), parts.as_slice()) {
        (Method::Get, ["v1", "hello"]) => match Laptop::open(&mut state.db, &state.data_dir).and_then(|l| l.hello()) {
            Ok(hello) => json(200, &serde_json::to_value(hello).expect("hello serialises")),
            Err(err) => refusal(&err.into()),
        },
        (Method::Get, ["v1", "upload", id]) => match transfer_id(id) {
            Some(id) => {
                let received = std::fs::metadata(state.transfers.join(format!("{id}.up"))).map_or(0, |m| m.len());
                json(200, &serde_json::json!({ "received": received }))
            }
            None => json(404, &serde_json::json!({})),
        },
        (Method::Put, ["v1", "upload", id]) => match transfer_id(id) {
            Some(id) => {
                let id = id.to_owned();
                let offset: Option<u64> = header(&request, "X-Ustad-Offset").and_then(|o| o.parse().ok());
                let mut chunk = Vec::new();
                request.as_reader().take(MAX_CHUNK as u64 + 1).read_to_end(&mut chunk)?;
                upload(state, &id, offset, &chunk)
            }
            None => json(404, &serde_json::json!({})),
        },
        (Method::Post, ["v1", "finish", id]) => match transfer_id(id) {
            Some(id) => {
                let id = id.to_owned();
                match finish(state, &id) {
                    Ok(value) => json(200, &value),
                    Err(err) => refusal(&err),
                }
            }
            None => json(404, &serde_json::json!({})),
        },
        (Method::Get, ["v1", "download", id]) => match transfer_id(id) {
            Some(id) => {
                let path = state.transfers.join(format!("{id}.down"));
                let from: u64 = header(&request, "Range")
                    .and_then(|r| r.strip_prefix("bytes="))
                    .and_then(|r| r.trim_end_matches('-').parse().ok())
                    .unwrap_or(0);
                match std::fs::read(&path) {
                    Ok(bytes) if from <= bytes.len() as u64 => {
                        let rest = bytes[from as usize..].to_vec();
                        let status = if from > 0 { 206 } else { 200 };
                        return request.respond(Response::from_data(rest).with_status_code(StatusCode(status)));
                    }
                    _ => json(404, &serde_json::json!({})),
                }
            }
            None => json(404, &serde_json::json!({})),
        },
        (Method::Delete, ["v1", "transfer", id]) => {
            if let Some(id) = transfer_id(id) {
                for end in ["up", "down"] {
                    let _ = std::fs::remove_file(state.transfers.join(format!("{id}.{end}")));
                }
            }
            json(200, &serde_json::json!({}))
        }
        _ => json(404, &serde_json::json!({})),
    };
    request.respond(response)
}

/// Appends a chunk at `offset` (which must be what was received so far).
fn upload(state: &State, id: &str, offset: Option<u64>, chunk: &[u8]) -> Response<std::io::Cursor<Vec<u8>>> {
    use std::io::Write;
    let path = state.transfers.join(format!("{id}.up"));
    let received = std::fs::metadata(&path).map_or(0, |m| m.len());
    if offset != Some(received) || chunk.len() > MAX_CHUNK {
        return json(409, &serde_json::json!({ "received": received }));
    }
    let written =
        std::fs::OpenOptions::new().create(true).append(true).open(&path).and_then(|mut f| f.write_all(chunk));
    match written {
        Ok(()) => json(200, &serde_json::json!({ "received": received + chunk.len() as u64 })),
        Err(source) => refusal(&LanError::Io { path, source }),
    }
}

/// The whole upload is here: open it, import it (every check of a USB import), and seal the
/// answer for the sender.
fn finish(state: &mut State, id: &str) -> Result<serde_json::Value> {
    let up = state.transfers.join(format!("{id}.up"));
    let sealed = std::fs::read(&up).map_err(io(&up))?;
    let digest: String = Sha256::digest(&sealed).iter().take(16).map(|b| format!("{b:02x}")).collect();
    if digest != id {
        let _ = std::fs::remove_file(&up);
        return Err(sync::SyncError::Tampered.into());
    }
    let data_dir = state.data_dir.clone();
    let mut laptop = Laptop::open(&mut state.db, &data_dir)?;
    let bundle = laptop.open_sealed(&sealed)?;
    let incoming = tempfile::Builder::new().suffix(".ustadsync").tempfile_in(&state.transfers).map_err(io(&up))?;
    std::fs::write(incoming.path(), &bundle).map_err(io(incoming.path()))?;
    let received = laptop.import(incoming.path())?;
    let answer = state.transfers.join(format!("{id}.answer.ustadsync"));
    let sent = laptop.export(&answer, &Target::Device(received.sender.clone()), Some(&state.teacher))?;
    let plain = std::fs::read(&answer).map_err(io(&answer))?;
    let _ = std::fs::remove_file(&answer);
    let down = state.transfers.join(format!("{id}.down"));
    std::fs::write(&down, sync::seal::seal(&received.sender_key, &plain)?).map_err(io(&down))?;
    let _ = std::fs::remove_file(&up);
    let size = std::fs::metadata(&down).map_err(io(&down))?.len();
    Ok(serde_json::json!({ "size": size, "received": received, "sent": sent }))
}
