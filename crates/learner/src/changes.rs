//! Change events: what can change about a profile, a class, a group or an assignment is never
//! updated in place. Each change is an append-only record (stamped like every synced record);
//! the newest by `(hlc, device_id, seq)` wins and is copied into the entity's row, which is
//! only ever that copy. Events from another laptop can therefore arrive in any order.

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;

use crate::clock::stamp;
use crate::{LearnerDbError, Result};

/// What a change event is about, with its table and the fields that change by events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    Profile,
    Class,
    Group,
    Assignment,
}

impl Entity {
    pub fn as_str(self) -> &'static str {
        match self {
            Entity::Profile => "profile",
            Entity::Class => "class",
            Entity::Group => "group",
            Entity::Assignment => "assignment",
        }
    }

    pub fn parse(text: &str) -> Option<Entity> {
        [Entity::Profile, Entity::Class, Entity::Group, Entity::Assignment].into_iter().find(|e| e.as_str() == text)
    }

    pub(crate) fn table(self) -> &'static str {
        match self {
            Entity::Profile => "profiles",
            Entity::Class => "classes",
            Entity::Group => "class_groups",
            Entity::Assignment => "assignments",
        }
    }

    /// The fields that change by events; each is a column of the same name.
    pub(crate) fn fields(self) -> &'static [&'static str] {
        match self {
            Entity::Profile => &["name", "locale", "avatar", "pin_hash", "class_id", "group_id", "deleted"],
            Entity::Class => &["name", "teacher_id", "tutor_mode", "daily_limit", "deleted"],
            Entity::Group => &["name", "deleted"],
            Entity::Assignment => &["due", "note", "deleted"],
        }
    }
}

/// Records a change of `field` of entity `id` and copies the winning value into its row.
pub(crate) fn change(conn: &Connection, entity: Entity, id: &str, field: &str, value: Value) -> Result<()> {
    let stamp = stamp(conn)?;
    conn.execute(
        "INSERT INTO changes (id, device_id, seq, hlc, entity, entity_id, field, value, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            stamp.id,
            stamp.device_id,
            stamp.seq,
            stamp.hlc,
            entity.as_str(),
            id,
            field,
            value.to_string(),
            stamp.at
        ],
    )?;
    apply(conn, entity, id, field)
}

/// Copies the newest value of `field` (by clock, then device) into the entity's row.
pub(crate) fn apply(conn: &Connection, entity: Entity, id: &str, field: &str) -> Result<()> {
    let column = entity
        .fields()
        .iter()
        .find(|f| **f == field)
        .ok_or_else(|| LearnerDbError::Invalid(format!("no field {field} of a {}", entity.as_str())))?;
    let winner: Option<String> = conn
        .query_row(
            "SELECT value FROM changes WHERE entity = ?1 AND entity_id = ?2 AND field = ?3
             ORDER BY hlc DESC, device_id DESC, seq DESC LIMIT 1",
            [entity.as_str(), id, field],
            |row| row.get(0),
        )
        .optional()?;
    let Some(winner) = winner else { return Ok(()) };
    let value: Value = serde_json::from_str(&winner).unwrap_or(Value::Null);
    let sql = format!("UPDATE {} SET {column} = ?1 WHERE id = ?2", entity.table());
    match value {
        Value::Bool(flag) => conn.execute(&sql, params![flag, id])?,
        Value::String(text) => conn.execute(&sql, params![text, id])?,
        Value::Number(number) => conn.execute(&sql, params![number.as_i64(), id])?,
        _ => conn.execute(&sql, params![Option::<String>::None, id])?,
    };
    Ok(())
}
