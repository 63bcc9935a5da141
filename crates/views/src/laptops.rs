//! The sync screens: the teacher's (the class's laptops, USB stick, this network, values
//! changed on two laptops) and the learner's (join a class, sync with a USB stick or on the
//! network), and a class's join code.

use serde::Serialize;
use ts_rs::TS;

use crate::{AppError, ErrorCode};

/// A USB stick as mounted.
#[derive(Debug, Clone, Serialize, TS)]
pub struct UsbDrive {
    pub path: String,
    pub label: String,
}

/// A laptop of the school, for the teacher.
#[derive(Debug, Clone, Serialize, TS)]
pub struct DeviceRow {
    pub device_id: String,
    pub label: String,
    /// `teacher` or `learner`.
    pub role: String,
    pub class_name: Option<String>,
    /// When its last sync file was collected here (RFC 3339), if ever.
    pub last_sync: Option<String>,
    /// Records this laptop holds that it has not received yet.
    pub lacking: u32,
    pub removed: bool,
}

/// A value changed on two laptops that had not seen each other's change: both are kept, the
/// newer shows.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ConflictRow {
    /// What it is about: a learner's or a class's name.
    pub subject: String,
    pub field: String,
    pub kept: String,
    pub other: String,
    pub at: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct SyncPage {
    pub devices: Vec<DeviceRow>,
    pub drives: Vec<UsbDrive>,
    /// The addresses learners can type while sync on this network is on.
    pub serving: Vec<String>,
    pub conflicts: Vec<ConflictRow>,
}

/// One sync file read or written, said in words.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SyncOutcome {
    pub file: String,
    /// The laptop it came from or goes to.
    pub laptop: String,
    /// What it carried ("2 quiz attempts, one lesson assigned"), or why it was refused.
    pub words: String,
    pub error: Option<ErrorCode>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct LearnerSync {
    /// This laptop has joined a class (it knows the teacher's laptop).
    pub joined: bool,
    /// The code typed, before the teacher's laptop has answered.
    pub pending_code: Option<String>,
    pub drives: Vec<UsbDrive>,
}

/// A learner's sync, said in words.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SyncDone {
    pub sent: String,
    pub received: String,
    pub joined: bool,
    /// Files on the stick that were refused, with why.
    pub refused: Vec<SyncOutcome>,
}

/// A class's join code, and the same as a QR code (rows of modules, `true` dark).
#[derive(Debug, Clone, Serialize, TS)]
pub struct JoinCode {
    pub code: String,
    pub qr: Vec<Vec<bool>>,
}

/// Update from USB: what each content pack, model pack and Ustad installer on the sticks
/// would change on this laptop, each checked first (see `session::update`).
#[derive(Debug, Clone, Serialize, TS)]
pub struct UsbUpdate {
    pub packs: Vec<UsbOffer>,
    pub installers: Vec<UsbInstaller>,
    /// Something would be installed by "Install the updates".
    pub can_apply: bool,
}

/// A content pack or a model pack on a USB stick, and what installing it would do.
#[derive(Debug, Clone, Serialize, TS)]
pub struct UsbOffer {
    pub path: String,
    /// The file's name.
    pub name: String,
    pub drive: String,
    /// `lessons` (a content pack) or `models` (a model pack).
    pub kind: String,
    /// The pack's id, or the model pack's name.
    pub title: String,
    pub version: String,
    /// The version of this content pack installed now.
    pub installed: Option<String>,
    /// `new`, `newer`, `same`, `older`, `superseded` or `refused`.
    pub change: String,
    /// Lessons it adds, no longer has (kept with their work) and changes, by title.
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub updated: Vec<String>,
    /// For a model pack: its models.
    pub models: Vec<UsbModel>,
    /// Why it is refused (unsigned, changed, an unknown key, unreadable).
    pub refused: Option<AppError>,
}

/// A model in a model pack on a stick.
#[derive(Debug, Clone, Serialize, TS)]
pub struct UsbModel {
    pub id: String,
    pub mb: u32,
    /// This laptop has the same file already.
    pub installed: bool,
}

/// An Ustad installer on a stick, checked against its signature beside it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct UsbInstaller {
    pub path: String,
    pub name: String,
    pub drive: String,
    pub version: String,
    /// The version running now.
    pub running: String,
    /// `newer`, `same`, `older` or `refused`.
    pub change: String,
    pub refused: Option<AppError>,
}

/// A pack installed: its id and version, and the version it replaced.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PackInstalled {
    pub pack_id: String,
    pub version: String,
    pub replaced: Option<String>,
    /// How many lessons the new version no longer has (kept in the archive for the work and
    /// assignments that name them).
    pub archived: u32,
    /// For a model pack: the models installed (their catalogue ids); empty for lessons.
    pub models: Vec<String>,
}

/// Bytes moved so far and in all: a network sync (event `sync-progress`) or a pack being
/// installed (event `install-progress`).
#[derive(Debug, Clone, Copy, Serialize, TS)]
pub struct SyncProgress {
    pub done: f64,
    pub total: f64,
}
