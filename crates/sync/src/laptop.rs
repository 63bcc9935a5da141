//! One laptop's side of sync: its school, its join codes, exporting and importing bundles.

use std::collections::BTreeMap;
use std::path::Path;

use learner::{DeviceCert, Knowledge, LearnerDb, Ranges, Record, Scope, Teacher};
use serde::{Deserialize, Serialize};

use crate::bundle::Bundle;
use crate::keys::{self, DeviceKey};
use crate::trust::{self, Trust};
use crate::{code, Result, SyncError};

const SCHOOL: &str = "sync.school_id";
const ROOT_DEVICE: &str = "sync.root_device";
const ROOT_KEY: &str = "sync.root_key";
const JOIN_CODE: &str = "sync.join_code";
/// The class a learner's laptop joined (from the class's bundle that let it join).
const CLASS: &str = "sync.class_id";

/// Whom an export is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The laptops this one syncs with: on a learner laptop, the teacher's laptops it heard
    /// from (what they lack); on a teacher's laptop, everything (to carry on to the district).
    Default,
    /// One laptop: what it lacks by its last acknowledgement.
    Device(String),
    /// A class's laptops: the class's records that any of them lacks.
    Class(String),
    /// Everything this laptop holds, with the original signatures.
    Full,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportSummary {
    pub records: u64,
    pub bytes: u64,
    /// New records by table.
    pub tables: BTreeMap<String, u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    pub sender: String,
    /// The sender's public key (to seal the answer to it on the network).
    pub sender_key: String,
    pub sender_label: String,
    /// New records by table.
    pub tables: BTreeMap<String, u64>,
    /// Records this laptop had already.
    pub known: u64,
    /// Records from a laptop the teacher removed, left out.
    pub refused: u64,
    pub conflicts: u64,
    /// The sender was paired by this import (it proved the class's join code).
    pub paired: bool,
    /// This laptop joined the sender's school by this import.
    pub joined: bool,
}

/// A laptop of the school, for the teacher's sync screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeviceStatus {
    pub cert: DeviceCert,
    /// When its last bundle was imported here.
    pub last_sync: Option<String>,
    /// Records this laptop holds that it has not acknowledged.
    pub lacking: i64,
}

/// A laptop's identity as it introduces itself on the network (and in a bundle's manifest).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hello {
    pub school_id: String,
    pub root_device: String,
    pub root_key: String,
    pub device_id: String,
    pub public_key: String,
    pub label: String,
    /// A teacher's laptop: proofs of its class codes (see [`crate::code`]).
    pub join_answers: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct JoinRequest {
    device_id: String,
    public_key: String,
    label: String,
    proof: String,
}

/// A laptop's sync, over its learner database and its key.
pub struct Laptop<'a> {
    db: &'a mut LearnerDb,
    key: DeviceKey,
}

impl std::fmt::Debug for Laptop<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Laptop").field("key", &self.key).finish()
    }
}

/// The laptop's name for others' lists: its host name.
fn label() -> String {
    std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_owned())
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "laptop".into())
}

impl<'a> Laptop<'a> {
    /// The laptop whose database is `db` and whose data folder is `data_dir` (the key lives
    /// there; made on first use).
    pub fn open(db: &'a mut LearnerDb, data_dir: &Path) -> Result<Laptop<'a>> {
        let key = DeviceKey::load_or_create(data_dir, db.device_id())?;
        Ok(Laptop { db, key })
    }

    pub fn device_id(&self) -> &str {
        &self.key.device_id
    }

    pub fn db(&mut self) -> &mut LearnerDb {
        self.db
    }

    /// The school this laptop belongs to, if any.
    pub fn school_id(&self) -> Result<Option<String>> {
        Ok(self.db.setting(SCHOOL)?)
    }

    fn trust(&self) -> Result<Option<Trust>> {
        let (Some(school), Some(root), Some(root_key)) =
            (self.db.setting(SCHOOL)?, self.db.setting(ROOT_DEVICE)?, self.db.setting(ROOT_KEY)?)
        else {
            return Ok(None);
        };
        Ok(Some(Trust::new(&school, &root, &root_key, self.db.devices()?)))
    }

    /// The class this (a learner's) laptop joined: its certificate's, or the one whose bundle
    /// let it join.
    pub fn class_id(&self) -> Result<Option<String>> {
        let certified = self.trust()?.and_then(|t| t.device(self.device_id()).and_then(|c| c.class_id.clone()));
        Ok(certified.or(self.db.setting(CLASS)?))
    }

    /// Whether this laptop is a teacher's laptop of its school.
    pub fn is_teacher_laptop(&self) -> Result<bool> {
        let Some(trust) = self.trust()? else { return Ok(false) };
        Ok(trust.device(self.device_id()).is_some_and(|c| c.role == "teacher" && !c.revoked))
    }

    /// Founds the school on this (a teacher's) laptop unless it has one.
    fn found_school(&mut self) -> Result<()> {
        if self.db.setting(SCHOOL)?.is_some() {
            return Ok(());
        }
        let school = uuid::Uuid::now_v7().to_string();
        let cert = trust::sign(
            &self.key,
            DeviceCert {
                device_id: self.key.device_id.clone(),
                public_key: self.key.public_hex(),
                school_id: school.clone(),
                role: "teacher".into(),
                class_id: None,
                label: label(),
                certified_by: String::new(),
                hlc: learner::clock::wall_ms(),
                revoked: false,
                signature: String::new(),
            },
        );
        self.db.put_device(&cert)?;
        self.db.set_setting(ROOT_DEVICE, &self.key.device_id)?;
        self.db.set_setting(ROOT_KEY, &self.key.public_hex())?;
        self.db.set_setting(SCHOOL, &school)?;
        Ok(())
    }

    /// The join code of one of the teacher's classes (made, and the school founded, on
    /// first use), normalised; show it with [`code::display`].
    pub fn class_code(&mut self, by: &Teacher, class: &str) -> Result<String> {
        let class = self.db.find_class(by, class)?;
        if let Some(code) = self.db.class_code(&class.id)? {
            return Ok(code);
        }
        if !self.is_teacher_laptop()? {
            if self.db.setting(SCHOOL)?.is_some() {
                return Err(learner::LearnerDbError::NotAuthorised.into());
            }
            self.found_school()?;
        }
        let code = code::generate()?;
        self.db.set_class_code(&class.id, &code)?;
        Ok(code)
    }

    /// Joins a class with its code: the next bundle to the teacher's laptop proves it, and
    /// the teacher's next bundle proves itself to this laptop.
    pub fn join(&mut self, typed: &str) -> Result<()> {
        let code = code::normalise(typed)?;
        self.db.set_setting(JOIN_CODE, &code)?;
        Ok(())
    }

    /// Removes a lost or stolen laptop from the school: its bundles and records are refused
    /// from now on, here and wherever this certificate travels.
    pub fn remove_device(&mut self, by: &Teacher, device_id: &str) -> Result<()> {
        let _ = by;
        let trust = self.trust()?.ok_or(SyncError::NoSchool)?;
        if !self.is_teacher_laptop()? {
            return Err(learner::LearnerDbError::NotAuthorised.into());
        }
        let known = trust.device(device_id).cloned().ok_or(SyncError::NotPaired)?;
        if known.role == "teacher" {
            return Err(learner::LearnerDbError::NotAuthorised.into());
        }
        let revoked = DeviceCert { revoked: true, hlc: (known.hlc + 1).max(learner::clock::wall_ms()), ..known };
        self.db.put_device(&trust::sign(&self.key, revoked))?;
        Ok(())
    }

    /// The school's other laptops, with when each last synced here and how much it lacks.
    pub fn device_statuses(&self) -> Result<Vec<DeviceStatus>> {
        let Some(trust) = self.trust()? else { return Ok(Vec::new()) };
        let mine = self.db.knowledge()?;
        let log = self.db.sync_log()?;
        let mut out = Vec::new();
        for cert in trust.certs.values().filter(|c| c.device_id != self.key.device_id && trust.holds(c)) {
            let lacking = mine.minus(&self.db.peer_knowledge(&cert.device_id)?).count();
            let last_sync = log.iter().find(|(sender, _, _)| *sender == cert.device_id).map(|(_, at, _)| at.clone());
            out.push(DeviceStatus { cert: cert.clone(), last_sync, lacking });
        }
        Ok(out)
    }

    /// Writes a bundle for `target` to `path`. On a teacher's laptop this needs the teacher.
    pub fn export(&mut self, path: &Path, target: &Target, by: Option<&Teacher>) -> Result<ExportSummary> {
        let teacher_laptop = self.is_teacher_laptop()?;
        if teacher_laptop && by.is_none() {
            return Err(learner::LearnerDbError::NotAuthorised.into());
        }
        let trust = self.trust()?;
        let mine = self.db.knowledge()?;
        let class_id = match (target, by) {
            (Target::Class(class), Some(teacher)) => Some(self.db.find_class(teacher, class)?.id),
            (Target::Class(_), None) => return Err(learner::LearnerDbError::NotAuthorised.into()),
            _ => None,
        };
        let certs: Vec<&DeviceCert> = trust.iter().flat_map(|t| t.certs.values()).collect();
        let (scope, skip) = match target {
            Target::Full => (Scope::All, Knowledge::default()),
            Target::Default if teacher_laptop => (Scope::All, Knowledge::default()),
            Target::Default => {
                let teachers: Vec<&str> =
                    certs.iter().filter(|c| c.role == "teacher").map(|c| c.device_id.as_str()).collect();
                (Scope::All, self.acknowledged_by_all(&teachers)?)
            }
            Target::Device(device) => {
                // A learner laptop gets its class's records; another teacher's laptop all.
                let cert = trust.as_ref().and_then(|t| t.device(device));
                let scope = match cert.filter(|c| c.role == "learner").and_then(|c| c.class_id.as_deref()) {
                    Some(class) => Scope::Class(class),
                    None => Scope::All,
                };
                (scope, self.db.peer_knowledge(device)?)
            }
            Target::Class(_) => {
                let class = class_id.as_deref().expect("a class target has its class");
                let members: Vec<&str> = certs
                    .iter()
                    .filter(|c| c.class_id.as_deref() == Some(class) && !c.revoked)
                    .map(|c| c.device_id.as_str())
                    .collect();
                (Scope::Class(class), self.acknowledged_by_all(&members)?)
            }
        };
        let for_class = match scope {
            Scope::Class(class) => Some(class.to_owned()),
            Scope::All => None,
        };
        let mut records = self.db.records(scope, &skip)?;
        self.sign_own(&mut records)?;
        let (records, unsigned): (Vec<Record>, Vec<Record>) = records.into_iter().partition(|r| r.sig.is_some());
        let covers = match scope {
            Scope::All => {
                let mut covers = mine.minus(&skip);
                for record in &unsigned {
                    covers = covers
                        .minus(&Knowledge([(record.device_id.clone(), Ranges::span(record.seq, record.seq))].into()));
                }
                covers
            }
            Scope::Class(_) => {
                let mut by_device: BTreeMap<String, Vec<i64>> = BTreeMap::new();
                for record in &records {
                    by_device.entry(record.device_id.clone()).or_default().push(record.seq);
                }
                Knowledge(by_device.into_iter().map(|(d, seqs)| (d, Ranges::of(seqs))).collect())
            }
        };
        let mut tables: BTreeMap<String, u64> = BTreeMap::new();
        for record in &records {
            *tables.entry(record.table.clone()).or_default() += 1;
        }
        let mut bundle = Bundle { records, ..Bundle::default() };
        let manifest = &mut bundle.manifest;
        manifest.insert("format".into(), crate::bundle::FORMAT.to_string());
        manifest.insert("schema".into(), learner::SCHEMA_VERSION.to_string());
        manifest.insert("sender".into(), self.key.device_id.clone());
        manifest.insert("sender_key".into(), self.key.public_hex());
        manifest.insert("sender_label".into(), label());
        manifest.insert("created_at".into(), learner::now());
        manifest.insert("knowledge".into(), serde_json::to_string(&mine).expect("knowledge serialises"));
        manifest.insert("covers".into(), serde_json::to_string(&covers).expect("knowledge serialises"));
        manifest.insert("tables".into(), serde_json::to_string(&tables).expect("counts serialise"));
        if let Some(class) = &for_class {
            manifest.insert("class".into(), class.clone());
        }
        if let Some(trust) = &trust {
            manifest.insert("school".into(), trust.school_id.clone());
            manifest.insert("root_device".into(), trust.root_device.clone());
            manifest.insert("root_key".into(), trust.root_key.clone());
            bundle.devices = trust.certs.values().filter(|c| trust.holds(c)).cloned().collect();
            if teacher_laptop {
                // A class's bundle proves that class's code only, so a laptop that joined
                // another class does not take it.
                let answers = self.join_answers(trust, for_class.as_deref())?;
                bundle
                    .manifest
                    .insert("join_answer".into(), serde_json::to_string(&answers).expect("proofs serialise"));
            }
        }
        if let Some(code) = self.db.setting(JOIN_CODE)? {
            let request = JoinRequest {
                device_id: self.key.device_id.clone(),
                public_key: self.key.public_hex(),
                label: label(),
                proof: code::request_proof(&code, &self.key.device_id, &self.key.public_hex()),
            };
            bundle
                .manifest
                .insert("join_request".into(), serde_json::to_string(&request).expect("a request serialises"));
        }
        let bytes = bundle.write(path, &self.key)?;
        Ok(ExportSummary { records: bundle.records.len() as u64, bytes, tables })
    }

    /// What every one of `devices` acknowledged (nothing when the list is empty).
    fn acknowledged_by_all(&self, devices: &[&str]) -> Result<Knowledge> {
        let mut common: Option<Knowledge> = None;
        for device in devices.iter().filter(|d| **d != self.key.device_id) {
            let theirs = self.db.peer_knowledge(device)?;
            common = Some(match common {
                None => theirs,
                Some(so_far) => so_far.intersect(&theirs),
            });
        }
        Ok(common.unwrap_or_default())
    }

    /// Signs the records made here that are not signed yet, and keeps the signatures.
    fn sign_own(&mut self, records: &mut [Record]) -> Result<()> {
        let own = self.key.device_id.clone();
        let mut unsigned: Vec<&mut Record> =
            records.iter_mut().filter(|r| r.sig.is_none() && r.device_id == own).collect();
        if unsigned.is_empty() {
            return Ok(());
        }
        keys::sign_all(&self.key, &mut unsigned);
        let signed: Vec<Record> = unsigned.into_iter().map(|r| r.clone()).collect();
        self.db.store_signatures(&signed)?;
        Ok(())
    }

    /// Imports a bundle: checks it whole (shape, signature, school, sender, every record's
    /// origin), then adds what is new in one transaction. Importing it again changes nothing.
    pub fn import(&mut self, path: &Path) -> Result<ImportSummary> {
        let scratch = self.db.path().parent().map(Path::to_owned).unwrap_or_else(std::env::temp_dir);
        let bundle = Bundle::read(path, &scratch)?;
        let sha256 = crate::hex(&bundle.image_digest);
        self.import_bundle(&bundle, &sha256)
    }

    fn import_bundle(&mut self, bundle: &Bundle, sha256: &str) -> Result<ImportSummary> {
        // `Bundle::read` has checked that the key the manifest names signed the whole image.
        let schema: i32 = bundle.get("schema").and_then(|s| s.parse().ok()).ok_or(SyncError::Tampered)?;
        if schema > learner::SCHEMA_VERSION {
            return Err(SyncError::SchemaNewer { found: schema, supported: learner::SCHEMA_VERSION });
        }
        if schema < learner::SCHEMA_VERSION {
            return Err(SyncError::SchemaOlder { found: schema, supported: learner::SCHEMA_VERSION });
        }
        let field = |key: &str| bundle.get(key).map(str::to_owned).ok_or(SyncError::Tampered);
        let (sender, sender_key) = (field("sender")?, field("sender_key")?);
        let sender_label = bundle.get("sender_label").unwrap_or_default().to_owned();
        let knowledge: Knowledge = serde_json::from_str(&field("knowledge")?).map_err(|_| SyncError::Tampered)?;
        let covers: Knowledge = serde_json::from_str(&field("covers")?).map_err(|_| SyncError::Tampered)?;
        let their_school = bundle.get("school").unwrap_or_default();

        // Whose school, and whether the sender belongs to it.
        let identity = Hello {
            school_id: their_school.to_owned(),
            root_device: bundle.get("root_device").unwrap_or_default().to_owned(),
            root_key: bundle.get("root_key").unwrap_or_default().to_owned(),
            device_id: sender.clone(),
            public_key: sender_key.clone(),
            label: sender_label.clone(),
            join_answers: bundle.get("join_answer").and_then(|a| serde_json::from_str(a).ok()).unwrap_or_default(),
        };
        let (mut trust, joined) = self.recognise(&identity)?;
        let mut offered: Vec<DeviceCert> = bundle.devices.clone();
        loop {
            let before = offered.len();
            offered.retain(|cert| trust.offer(cert) == trust::Offer::False);
            if offered.len() == before {
                break;
            }
        }
        if offered.iter().any(|c| c.school_id != trust.school_id) {
            return Err(SyncError::ForeignSchool);
        }
        if !offered.is_empty() {
            return Err(SyncError::Tampered);
        }
        let mut paired = false;
        if sender != self.key.device_id {
            match trust.device(&sender) {
                Some(cert) if cert.revoked => return Err(SyncError::DeviceRemoved),
                Some(cert) if cert.public_key == sender_key => {}
                Some(_) => return Err(SyncError::Tampered),
                None => {
                    let cert = self.pair(&trust, bundle, &sender, &sender_key)?;
                    trust.certs.insert(cert.device_id.clone(), cert);
                    paired = true;
                }
            }
        }

        // Every record: covered by the manifest, from a laptop of the school, signed by it.
        let mut refused = 0;
        let mut accepted = Vec::with_capacity(bundle.records.len());
        let mut origins: BTreeMap<&str, keys::PublicKey> = BTreeMap::new();
        for record in &bundle.records {
            if !covers.contains(&record.device_id, record.seq) {
                return Err(SyncError::Tampered);
            }
            if !origins.contains_key(record.device_id.as_str()) {
                let key = if record.device_id == self.key.device_id {
                    Some(self.key.public_hex())
                } else {
                    match trust.device(&record.device_id) {
                        Some(cert) if cert.revoked => None,
                        Some(cert) => Some(cert.public_key.clone()),
                        None => return Err(SyncError::NotPaired),
                    }
                };
                let parsed = match key {
                    Some(key) => keys::PublicKey::parse(&key).ok_or(SyncError::Tampered)?,
                    None => keys::PublicKey::Revoked,
                };
                origins.insert(&record.device_id, parsed);
            }
            match origins[record.device_id.as_str()] {
                keys::PublicKey::Revoked => refused += 1,
                _ => accepted.push(record),
            }
        }
        let with_keys: Vec<(&Record, &keys::PublicKey)> =
            accepted.iter().map(|record| (*record, &origins[record.device_id.as_str()])).collect();
        if !keys::verify_all(&with_keys) {
            return Err(SyncError::Tampered);
        }

        let mut import = self.db.begin_import(knowledge.clone())?;
        if joined {
            if let Some(class) = bundle.get("class") {
                import.set_setting(CLASS, class)?;
            }
            import.set_setting(SCHOOL, &trust.school_id)?;
            import.set_setting(ROOT_DEVICE, &trust.root_device)?;
            import.set_setting(ROOT_KEY, &trust.root_key)?;
        }
        for cert in trust.certs.values() {
            import.put_device(cert)?;
        }
        for record in accepted {
            import.insert(record)?;
        }
        let counts = import.finish(&covers, &sender, &knowledge, sha256)?;
        Ok(ImportSummary {
            sender,
            sender_key,
            sender_label,
            tables: counts.new,
            known: counts.known,
            refused,
            conflicts: counts.conflicts,
            paired,
            joined,
        })
    }

    /// One proof per class code of this laptop: a laptop that joined any of these classes
    /// recognises this one by it.
    fn join_answers(&self, trust: &Trust, only: Option<&str>) -> Result<Vec<String>> {
        Ok(self
            .db
            .class_codes()?
            .iter()
            .filter(|(class, _)| only.is_none_or(|only| only == class))
            .map(|(_, code)| {
                code::answer_proof(code, &trust.school_id, &trust.root_key, &self.key.device_id, &self.key.public_hex())
            })
            .collect())
    }

    /// Who this laptop is, for a laptop about to send it work over the network.
    pub fn hello(&self) -> Result<Hello> {
        let trust = self.trust()?.ok_or(SyncError::NoSchool)?;
        Ok(Hello {
            school_id: trust.school_id.clone(),
            root_device: trust.root_device.clone(),
            root_key: trust.root_key.clone(),
            device_id: self.key.device_id.clone(),
            public_key: self.key.public_hex(),
            label: label(),
            join_answers: if self.is_teacher_laptop()? { self.join_answers(&trust, None)? } else { Vec::new() },
        })
    }

    /// The school as it will be after hearing from `other`: this laptop's own (another
    /// school's laptop is refused), or, before this laptop has joined one, `other`'s, if it
    /// proves the code this laptop joined with (`true`: joining now).
    fn recognise(&self, other: &Hello) -> Result<(Trust, bool)> {
        if let Some(trust) = self.trust()? {
            if !other.school_id.is_empty() && other.school_id != trust.school_id {
                return Err(SyncError::ForeignSchool);
            }
            return Ok((trust, false));
        }
        let Some(code) = self.db.setting(JOIN_CODE)? else {
            return Err(if other.school_id.is_empty() { SyncError::NoSchool } else { SyncError::NotPaired });
        };
        let expected =
            code::answer_proof(&code, &other.school_id, &other.root_key, &other.device_id, &other.public_key);
        if other.school_id.is_empty() || !other.join_answers.iter().any(|proof| code::same(&expected, proof)) {
            return Err(SyncError::NotPaired);
        }
        Ok((Trust::new(&other.school_id, &other.root_device, &other.root_key, []), true))
    }

    /// Checks a teacher's laptop found on the network before sending it anything: of this
    /// school with the key its certificate names, or proving the code this laptop joined with.
    pub fn check_server(&self, server: &Hello) -> Result<()> {
        let (trust, joining) = self.recognise(server)?;
        if joining {
            return Ok(());
        }
        match trust.device(&server.device_id) {
            Some(cert) if cert.revoked => Err(SyncError::DeviceRemoved),
            Some(cert) if cert.public_key == server.public_key && cert.role == "teacher" => Ok(()),
            _ => Err(SyncError::NotPaired),
        }
    }

    /// Opens a bundle sealed for this laptop ([`crate::seal`]).
    pub fn open_sealed(&self, sealed: &[u8]) -> Result<Vec<u8>> {
        crate::seal::open(&self.key, sealed)
    }

    /// A learner laptop's first bundle: its join request must prove one of this teacher
    /// laptop's class codes; then this laptop certifies it as a laptop of that class.
    fn pair(&self, trust: &Trust, bundle: &Bundle, sender: &str, sender_key: &str) -> Result<DeviceCert> {
        let request: JoinRequest = match bundle.get("join_request").map(serde_json::from_str) {
            Some(Ok(request)) => request,
            _ => return Err(SyncError::NotPaired),
        };
        if request.device_id != sender || request.public_key != sender_key {
            return Err(SyncError::Tampered);
        }
        if !trust.device(&self.key.device_id).is_some_and(|c| c.role == "teacher" && !c.revoked) {
            return Err(SyncError::NotPaired);
        }
        let class = self
            .db
            .class_codes()?
            .into_iter()
            .find(|(_, code)| code::same(&code::request_proof(code, sender, sender_key), &request.proof));
        let Some((class_id, _)) = class else { return Err(SyncError::NotPaired) };
        Ok(trust::sign(
            &self.key,
            DeviceCert {
                device_id: sender.to_owned(),
                public_key: sender_key.to_owned(),
                school_id: trust.school_id.clone(),
                role: "learner".into(),
                class_id: Some(class_id),
                label: request.label,
                certified_by: String::new(),
                hlc: learner::clock::wall_ms(),
                revoked: false,
                signature: String::new(),
            },
        ))
    }
}
