//! The Rust half of migration 4: gives every existing record a sequence number and a clock,
//! and turns each profile's current values into its first change events.

use std::collections::HashMap;

use rusqlite::{params, Transaction};

/// Tables with records that move between devices, and the time each row was made.
const RECORDS: [(&str, &str); 5] = [
    ("profiles", "created_at"),
    ("progress", "at"),
    ("attempts", "finished_at"),
    ("answers", "answered_at"),
    ("exchanges", "at"),
];

/// The fields of a profile that schema 3 had, each made a first change event.
const PROFILE_FIELDS: [&str; 4] = ["name", "locale", "avatar", "pin_hash"];

struct Row {
    hlc: i64,
    table: usize,
    rowid: i64,
    id: String,
    device_id: String,
    at: String,
}

pub fn v4(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    let mut rows = Vec::new();
    for (table_idx, (table, time)) in RECORDS.iter().enumerate() {
        let mut stmt = tx.prepare(&format!(
            "SELECT rowid, id, device_id, {time},
                    COALESCE(CAST(round((julianday({time}) - 2440587.5) * 86400000) AS INTEGER), 0)
             FROM {table}"
        ))?;
        let found = stmt.query_map([], |row| {
            Ok(Row {
                rowid: row.get(0)?,
                id: row.get(1)?,
                device_id: row.get(2)?,
                at: row.get(3)?,
                hlc: row.get(4)?,
                table: table_idx,
            })
        })?;
        for row in found {
            rows.push(row?);
        }
    }
    rows.sort_by(|a, b| (a.hlc, a.table, a.rowid).cmp(&(b.hlc, b.table, b.rowid)));
    let mut next: HashMap<String, i64> = HashMap::new();
    let mut seq_of = |device: &str| {
        let counter = next.entry(device.to_owned()).or_insert(0);
        *counter += 1;
        *counter
    };
    let mut max_hlc = 0;
    for row in &rows {
        let (table, _) = RECORDS[row.table];
        let seq = seq_of(&row.device_id);
        max_hlc = max_hlc.max(row.hlc);
        tx.execute(
            &format!("UPDATE {table} SET seq = ?1, hlc = ?2 WHERE rowid = ?3"),
            params![seq, row.hlc, row.rowid],
        )?;
        if table != "profiles" {
            continue;
        }
        for field in PROFILE_FIELDS {
            let value: Option<String> =
                tx.query_row(&format!("SELECT {field} FROM profiles WHERE rowid = ?1"), [row.rowid], |r| r.get(0))?;
            let Some(value) = value else { continue };
            tx.execute(
                "INSERT INTO changes (id, device_id, seq, hlc, entity, entity_id, field, value, at)
                 VALUES (?1, ?2, ?3, ?4, 'profile', ?5, ?6, ?7, ?8)",
                params![
                    uuid::Uuid::now_v7().to_string(),
                    row.device_id,
                    seq_of(&row.device_id),
                    row.hlc,
                    row.id,
                    field,
                    serde_json::Value::String(value).to_string(),
                    row.at
                ],
            )?;
        }
    }
    let local: Option<String> = tx
        .query_row("SELECT device_id FROM device WHERE id = 1", [], |row| row.get(0))
        .map(Some)
        .or_else(|err| if err == rusqlite::Error::QueryReturnedNoRows { Ok(None) } else { Err(err) })?;
    if let Some(local) = local {
        let last = next.get(&local).copied().unwrap_or(0);
        tx.execute("UPDATE device SET next_seq = ?1, clock = ?2 WHERE id = 1", params![last + 1, max_hlc])?;
    }
    Ok(())
}
