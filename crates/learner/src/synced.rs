//! The tables whose records travel between laptops, the columns that travel (those never
//! changed once written, in the order of a record's body) and how a body's JSON values map
//! to SQLite's.

use rusqlite::types::Value as SqlValue;
use serde_json::Value;

use crate::changes::Entity;
use crate::{LearnerDbError, Result};

/// A synced table: its columns that travel (never changed once written), in body order;
/// the columns a new row needs before its change events fill them; the entity its rows are.
pub(crate) struct Table {
    pub(crate) name: &'static str,
    pub(crate) columns: &'static [&'static str],
    pub(crate) placeholders: &'static [(&'static str, &'static str)],
    pub(crate) entity: Option<Entity>,
    /// The column naming the learner the record belongs to (for erasure).
    pub(crate) learner: Option<&'static str>,
    /// Which rows a class's laptops receive (`?1` is the class id).
    pub(crate) class_scope: &'static str,
}

/// In the order an import inserts them (a record's references come before it).
pub(crate) const TABLES: &[Table] = &[
    Table {
        name: "erasures",
        columns: &["learner_id", "id", "device_id", "seq", "hlc", "erased_by", "at"],
        placeholders: &[],
        entity: None,
        learner: None,
        class_scope: "1",
    },
    Table {
        name: "profiles",
        columns: &["id", "device_id", "seq", "hlc", "kind", "created_at"],
        placeholders: &[("name", "''"), ("locale", "''")],
        entity: Some(Entity::Profile),
        learner: Some("id"),
        class_scope: "kind = 'learner' AND class_id = ?1",
    },
    Table {
        name: "classes",
        columns: &["id", "device_id", "seq", "hlc", "created_at"],
        placeholders: &[("name", "''"), ("teacher_id", "''")],
        entity: Some(Entity::Class),
        learner: None,
        class_scope: "id = ?1",
    },
    Table {
        name: "class_groups",
        columns: &["id", "device_id", "seq", "hlc", "created_at", "class_id"],
        placeholders: &[("name", "''")],
        entity: Some(Entity::Group),
        learner: None,
        class_scope: "class_id = ?1",
    },
    Table {
        name: "assignments",
        columns: &[
            "id",
            "device_id",
            "seq",
            "hlc",
            "created_at",
            "class_id",
            "group_id",
            "learner_id",
            "lesson_id",
            "part",
            "assigned_by",
        ],
        placeholders: &[],
        entity: Some(Entity::Assignment),
        learner: Some("learner_id"),
        class_scope: "class_id = ?1",
    },
    Table {
        name: "changes",
        columns: &["id", "device_id", "seq", "hlc", "entity", "entity_id", "field", "value", "at"],
        placeholders: &[],
        entity: None,
        learner: None,
        class_scope:
            "(entity = 'class' AND entity_id = ?1)
            OR (entity = 'group' AND entity_id IN (SELECT id FROM class_groups WHERE class_id = ?1))
            OR (entity = 'assignment' AND entity_id IN (SELECT id FROM assignments WHERE class_id = ?1))
            OR (entity = 'profile' AND entity_id IN (SELECT id FROM profiles WHERE kind = 'learner' AND class_id = ?1))",
    },
    Table {
        name: "progress",
        columns: &["id", "device_id", "seq", "hlc", "learner_id", "lesson_id", "section", "locale", "seconds", "at"],
        placeholders: &[],
        entity: None,
        learner: Some("learner_id"),
        class_scope: "0",
    },
    Table {
        name: "attempts",
        columns: &[
            "id",
            "device_id",
            "seq",
            "hlc",
            "learner_id",
            "lesson_id",
            "pack_id",
            "pack_version",
            "locale",
            "started_at",
            "finished_at",
            "n_correct",
            "n_questions",
        ],
        placeholders: &[],
        entity: None,
        learner: Some("learner_id"),
        class_scope: "0",
    },
    Table {
        name: "answers",
        columns: &[
            "id",
            "device_id",
            "seq",
            "hlc",
            "attempt_id",
            "learner_id",
            "question_id",
            "response",
            "correct",
            "hint_used",
            "answered_at",
        ],
        placeholders: &[],
        entity: None,
        learner: Some("learner_id"),
        class_scope: "0",
    },
    Table {
        name: "exchanges",
        columns: &[
            "id",
            "device_id",
            "seq",
            "hlc",
            "learner_id",
            "lesson_id",
            "locale",
            "question",
            "answer",
            "mode",
            "model_id",
            "model_sha256",
            "citations",
            "flags",
            "audit",
            "at",
        ],
        placeholders: &[],
        entity: None,
        learner: Some("learner_id"),
        class_scope: "0",
    },
    Table {
        name: "exchange_marks",
        columns: &["id", "device_id", "seq", "hlc", "exchange_id", "learner_id", "teacher_id", "note", "at"],
        placeholders: &[],
        entity: None,
        learner: Some("learner_id"),
        class_scope: "0",
    },
];

pub(crate) fn table(name: &str) -> Result<&'static Table> {
    TABLES.iter().find(|t| t.name == name).ok_or_else(|| LearnerDbError::Invalid(format!("no synced table {name}")))
}

pub(crate) fn column(table: &Table, name: &str) -> usize {
    table.columns.iter().position(|c| *c == name).expect("every synced table has the column")
}

pub(crate) fn body_values(table: &Table, body: &str) -> Result<Vec<Value>> {
    match serde_json::from_str::<Value>(body) {
        Ok(Value::Array(values)) if values.len() == table.columns.len() => Ok(values),
        _ => Err(LearnerDbError::Invalid(format!("a {} record of the wrong shape", table.name))),
    }
}

pub(crate) fn to_json(value: SqlValue) -> Value {
    match value {
        SqlValue::Null => Value::Null,
        SqlValue::Integer(n) => Value::from(n),
        SqlValue::Real(x) => Value::from(x),
        SqlValue::Text(text) => Value::String(text),
        SqlValue::Blob(bytes) => Value::String(bytes.iter().map(|b| format!("{b:02x}")).collect()),
    }
}

pub(crate) fn to_sql(value: &Value) -> SqlValue {
    match value {
        Value::Null => SqlValue::Null,
        Value::Bool(flag) => SqlValue::Integer(i64::from(*flag)),
        Value::Number(n) => {
            n.as_i64().map(SqlValue::Integer).unwrap_or_else(|| SqlValue::Real(n.as_f64().unwrap_or(0.0)))
        }
        Value::String(text) => SqlValue::Text(text.clone()),
        other => SqlValue::Text(other.to_string()),
    }
}
