//! Profiles: learners and teachers. A profile is made once (its row: id, device, kind) and
//! changed by append-only change events (name, language, picture, PIN, deletion); the newest
//! event of each field by clock wins and is copied into the row for fast reading, the older
//! ones stay as history. PINs and passwords are stored as Argon2id PHC strings with a salt of
//! their own; after [`PIN_FREE_TRIES`] wrong tries each try waits longer. Erasing a learner
//! removes every record of theirs and leaves a tombstone.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::changes::{change, Entity};
use crate::clock::{self, stamp};
use crate::{LearnerDb, LearnerDbError, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProfileKind {
    Learner,
    Teacher,
}

impl ProfileKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProfileKind::Learner => "learner",
            ProfileKind::Teacher => "teacher",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Profile {
    pub id: String,
    pub device_id: String,
    pub kind: ProfileKind,
    pub name: String,
    pub locale: String,
    pub avatar: Option<String>,
    pub has_pin: bool,
    pub created_at: String,
    /// The learner's class and group, if they are enrolled.
    pub class_id: Option<String>,
    pub group_id: Option<String>,
}

/// The pictures a profile can have: a short English name (for `ustad learner add --avatar`)
/// and the picture itself, which is what a profile stores.
pub const AVATARS: [(&str, &str); 8] = [
    ("lion", "🦁"),
    ("tiger", "🐯"),
    ("elephant", "🐘"),
    ("parrot", "🦜"),
    ("turtle", "🐢"),
    ("sunflower", "🌻"),
    ("rocket", "🚀"),
    ("football", "⚽"),
];

#[derive(Debug, Clone)]
pub struct NewProfile {
    pub kind: ProfileKind,
    pub name: String,
    pub locale: String,
    pub avatar: Option<String>,
    /// A learner's optional 4-8 digit PIN (it keeps classmates out of each other's profile on a
    /// shared laptop), or a teacher's password (6-64 characters, required).
    pub pin: Option<String>,
}

/// One change event of a profile's field, for the history view.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub id: String,
    pub device_id: String,
    pub seq: i64,
    pub hlc: i64,
    pub field: String,
    /// The new value; a PIN's hash is shown only as `"set"`.
    pub value: Value,
    pub at: String,
}

/// Wrong PINs allowed before each further try has to wait.
pub const PIN_FREE_TRIES: u32 = 5;
const FIRST_WAIT_S: u64 = 30;
const LONGEST_WAIT_S: u64 = 15 * 60;

/// How long the next try waits after `failures` wrong PINs in a row: nothing for the first
/// five, then 30 s, doubling up to 15 minutes.
pub fn pin_wait_seconds(failures: u32) -> u64 {
    if failures < PIN_FREE_TRIES {
        return 0;
    }
    let doublings = (failures - PIN_FREE_TRIES).min(10);
    (FIRST_WAIT_S << doublings).min(LONGEST_WAIT_S)
}

fn validate_secret(kind: ProfileKind, secret: &str) -> Result<()> {
    match kind {
        ProfileKind::Learner if (4..=8).contains(&secret.len()) && secret.chars().all(|c| c.is_ascii_digit()) => Ok(()),
        ProfileKind::Learner => Err(LearnerDbError::PinInvalid),
        ProfileKind::Teacher if (6..=64).contains(&secret.chars().count()) => Ok(()),
        ProfileKind::Teacher => Err(LearnerDbError::PasswordInvalid),
    }
}

/// An Argon2id PHC string of `secret` with a fresh random salt.
fn hash_secret(secret: &str) -> Result<String> {
    let salt = SaltString::encode_b64(uuid::Uuid::new_v4().as_bytes())
        .map_err(|e| LearnerDbError::Invalid(format!("salt: {e}")))?;
    let hash = Argon2::default()
        .hash_password(secret.as_bytes(), &salt)
        .map_err(|e| LearnerDbError::Invalid(format!("hashing: {e}")))?;
    Ok(hash.to_string())
}

/// A teacher's password as an Argon2id PHC string, for a provisioning file (which never holds
/// the password itself).
pub fn hash_password(password: &str) -> Result<String> {
    validate_secret(ProfileKind::Teacher, password)?;
    hash_secret(password)
}

/// Whether `hash` is an Argon2id PHC string (a provisioning file's teacher password).
pub fn is_password_hash(hash: &str) -> bool {
    hash.starts_with("$argon2id$") && PasswordHash::new(hash).is_ok()
}

/// Whether `secret` matches `stored`: an Argon2id PHC string, or the SHA-256 of schema 1-3.
fn secret_matches(stored: &str, profile_id: &str, secret: &str) -> bool {
    if stored.starts_with("$argon2") {
        return PasswordHash::new(stored)
            .is_ok_and(|hash| Argon2::default().verify_password(secret.as_bytes(), &hash).is_ok());
    }
    let digest = Sha256::digest(format!("ustad-pin:{profile_id}:{secret}").as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect::<String>() == stored
}

pub(crate) fn validate_name(name: &str) -> Result<&str> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 40 {
        return Err(LearnerDbError::Invalid("a name has 1 to 40 letters".into()));
    }
    Ok(name)
}

fn validate_avatar(avatar: Option<&str>) -> Result<()> {
    match avatar {
        Some(avatar) if !AVATARS.iter().any(|(_, picture)| *picture == avatar) => {
            Err(LearnerDbError::Invalid(format!("no profile picture {avatar}")))
        }
        _ => Ok(()),
    }
}

pub(crate) fn profile_from_row(row: &Row<'_>) -> rusqlite::Result<Profile> {
    let kind: String = row.get(2)?;
    Ok(Profile {
        id: row.get(0)?,
        device_id: row.get(1)?,
        kind: if kind == "teacher" { ProfileKind::Teacher } else { ProfileKind::Learner },
        name: row.get(3)?,
        locale: row.get(4)?,
        avatar: row.get(5)?,
        has_pin: row.get::<_, Option<String>>(6)?.is_some(),
        created_at: row.get(7)?,
        class_id: row.get(8)?,
        group_id: row.get(9)?,
    })
}

pub(crate) const PROFILE_COLUMNS: &str =
    "id, device_id, kind, name, locale, avatar, pin_hash, created_at, class_id, group_id";

impl LearnerDb {
    /// Makes a profile. Two learners may have the same name (the id tells them apart); two
    /// teachers may not, as a teacher signs in by name.
    pub fn add_profile(&mut self, new: &NewProfile) -> Result<Profile> {
        let name = validate_name(&new.name)?;
        if let Some(secret) = &new.pin {
            validate_secret(new.kind, secret)?;
        } else if new.kind == ProfileKind::Teacher {
            return Err(LearnerDbError::PasswordInvalid);
        }
        validate_avatar(new.avatar.as_deref())?;
        if new.kind == ProfileKind::Teacher && self.profiles_named(name)?.iter().any(|p| p.kind == ProfileKind::Teacher)
        {
            return Err(LearnerDbError::ProfileExists { kind: new.kind.as_str(), name: name.to_owned() });
        }
        let pin_hash = new.pin.as_deref().map(hash_secret).transpose()?;
        self.insert_profile(new.kind, name, &new.locale, new.avatar.clone(), pin_hash)
    }

    /// Inserts a checked profile with its change events, in one transaction.
    pub(crate) fn insert_profile(
        &mut self,
        kind: ProfileKind,
        name: &str,
        locale: &str,
        avatar: Option<String>,
        pin_hash: Option<String>,
    ) -> Result<Profile> {
        let tx = self.conn_mut().transaction()?;
        let made = stamp(&tx)?;
        tx.execute(
            "INSERT INTO profiles (id, device_id, seq, hlc, kind, name, locale, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![made.id, made.device_id, made.seq, made.hlc, kind.as_str(), name, locale, made.at],
        )?;
        let fields = [
            ("name", Some(name.to_owned())),
            ("locale", Some(locale.to_owned())),
            ("avatar", avatar),
            ("pin_hash", pin_hash),
        ];
        for (field, value) in fields {
            if let Some(value) = value {
                change(&tx, Entity::Profile, &made.id, field, Value::String(value))?;
            }
        }
        tx.commit()?;
        self.profile(&made.id)?.ok_or_else(|| LearnerDbError::ProfileNotFound(made.id.clone()))
    }

    /// The profile with this id, unless it was deleted.
    pub fn profile(&self, id: &str) -> Result<Option<Profile>> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {PROFILE_COLUMNS} FROM profiles WHERE id = ?1 AND deleted = 0"),
                [id],
                profile_from_row,
            )
            .optional()?)
    }

    /// Profiles (of one kind, or all) by name, then by age.
    pub fn profiles(&self, kind: Option<ProfileKind>) -> Result<Vec<Profile>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {PROFILE_COLUMNS} FROM profiles WHERE (?1 IS NULL OR kind = ?1) AND deleted = 0
             ORDER BY name COLLATE NOCASE, hlc, device_id"
        ))?;
        let rows = stmt.query_map([kind.map(ProfileKind::as_str)], profile_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Profiles with this name (any letter case): learners first, then teachers; oldest first.
    pub fn profiles_named(&self, name: &str) -> Result<Vec<Profile>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {PROFILE_COLUMNS} FROM profiles WHERE name = ?1 COLLATE NOCASE AND deleted = 0
             ORDER BY kind, hlc, device_id"
        ))?;
        let rows = stmt.query_map([name.trim()], profile_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn existing(&self, id: &str) -> Result<Profile> {
        self.profile(id)?.ok_or_else(|| LearnerDbError::ProfileNotFound(id.to_owned()))
    }

    pub fn rename_profile(&mut self, id: &str, name: &str) -> Result<()> {
        let name = validate_name(name)?.to_owned();
        self.existing(id)?;
        self.in_transaction(|tx| change(tx, Entity::Profile, id, "name", Value::String(name)))
    }

    pub fn set_profile_avatar(&mut self, id: &str, avatar: Option<&str>) -> Result<()> {
        validate_avatar(avatar)?;
        self.existing(id)?;
        self.in_transaction(|tx| change(tx, Entity::Profile, id, "avatar", avatar.map_or(Value::Null, Value::from)))
    }

    /// The language this profile reads in; the app and the CLI take it when the profile is chosen.
    pub fn set_profile_locale(&mut self, id: &str, locale: &str) -> Result<()> {
        if self.existing(id)?.locale == locale {
            return Ok(());
        }
        self.in_transaction(|tx| change(tx, Entity::Profile, id, "locale", Value::from(locale)))
    }

    /// Sets or (with `None`, learners only) removes a PIN or password; a teacher resets a
    /// learner's forgotten PIN this way. Clears the wrong-PIN count.
    pub fn set_pin(&mut self, id: &str, secret: Option<&str>) -> Result<()> {
        let profile = self.existing(id)?;
        let hash = match secret {
            Some(secret) => {
                validate_secret(profile.kind, secret)?;
                Some(hash_secret(secret)?)
            }
            None if profile.kind == ProfileKind::Teacher => return Err(LearnerDbError::PasswordInvalid),
            None => None,
        };
        self.in_transaction(|tx| {
            change(tx, Entity::Profile, id, "pin_hash", hash.map_or(Value::Null, Value::String))?;
            tx.execute("DELETE FROM pin_failures WHERE profile_id = ?1", [id])?;
            Ok(())
        })
    }

    /// Deletes a profile by a tombstone: it no longer shows, its records stay.
    pub fn delete_profile(&mut self, id: &str) -> Result<()> {
        self.existing(id)?;
        self.in_transaction(|tx| change(tx, Entity::Profile, id, "deleted", Value::Bool(true)))
    }

    /// Every change of a profile, oldest first (a PIN's hash shows as "set").
    pub fn profile_history(&self, id: &str) -> Result<Vec<Change>> {
        let mut stmt = self.conn().prepare(
            "SELECT id, device_id, seq, hlc, field, value, at FROM changes
             WHERE entity = 'profile' AND entity_id = ?1 ORDER BY hlc, device_id, seq",
        )?;
        let rows = stmt.query_map([id], |row| {
            let field: String = row.get(4)?;
            let value: Value = serde_json::from_str(&row.get::<_, String>(5)?).unwrap_or(Value::Null);
            let value = if field == "pin_hash" && !value.is_null() { Value::from("set") } else { value };
            Ok(Change {
                id: row.get(0)?,
                device_id: row.get(1)?,
                seq: row.get(2)?,
                hlc: row.get(3)?,
                field,
                value,
                at: row.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Whether `secret` opens the profile (a profile without a PIN opens with any). After
    /// [`PIN_FREE_TRIES`] wrong tries in a row, a try before the wait is over is refused with
    /// [`LearnerDbError::PinLocked`] without being checked. A PIN stored by an older Ustad is
    /// stored again as Argon2id when it opens.
    pub fn check_pin(&mut self, profile_id: &str, secret: &str) -> Result<bool> {
        let now_ms = clock::wall_ms();
        let failures: Option<(u32, i64)> = self
            .conn()
            .query_row("SELECT failures, last_ms FROM pin_failures WHERE profile_id = ?1", [profile_id], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .optional()?;
        let (failures, last_ms) = failures.unwrap_or((0, 0));
        let wait_ms = pin_wait_seconds(failures) as i64 * 1000;
        let remaining_ms = last_ms + wait_ms - now_ms;
        if wait_ms > 0 && remaining_ms > 0 {
            return Err(LearnerDbError::PinLocked { seconds: (remaining_ms as u64).div_ceil(1000) });
        }
        let stored: Option<String> = self
            .conn()
            .query_row("SELECT pin_hash FROM profiles WHERE id = ?1 AND deleted = 0", [profile_id], |row| row.get(0))
            .optional()?
            .ok_or_else(|| LearnerDbError::ProfileNotFound(profile_id.to_owned()))?;
        let Some(stored) = stored else { return Ok(true) };
        if !secret_matches(&stored, profile_id, secret) {
            self.conn().execute(
                "INSERT INTO pin_failures (profile_id, failures, last_ms) VALUES (?1, 1, ?2)
                 ON CONFLICT (profile_id) DO UPDATE SET failures = failures + 1, last_ms = excluded.last_ms",
                params![profile_id, now_ms],
            )?;
            return Ok(false);
        }
        self.conn().execute("DELETE FROM pin_failures WHERE profile_id = ?1", [profile_id])?;
        if !stored.starts_with("$argon2") {
            let hash = hash_secret(secret)?;
            self.in_transaction(|tx| change(tx, Entity::Profile, profile_id, "pin_hash", Value::String(hash)))?;
        }
        Ok(true)
    }

    /// Removes every record of a learner (profile, its history, progress, attempts, answers,
    /// tutor exchanges) and leaves a tombstone, so a device that merges later erases them too.
    /// `erased_by` is the teacher who did it.
    pub fn erase_learner(&mut self, learner_id: &str, erased_by: Option<&str>) -> Result<()> {
        let profile = self.existing(learner_id)?;
        if profile.kind != ProfileKind::Learner {
            return Err(LearnerDbError::ProfileNotFound(learner_id.to_owned()));
        }
        self.in_transaction(|tx| {
            let stamp = stamp(tx)?;
            tx.execute(
                "INSERT INTO erasures (learner_id, id, device_id, seq, hlc, erased_by, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![learner_id, stamp.id, stamp.device_id, stamp.seq, stamp.hlc, erased_by, stamp.at],
            )?;
            purge(tx, learner_id)
        })
    }

    /// Learners erased on request: their ids only, for the teacher's record.
    pub fn erasures(&self) -> Result<Vec<(String, Option<String>, String)>> {
        let mut stmt = self.conn().prepare("SELECT learner_id, erased_by, at FROM erasures ORDER BY hlc")?;
        let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn in_transaction<T>(&mut self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let tx = self.conn_mut().transaction()?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }
}

/// Deletes every record of an erased learner (their tombstone is already in `erasures`, which
/// the append-only triggers check), here or when the tombstone arrives from another laptop.
pub(crate) fn purge(conn: &Connection, learner_id: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM record_sigs WHERE (device_id, seq) IN (
             SELECT device_id, seq FROM answers WHERE learner_id = ?1
             UNION ALL SELECT device_id, seq FROM attempts WHERE learner_id = ?1
             UNION ALL SELECT device_id, seq FROM progress WHERE learner_id = ?1
             UNION ALL SELECT device_id, seq FROM exchanges WHERE learner_id = ?1
             UNION ALL SELECT device_id, seq FROM assignments WHERE learner_id = ?1
             UNION ALL SELECT device_id, seq FROM exchange_marks WHERE learner_id = ?1
             UNION ALL SELECT device_id, seq FROM changes WHERE entity = 'profile' AND entity_id = ?1
             UNION ALL SELECT device_id, seq FROM profiles WHERE id = ?1)",
        [learner_id],
    )?;
    for sql in [
        "DELETE FROM answers WHERE learner_id = ?1",
        "DELETE FROM attempts WHERE learner_id = ?1",
        "DELETE FROM progress WHERE learner_id = ?1",
        "DELETE FROM exchanges WHERE learner_id = ?1",
        "DELETE FROM assignments WHERE learner_id = ?1",
        "DELETE FROM exchange_marks WHERE learner_id = ?1",
        "DELETE FROM changes WHERE entity = 'profile' AND entity_id = ?1",
        "DELETE FROM pin_failures WHERE profile_id = ?1",
        "DELETE FROM profiles WHERE id = ?1",
    ] {
        conn.execute(sql, [learner_id])?;
    }
    Ok(())
}
