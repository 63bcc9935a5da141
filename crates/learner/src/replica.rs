//! Records as they travel between laptops (the `sync` crate makes bundles of them).
//!
//! Every synced record is append-only and stamped with its device and that device's
//! sequence number, so "what does a laptop lack" is a set of `(device, seq)` ranges
//! ([`Knowledge`]), and the outbox is a query over the records themselves against what the
//! receiver acknowledged: no second copy of the data waits in a table, so nothing grows with
//! the number of syncs and nothing needs pruning. A record travels as its table's name and a
//! canonical body: the JSON array of the columns that never change (the winners copied into
//! `profiles`, `classes`, `class_groups` and `assignments` come from change events, which
//! travel themselves), signed by the device that made it. An import is one transaction:
//! records are added if new (union), change events re-elect the winning values, an erasure
//! deletes the learner's records here too and keeps later ones out.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use serde_json::Value;

use crate::changes::{self, Entity};
use crate::knowledge::{Knowledge, Ranges};
use crate::synced::{body_values, column, table, to_json, to_sql, Table, TABLES};
use crate::{now, LearnerDb, LearnerDbError, Result};

/// One record as it travels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub table: String,
    pub device_id: String,
    pub seq: i64,
    pub hlc: i64,
    /// The canonical body: a JSON array of the table's travelling columns.
    pub body: String,
    /// The Ed25519 signature of [`Record::message`] by the device that made it.
    pub sig: Option<Vec<u8>>,
}

impl Record {
    /// A record read from a bundle: its device, number and clock come from its body.
    pub fn parse(table_name: &str, body: String, sig: Option<Vec<u8>>) -> Result<Record> {
        let table = table(table_name)?;
        let values = body_values(table, &body)?;
        let device_id = values[column(table, "device_id")].as_str().map(str::to_owned);
        let seq = values[column(table, "seq")].as_i64();
        let hlc = values[column(table, "hlc")].as_i64();
        match (device_id, seq, hlc) {
            (Some(device_id), Some(seq), Some(hlc)) => {
                Ok(Record { table: table.name.to_owned(), device_id, seq, hlc, body, sig })
            }
            _ => Err(LearnerDbError::Invalid(format!("a {table_name} record without its stamp"))),
        }
    }

    /// What the origin device signs: the table and the body, with a domain prefix.
    pub fn message(&self) -> Vec<u8> {
        let mut message = Vec::with_capacity(self.body.len() + self.table.len() + 16);
        message.extend_from_slice(b"ustad-record-v1\n");
        message.extend_from_slice(self.table.as_bytes());
        message.push(b'\n');
        message.extend_from_slice(self.body.as_bytes());
        message
    }
}

/// Which records an export takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope<'a> {
    /// Everything (learner → teacher, teacher → district).
    All,
    /// What a class's laptops need: the class, its groups and assignments, its learners'
    /// profiles (with PIN resets), every erasure; not other children's work.
    Class(&'a str),
}

/// A laptop of the school, as a teacher's laptop certified it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct DeviceCert {
    pub device_id: String,
    /// Ed25519 public key, hex.
    pub public_key: String,
    pub school_id: String,
    /// `teacher` (may certify others) or `learner`.
    pub role: String,
    pub class_id: Option<String>,
    pub label: String,
    pub certified_by: String,
    pub hlc: i64,
    pub revoked: bool,
    /// The certifier's signature, hex.
    pub signature: String,
}

const DEVICE_COLUMNS: &str =
    "device_id, public_key, school_id, role, class_id, label, certified_by, hlc, revoked, signature";

fn device_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<DeviceCert> {
    Ok(DeviceCert {
        device_id: row.get(0)?,
        public_key: row.get(1)?,
        school_id: row.get(2)?,
        role: row.get(3)?,
        class_id: row.get(4)?,
        label: row.get(5)?,
        certified_by: row.get(6)?,
        hlc: row.get(7)?,
        revoked: row.get(8)?,
        signature: row.get(9)?,
    })
}

/// Stores a certificate unless a newer one (by clock) of the device is already here.
fn put_device(conn: &Connection, cert: &DeviceCert) -> Result<bool> {
    let changed = conn.execute(
        &format!(
            "INSERT INTO sync_devices ({DEVICE_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT (device_id) DO UPDATE SET public_key = excluded.public_key, school_id = excluded.school_id,
                 role = excluded.role, class_id = excluded.class_id, label = excluded.label,
                 certified_by = excluded.certified_by, hlc = excluded.hlc, revoked = excluded.revoked,
                 signature = excluded.signature
             WHERE excluded.hlc > sync_devices.hlc"
        ),
        params![
            cert.device_id,
            cert.public_key,
            cert.school_id,
            cert.role,
            cert.class_id,
            cert.label,
            cert.certified_by,
            cert.hlc,
            cert.revoked,
            cert.signature
        ],
    )?;
    Ok(changed > 0)
}

/// A field changed on two laptops that had not seen each other's change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub entity: String,
    pub entity_id: String,
    pub field: String,
    pub kept_value: String,
    pub kept_device: String,
    pub other_value: String,
    pub other_device: String,
    pub at: String,
}

/// What an import added, by table, and what it already had.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportCounts {
    pub new: BTreeMap<String, u64>,
    pub known: u64,
    pub conflicts: u64,
    pub devices: u64,
}

impl LearnerDb {
    /// The sequence numbers this laptop holds of every device.
    pub fn knowledge(&self) -> Result<Knowledge> {
        let mut knowledge = Knowledge::default();
        let (own, last): (String, i64) =
            self.conn().query_row("SELECT device_id, next_seq - 1 FROM device WHERE id = 1", [], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })?;
        knowledge.add(&own, &Ranges::span(1, last));
        let mut stmt = self.conn().prepare("SELECT device_id, last_seq FROM former_devices")?;
        for row in stmt.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?)))? {
            let (device, last) = row?;
            knowledge.add(&device, &Ranges::span(1, last));
        }
        let mut stmt = self.conn().prepare("SELECT device_id, ranges FROM sync_held")?;
        for row in stmt.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))? {
            let (device, ranges) = row?;
            knowledge.add(&device, &serde_json::from_str(&ranges).unwrap_or_default());
        }
        Ok(knowledge)
    }

    /// The records in `scope` whose `(device, seq)` is not in `skip`, in import order.
    pub fn records(&self, scope: Scope<'_>, skip: &Knowledge) -> Result<Vec<Record>> {
        let mut out = Vec::new();
        for table in TABLES {
            let columns: Vec<String> = table.columns.iter().map(|c| format!("t.{c}")).collect();
            let filter = match scope {
                Scope::All => "1",
                Scope::Class(_) => table.class_scope,
            };
            let sql = format!(
                "SELECT t.device_id, t.seq, t.hlc, s.sig, {} FROM {} t
                 LEFT JOIN record_sigs s ON s.device_id = t.device_id AND s.seq = t.seq
                 WHERE {filter} ORDER BY t.device_id, t.seq",
                columns.join(", "),
                table.name
            );
            let mut stmt = self.conn().prepare(&sql)?;
            let class_id = match scope {
                Scope::Class(id) => id,
                Scope::All => "",
            };
            let bind: Vec<&str> = if filter.contains("?1") { vec![class_id] } else { vec![] };
            let mut rows = stmt.query(params_from_iter(bind))?;
            while let Some(row) = rows.next()? {
                let device_id: String = row.get(0)?;
                let seq: i64 = row.get(1)?;
                if skip.contains(&device_id, seq) {
                    continue;
                }
                let values: Vec<Value> = (0..table.columns.len())
                    .map(|i| row.get::<_, SqlValue>(4 + i).map(to_json))
                    .collect::<rusqlite::Result<_>>()?;
                let body = serde_json::to_string(&values).expect("JSON values serialise");
                out.push(Record {
                    table: table.name.to_owned(),
                    device_id,
                    seq,
                    hlc: row.get(2)?,
                    body,
                    sig: row.get(3)?,
                });
            }
        }
        Ok(out)
    }

    /// Stores the signatures of records made here (signed when first exported).
    pub fn store_signatures(&mut self, records: &[Record]) -> Result<()> {
        self.in_transaction(|tx| {
            let mut stmt = tx.prepare("INSERT OR IGNORE INTO record_sigs (device_id, seq, sig) VALUES (?1, ?2, ?3)")?;
            for record in records {
                if let Some(sig) = &record.sig {
                    stmt.execute(params![record.device_id, record.seq, sig])?;
                }
            }
            Ok(())
        })
    }

    /// What `device` said it holds in its last bundle (nothing if it never sent one).
    pub fn peer_knowledge(&self, device_id: &str) -> Result<Knowledge> {
        let stored: Option<String> = self
            .conn()
            .query_row("SELECT knowledge FROM sync_peers WHERE device_id = ?1", [device_id], |row| row.get(0))
            .optional()?;
        Ok(stored.and_then(|k| serde_json::from_str(&k).ok()).unwrap_or_default())
    }

    /// The school's laptops this one knows, newest certificate of each.
    pub fn devices(&self) -> Result<Vec<DeviceCert>> {
        let mut stmt = self.conn().prepare(&format!("SELECT {DEVICE_COLUMNS} FROM sync_devices ORDER BY hlc"))?;
        let rows = stmt.query_map([], device_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn put_device(&mut self, cert: &DeviceCert) -> Result<bool> {
        put_device(self.conn(), cert)
    }

    /// The join code of a class made here, if it has one.
    pub fn class_code(&self, class_id: &str) -> Result<Option<String>> {
        Ok(self
            .conn()
            .query_row("SELECT code FROM class_codes WHERE class_id = ?1", [class_id], |row| row.get(0))
            .optional()?)
    }

    pub fn set_class_code(&mut self, class_id: &str, code: &str) -> Result<()> {
        self.conn().execute("INSERT OR REPLACE INTO class_codes (class_id, code) VALUES (?1, ?2)", [class_id, code])?;
        Ok(())
    }

    /// Every class code of this laptop: `(class_id, code)`.
    pub fn class_codes(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn().prepare("SELECT class_id, code FROM class_codes ORDER BY class_id")?;
        let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The changed-on-two-laptops list, newest first.
    pub fn conflicts(&self) -> Result<Vec<Conflict>> {
        let mut stmt = self.conn().prepare(
            "SELECT c.entity, c.entity_id, c.field, k.value, k.device_id, o.value, o.device_id, c.at
             FROM sync_conflicts c JOIN changes k ON k.id = c.kept JOIN changes o ON o.id = c.other
             ORDER BY c.id DESC",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(Conflict {
                entity: row.get(0)?,
                entity_id: row.get(1)?,
                field: row.get(2)?,
                kept_value: row.get(3)?,
                kept_device: row.get(4)?,
                other_value: row.get(5)?,
                other_device: row.get(6)?,
                at: row.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The import log: `(sender device, when, summary JSON)`, newest first.
    pub fn sync_log(&self) -> Result<Vec<(String, String, String)>> {
        let mut stmt = self.conn().prepare("SELECT sender, at, summary FROM sync_imports ORDER BY id DESC")?;
        let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Starts an import: one transaction, committed by [`Import::finish`] (dropped, nothing
    /// changes). `sender_knows` is what the sending laptop held, for noticing conflicts.
    pub fn begin_import(&mut self, sender_knows: Knowledge) -> Result<Import<'_>> {
        let own = self.device_id().to_owned();
        let tx = self.conn_mut().transaction()?;
        tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
        Ok(Import { tx, own, sender_knows, touched: BTreeSet::new(), counts: ImportCounts::default(), max_hlc: 0 })
    }
}

/// How many imports the log keeps (besides each laptop's last).
const IMPORT_LOG_KEPT: i64 = 2000;

/// An import in progress (one transaction).
pub struct Import<'a> {
    tx: Transaction<'a>,
    own: String,
    sender_knows: Knowledge,
    touched: BTreeSet<(&'static str, String, Option<String>)>,
    counts: ImportCounts,
    max_hlc: i64,
}

impl std::fmt::Debug for Import<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Import").field("counts", &self.counts).finish()
    }
}

impl Import<'_> {
    /// The school's laptops as known so far in this import (certificates added count).
    pub fn device(&self, device_id: &str) -> Result<Option<DeviceCert>> {
        Ok(self
            .tx
            .query_row(
                &format!("SELECT {DEVICE_COLUMNS} FROM sync_devices WHERE device_id = ?1"),
                [device_id],
                device_from_row,
            )
            .optional()?)
    }

    /// Sets one of this laptop's settings as part of the import (joining a school).
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.tx.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)", [key, value])?;
        Ok(())
    }

    pub fn put_device(&mut self, cert: &DeviceCert) -> Result<()> {
        if put_device(&self.tx, cert)? {
            self.counts.devices += 1;
        }
        Ok(())
    }

    /// Adds a record unless it is here already or its learner was erased; `true` if added.
    pub fn insert(&mut self, record: &Record) -> Result<bool> {
        let table = table(&record.table)?;
        let values = body_values(table, &record.body)?;
        self.max_hlc = self.max_hlc.max(record.hlc);
        let key = if table.name == "erasures" { "learner_id" } else { "id" };
        let key_value = values[column(table, key)].as_str().unwrap_or_default().to_owned();
        let exists: bool = self
            .tx
            .prepare_cached(&format!("SELECT EXISTS (SELECT 1 FROM {} WHERE {key} = ?1)", table.name))?
            .query_row([&key_value], |row| row.get(0))?;
        let learner = match (table.learner, table.name) {
            (Some(col), _) => values[column(table, col)].as_str().map(str::to_owned),
            (None, "changes") if values[column(table, "entity")] == "profile" => {
                values[column(table, "entity_id")].as_str().map(str::to_owned)
            }
            _ => None,
        };
        let erased = match &learner {
            Some(id) => self
                .tx
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM erasures WHERE learner_id = ?1)")?
                .query_row([id], |row| row.get(0))?,
            None => false,
        };
        if exists || erased {
            self.counts.known += 1;
            return Ok(false);
        }
        if table.name == "changes" {
            self.notice_conflict(table, &values)?;
        }
        let mut names: Vec<&str> = table.columns.to_vec();
        let mut slots: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
        for (name, placeholder) in table.placeholders {
            names.push(name);
            slots.push((*placeholder).to_owned());
        }
        let sql = format!("INSERT INTO {} ({}) VALUES ({})", table.name, names.join(", "), slots.join(", "));
        self.tx.prepare_cached(&sql)?.execute(params_from_iter(values.iter().map(to_sql)))?;
        if let Some(sig) = &record.sig {
            self.tx
                .prepare_cached("INSERT OR IGNORE INTO record_sigs (device_id, seq, sig) VALUES (?1, ?2, ?3)")?
                .execute(params![record.device_id, record.seq, sig])?;
        }
        if let Some(entity) = table.entity {
            self.touched.insert((entity.as_str(), key_value.clone(), None));
        }
        if table.name == "changes" {
            let text = |name: &str| values[column(table, name)].as_str().unwrap_or_default().to_owned();
            if let Some(entity) = Entity::parse(&text("entity")) {
                self.touched.insert((entity.as_str(), text("entity_id"), Some(text("field"))));
            }
        }
        if table.name == "erasures" {
            crate::profiles::purge(&self.tx, &key_value)?;
        }
        *self.counts.new.entry(table.name.to_owned()).or_default() += 1;
        Ok(true)
    }

    /// A change event for a field whose winner here came from another laptop that the sender
    /// had not heard of: both laptops changed it without seeing the other's change.
    fn notice_conflict(&mut self, table: &Table, values: &[Value]) -> Result<()> {
        let text = |name: &str| values[column(table, name)].as_str().unwrap_or_default().to_owned();
        let (id, device, value) = (text("id"), text("device_id"), text("value"));
        let seq = values[column(table, "seq")].as_i64().unwrap_or_default();
        let hlc = values[column(table, "hlc")].as_i64().unwrap_or_default();
        let winner: Option<(String, String, i64, i64, String)> = self
            .tx
            .prepare_cached(
                "SELECT id, device_id, seq, hlc, value FROM changes WHERE entity = ?1 AND entity_id = ?2 AND field = ?3
                 ORDER BY hlc DESC, device_id DESC, seq DESC LIMIT 1",
            )?
            .query_row([text("entity"), text("entity_id"), text("field")], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?))
            })
            .optional()?;
        let Some((local_id, local_device, local_seq, local_hlc, local_value)) = winner else { return Ok(()) };
        if local_device == device || local_value == value || self.sender_knows.contains(&local_device, local_seq) {
            return Ok(());
        }
        let incoming_wins = (hlc, device.as_str(), seq) > (local_hlc, local_device.as_str(), local_seq);
        let (kept, other) = if incoming_wins { (id, local_id) } else { (local_id, id) };
        self.tx.execute(
            "INSERT OR IGNORE INTO sync_conflicts (entity, entity_id, field, kept, other, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![text("entity"), text("entity_id"), text("field"), kept, other, now()],
        )?;
        self.counts.conflicts += 1;
        Ok(())
    }

    /// Elects the winning values, records what is now held from each device and what the
    /// sender holds, logs the import and commits.
    pub fn finish(
        self,
        covers: &Knowledge,
        sender: &str,
        sender_knows: &Knowledge,
        bundle_sha256: &str,
    ) -> Result<ImportCounts> {
        let Import { tx, own, touched, counts, max_hlc, .. } = self;
        for (entity, id, field) in &touched {
            let entity = Entity::parse(entity).expect("touched entities are known");
            match field {
                Some(field) => changes::apply(&tx, entity, id, field)?,
                None => {
                    for field in entity.fields() {
                        changes::apply(&tx, entity, id, field)?;
                    }
                }
            }
        }
        for (device, ranges) in &covers.0 {
            if *device != own {
                merge_row(&tx, "sync_held", "ranges", device, |held: &mut Ranges| held.union(ranges))?;
            }
        }
        merge_row(&tx, "sync_peers", "knowledge", sender, |peer: &mut Knowledge| peer.union(sender_knows))?;
        tx.execute("UPDATE device SET clock = ?1 WHERE id = 1 AND clock < ?1", [max_hlc])?;
        tx.execute(
            "INSERT INTO sync_imports (bundle_sha256, sender, at, summary) VALUES (?1, ?2, ?3, ?4)",
            params![bundle_sha256, sender, now(), serde_json::to_string(&counts).expect("counts serialise")],
        )?;
        // The log keeps each laptop's last import and the latest others, no more.
        tx.execute(
            "DELETE FROM sync_imports WHERE id <= (SELECT MAX(id) FROM sync_imports) - ?1
             AND id NOT IN (SELECT MAX(id) FROM sync_imports GROUP BY sender)",
            [IMPORT_LOG_KEPT],
        )?;
        tx.commit()?;
        Ok(counts)
    }
}

/// Adds to the JSON value of `key` in a bookkeeping `table` (`device_id` → `column`), writing
/// only when it changed, so importing a bundle again writes nothing.
fn merge_row<T>(tx: &Transaction<'_>, table: &str, column: &str, key: &str, add: impl FnOnce(&mut T)) -> Result<()>
where
    T: Serialize + serde::de::DeserializeOwned + Default + PartialEq + Clone,
{
    let stored: Option<String> = tx
        .query_row(&format!("SELECT {column} FROM {table} WHERE device_id = ?1"), [key], |row| row.get(0))
        .optional()?;
    let mut value: T = stored.as_deref().and_then(|v| serde_json::from_str(v).ok()).unwrap_or_default();
    let before = value.clone();
    add(&mut value);
    if value != before || stored.is_none() {
        tx.execute(
            &format!("INSERT OR REPLACE INTO {table} (device_id, {column}) VALUES (?1, ?2)"),
            params![key, serde_json::to_string(&value).expect("bookkeeping serialises")],
        )?;
    }
    Ok(())
}
