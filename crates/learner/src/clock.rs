//! Which device wrote a record, in what order, and when.
//!
//! A device's id is made when its database is created. A school that images one laptop's disk
//! onto forty others would otherwise get forty laptops with one id, whose records clash when
//! they merge; so the database also remembers the machine it was made on (a hash of
//! `/etc/machine-id`, which systemd makes anew on each installed machine), and when it opens on
//! another machine it takes a new device id and keeps the old one in `former_devices`. Where
//! the machine has no such file the id stays as it is.
//!
//! Every record gets the next number of its device's one sequence (for "what have you got
//! from device D": a range of numbers) and a hybrid logical clock: milliseconds since 1970,
//! but never less than one more than the last clock this device wrote or saw, so a laptop
//! whose clock is wrong still orders its own records and those it received. Records sort by
//! `(hlc, device_id, seq)`.

use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::{now, Result};

/// Where the machine's identity is read from, first found first.
const MACHINE_ID_FILES: [&str; 2] = ["/etc/machine-id", "/var/lib/dbus/machine-id"];

/// A hash of this machine's identity (never the identity itself, which is meant to stay on
/// the machine), or `None` where it has none.
pub fn machine_key() -> Option<String> {
    MACHINE_ID_FILES.iter().find_map(|path| {
        let id = std::fs::read_to_string(path).ok()?;
        let id = id.trim();
        (!id.is_empty()).then(|| key_of(id))
    })
}

/// The key stored for a machine identity.
pub fn key_of(machine_id: &str) -> String {
    let digest = Sha256::digest(format!("ustad-device:{machine_id}").as_bytes());
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// Milliseconds since 1970 by this laptop's clock.
pub fn wall_ms() -> i64 {
    (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
}

/// `YYYY-MM-DD` (UTC) of a clock value: the day a record was made, as reports show it.
pub fn date_of(ms: i64) -> String {
    let date =
        time::OffsetDateTime::from_unix_timestamp(ms.div_euclid(1000)).map(|t| t.date()).unwrap_or(time::Date::MIN);
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

/// The date written `YYYY-MM-DD` (a due date, a report's "today"), if it is a real one.
pub fn parse_date(text: &str) -> Option<time::Date> {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else { return None };
    if year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let month = time::Month::try_from(month.parse::<u8>().ok()?).ok()?;
    time::Date::from_calendar_date(year.parse().ok()?, month, day.parse().ok()?).ok()
}

/// The id, device, sequence number and clock of a new record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    pub id: String,
    pub device_id: String,
    pub seq: i64,
    pub hlc: i64,
    /// The same moment as text, for people reading the record.
    pub at: String,
}

/// Takes the next sequence number and clock of this device (inside the caller's transaction,
/// so a record that is not written does not use a number).
pub(crate) fn stamp(conn: &Connection) -> Result<Stamp> {
    let (device_id, seq, hlc) = conn.query_row(
        "UPDATE device SET next_seq = next_seq + 1, clock = MAX(clock + 1, ?1) WHERE id = 1
         RETURNING device_id, next_seq - 1, clock",
        [wall_ms()],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    )?;
    Ok(Stamp { id: uuid::Uuid::now_v7().to_string(), device_id, seq, hlc, at: now() })
}

/// This device's id: made on first open, and made anew when the machine changed.
pub(crate) fn device_id(conn: &Connection, machine_key: Option<&str>) -> Result<String> {
    let existing: Option<(String, Option<String>)> = conn
        .query_row("SELECT device_id, machine_key FROM device WHERE id = 1", [], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    match existing {
        None => {
            let id = uuid::Uuid::now_v7().to_string();
            conn.execute(
                "INSERT INTO device (id, device_id, created_at, machine_key) VALUES (1, ?1, ?2, ?3)",
                params![id, now(), machine_key],
            )?;
            Ok(id)
        }
        Some((id, stored)) => match (stored, machine_key) {
            (Some(stored), Some(current)) if stored != current => {
                let new_id = uuid::Uuid::now_v7().to_string();
                conn.execute(
                    "INSERT INTO former_devices (device_id, machine_key, last_seq, retired_at)
                     SELECT device_id, machine_key, next_seq - 1, ?1 FROM device WHERE id = 1",
                    [now()],
                )?;
                conn.execute(
                    "UPDATE device SET device_id = ?1, machine_key = ?2, next_seq = 1 WHERE id = 1",
                    params![new_id, current],
                )?;
                Ok(new_id)
            }
            (None, Some(current)) => {
                // A database from before machine keys: it belongs to the machine it is on.
                conn.execute("UPDATE device SET machine_key = ?1 WHERE id = 1", [current])?;
                Ok(id)
            }
            _ => Ok(id),
        },
    }
}
