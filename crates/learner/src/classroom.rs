//! The classroom: teachers sign in, run classes with groups, enrol learners, assign lessons and
//! decide how much the tutor may do. Every teacher action takes a [`Teacher`], which only
//! [`LearnerDb::sign_in_teacher`] makes (after the password is checked), and acts only on the
//! teacher's own classes and their learners (or learners in no class yet): authorization is
//! here, in Rust, not in any UI.

use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;
use serde_json::Value;

use crate::changes::{change, Entity};
use crate::clock::stamp;
use crate::profiles::{profile_from_row, PROFILE_COLUMNS};
use crate::{LearnerDb, LearnerDbError, Profile, ProfileKind, Result};

/// A signed-in teacher. Only [`LearnerDb::sign_in_teacher`] makes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Teacher {
    id: String,
    name: String,
}

impl Teacher {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn name(&self) -> &str {
        &self.name
    }
}

/// How much the tutor may do for a class's learners.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TutorMode {
    /// Everything: answers written by the model (checked against the lesson), quotes, hints.
    On,
    /// Quotes from the lessons and quiz hints only; no model-written text.
    Hints,
    /// No tutor: a kind message instead.
    Off,
}

impl TutorMode {
    pub fn as_str(self) -> &'static str {
        match self {
            TutorMode::On => "on",
            TutorMode::Hints => "hints",
            TutorMode::Off => "off",
        }
    }

    pub fn parse(text: &str) -> Option<TutorMode> {
        [TutorMode::On, TutorMode::Hints, TutorMode::Off].into_iter().find(|m| m.as_str() == text)
    }
}

/// What a learner's class allows of the tutor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TutorPolicy {
    pub mode: TutorMode,
    /// Questions a learner may ask per day; `None`: no limit.
    pub daily_limit: Option<u32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Class {
    pub id: String,
    pub name: String,
    pub teacher_id: String,
    pub tutor_mode: TutorMode,
    pub daily_limit: Option<u32>,
    pub created_at: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub id: String,
    pub class_id: String,
    pub name: String,
}

/// What an assignment asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AssignPart {
    Lesson,
    Quiz,
    Both,
}

impl AssignPart {
    pub fn as_str(self) -> &'static str {
        match self {
            AssignPart::Lesson => "lesson",
            AssignPart::Quiz => "quiz",
            AssignPart::Both => "both",
        }
    }

    pub fn parse(text: &str) -> Option<AssignPart> {
        [AssignPart::Lesson, AssignPart::Quiz, AssignPart::Both].into_iter().find(|p| p.as_str() == text)
    }
}

#[derive(Debug, Clone)]
pub struct NewAssignment {
    pub lesson_id: String,
    pub part: AssignPart,
    /// To one group of the class (its id), or the whole class.
    pub group_id: Option<String>,
    /// To one learner of the class (their id).
    pub learner_id: Option<String>,
    /// `YYYY-MM-DD`.
    pub due: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Assignment {
    pub id: String,
    pub class_id: String,
    pub group_id: Option<String>,
    pub learner_id: Option<String>,
    pub lesson_id: String,
    pub part: AssignPart,
    pub assigned_by: String,
    pub due: Option<String>,
    pub note: Option<String>,
    pub created_at: String,
}

fn class_from_row(row: &Row<'_>) -> rusqlite::Result<Class> {
    let mode: String = row.get(3)?;
    Ok(Class {
        id: row.get(0)?,
        name: row.get(1)?,
        teacher_id: row.get(2)?,
        tutor_mode: TutorMode::parse(&mode).unwrap_or(TutorMode::On),
        daily_limit: row.get(4)?,
        created_at: row.get(5)?,
    })
}

const CLASS_COLUMNS: &str = "id, name, teacher_id, tutor_mode, daily_limit, created_at";

fn assignment_from_row(row: &Row<'_>) -> rusqlite::Result<Assignment> {
    let part: String = row.get(5)?;
    Ok(Assignment {
        id: row.get(0)?,
        class_id: row.get(1)?,
        group_id: row.get(2)?,
        learner_id: row.get(3)?,
        lesson_id: row.get(4)?,
        part: AssignPart::parse(&part).unwrap_or(AssignPart::Both),
        assigned_by: row.get(6)?,
        due: row.get(7)?,
        note: row.get(8)?,
        created_at: row.get(9)?,
    })
}

const ASSIGNMENT_COLUMNS: &str =
    "a.id, a.class_id, a.group_id, a.learner_id, a.lesson_id, a.part, a.assigned_by, a.due, a.note, a.created_at";

impl LearnerDb {
    /// Whether any teacher account exists on this laptop (the first may be made by anyone;
    /// later ones only by a signed-in teacher).
    pub fn has_teachers(&self) -> Result<bool> {
        Ok(!self.profiles(Some(ProfileKind::Teacher))?.is_empty())
    }

    /// Signs a teacher in by name (or id) and password. A wrong password counts like a wrong
    /// PIN, with the same growing wait.
    pub fn sign_in_teacher(&mut self, name: &str, password: &str) -> Result<Teacher> {
        let teacher = match self.profile(name)?.filter(|p| p.kind == ProfileKind::Teacher) {
            Some(teacher) => teacher,
            None => self
                .profiles_named(name)?
                .into_iter()
                .find(|p| p.kind == ProfileKind::Teacher)
                .ok_or_else(|| LearnerDbError::ProfileNotFound(name.to_owned()))?,
        };
        if !self.check_pin(&teacher.id, password)? {
            return Err(LearnerDbError::PasswordWrong);
        }
        Ok(Teacher { id: teacher.id, name: teacher.name })
    }

    /// The teacher `name` of a provisioning file whose signature the caller checked
    /// (`session::provision`): made with `password_hash` (an Argon2id PHC string) when the laptop
    /// has no teacher of that name, while one that exists keeps their own password. The
    /// ministry's signature stands in for the password here, and only here. Whether the teacher
    /// was made now.
    pub fn provision_teacher(&mut self, name: &str, locale: &str, password_hash: &str) -> Result<(Teacher, bool)> {
        if let Some(found) = self.profiles_named(name)?.into_iter().find(|p| p.kind == ProfileKind::Teacher) {
            return Ok((Teacher { id: found.id, name: found.name }, false));
        }
        if !crate::profiles::is_password_hash(password_hash) {
            return Err(LearnerDbError::PasswordInvalid);
        }
        let name = crate::profiles::validate_name(name)?;
        let made = self.insert_profile(ProfileKind::Teacher, name, locale, None, Some(password_hash.to_owned()))?;
        Ok((Teacher { id: made.id, name: made.name }, true))
    }

    pub fn create_class(&mut self, by: &Teacher, name: &str) -> Result<Class> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 60 {
            return Err(LearnerDbError::Invalid("a class name has 1 to 60 letters".into()));
        }
        let id = self.in_transaction(|tx| {
            let made = stamp(tx)?;
            tx.execute(
                "INSERT INTO classes (id, device_id, seq, hlc, created_at, name, teacher_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![made.id, made.device_id, made.seq, made.hlc, made.at, name, by.id],
            )?;
            change(tx, Entity::Class, &made.id, "name", Value::from(name))?;
            change(tx, Entity::Class, &made.id, "teacher_id", Value::from(by.id.as_str()))?;
            change(tx, Entity::Class, &made.id, "tutor_mode", Value::from(TutorMode::On.as_str()))?;
            Ok(made.id)
        })?;
        self.class(&id)?.ok_or(LearnerDbError::ClassNotFound(id))
    }

    fn class(&self, id: &str) -> Result<Option<Class>> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {CLASS_COLUMNS} FROM classes WHERE id = ?1 AND deleted = 0"),
                [id],
                class_from_row,
            )
            .optional()?)
    }

    /// The teacher's classes, by name.
    pub fn classes(&self, by: &Teacher) -> Result<Vec<Class>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {CLASS_COLUMNS} FROM classes WHERE teacher_id = ?1 AND deleted = 0 ORDER BY name COLLATE NOCASE, hlc"
        ))?;
        let rows = stmt.query_map([&by.id], class_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One of the teacher's classes, by id or name; another teacher's class is `NOT_AUTHORISED`.
    pub fn find_class(&self, by: &Teacher, reference: &str) -> Result<Class> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {CLASS_COLUMNS} FROM classes WHERE (id = ?1 OR name = ?1 COLLATE NOCASE) AND deleted = 0
             ORDER BY teacher_id = ?2 DESC, hlc"
        ))?;
        let found: Vec<Class> =
            stmt.query_map([reference.trim(), &by.id], class_from_row)?.collect::<rusqlite::Result<_>>()?;
        match found.into_iter().next() {
            Some(class) if class.teacher_id == by.id => Ok(class),
            Some(_) => Err(LearnerDbError::NotAuthorised),
            None => Err(LearnerDbError::ClassNotFound(reference.to_owned())),
        }
    }

    pub fn add_group(&mut self, by: &Teacher, class_id: &str, name: &str) -> Result<Group> {
        let class = self.find_class(by, class_id)?;
        let name = name.trim().to_owned();
        if name.is_empty() || name.chars().count() > 60 {
            return Err(LearnerDbError::Invalid("a group name has 1 to 60 letters".into()));
        }
        let id = self.in_transaction(|tx| {
            let made = stamp(tx)?;
            tx.execute(
                "INSERT INTO class_groups (id, device_id, seq, hlc, created_at, class_id, name)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![made.id, made.device_id, made.seq, made.hlc, made.at, class.id, name],
            )?;
            change(tx, Entity::Group, &made.id, "name", Value::from(name.as_str()))?;
            Ok(made.id)
        })?;
        Ok(Group { id, class_id: class.id, name })
    }

    pub fn groups(&self, class_id: &str) -> Result<Vec<Group>> {
        let mut stmt = self.conn().prepare(
            "SELECT id, class_id, name FROM class_groups WHERE class_id = ?1 AND deleted = 0 ORDER BY name COLLATE NOCASE",
        )?;
        let rows =
            stmt.query_map([class_id], |row| Ok(Group { id: row.get(0)?, class_id: row.get(1)?, name: row.get(2)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A group of the class, by id or name.
    pub fn find_group(&self, class_id: &str, reference: &str) -> Result<Group> {
        self.groups(class_id)?
            .into_iter()
            .find(|g| g.id == reference || g.name.eq_ignore_ascii_case(reference.trim()))
            .ok_or_else(|| LearnerDbError::GroupNotFound(reference.to_owned()))
    }

    /// A learner the teacher may act on: in one of the teacher's classes, or in none yet.
    pub fn learner_for(&self, by: &Teacher, learner_id: &str) -> Result<Profile> {
        let profile = self.existing(learner_id)?;
        if profile.kind != ProfileKind::Learner {
            return Err(LearnerDbError::ProfileNotFound(learner_id.to_owned()));
        }
        if let Some(class_id) = &profile.class_id {
            if self.class(class_id)?.is_some_and(|class| class.teacher_id != by.id) {
                return Err(LearnerDbError::NotAuthorised);
            }
        }
        Ok(profile)
    }

    /// Puts a learner in the class (and a group of it); a learner is in one class at a time.
    pub fn enrol(&mut self, by: &Teacher, class_id: &str, learner_id: &str, group_id: Option<&str>) -> Result<()> {
        let class = self.find_class(by, class_id)?;
        self.learner_for(by, learner_id)?;
        let group = group_id.map(|g| self.find_group(&class.id, g)).transpose()?;
        self.in_transaction(|tx| {
            change(tx, Entity::Profile, learner_id, "class_id", Value::from(class.id.as_str()))?;
            change(tx, Entity::Profile, learner_id, "group_id", group.map_or(Value::Null, |g| Value::from(g.id)))
        })
    }

    /// The learners of a class, by name.
    pub fn class_learners(&self, class_id: &str) -> Result<Vec<Profile>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {PROFILE_COLUMNS} FROM profiles WHERE class_id = ?1 AND kind = 'learner' AND deleted = 0
             ORDER BY name COLLATE NOCASE, hlc"
        ))?;
        let rows = stmt.query_map([class_id], profile_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Assigns a lesson, its quiz or both to the class, one group or one learner of it.
    pub fn assign(&mut self, by: &Teacher, class_id: &str, new: &NewAssignment) -> Result<Assignment> {
        let class = self.find_class(by, class_id)?;
        if let Some(group) = &new.group_id {
            self.find_group(&class.id, group)?;
        }
        if let Some(learner) = &new.learner_id {
            if self.learner_for(by, learner)?.class_id.as_deref() != Some(class.id.as_str()) {
                return Err(LearnerDbError::Invalid("the learner is not in this class".into()));
            }
        }
        if let Some(due) = &new.due {
            if crate::clock::parse_date(due).is_none() {
                return Err(LearnerDbError::Invalid(format!("{due} is not a date (YYYY-MM-DD)")));
            }
        }
        let id = self.in_transaction(|tx| {
            let made = stamp(tx)?;
            tx.execute(
                "INSERT INTO assignments (id, device_id, seq, hlc, created_at, class_id, group_id, learner_id, lesson_id,
                                          part, assigned_by, due, note)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                params![
                    made.id,
                    made.device_id,
                    made.seq,
                    made.hlc,
                    made.at,
                    class.id,
                    new.group_id,
                    new.learner_id,
                    new.lesson_id,
                    new.part.as_str(),
                    by.id,
                    new.due,
                    new.note
                ],
            )?;
            for (field, value) in [("due", &new.due), ("note", &new.note)] {
                if let Some(value) = value {
                    change(tx, Entity::Assignment, &made.id, field, Value::from(value.as_str()))?;
                }
            }
            Ok(made.id)
        })?;
        self.assignments_where("a.id = ?1", &id)?.pop().ok_or_else(|| LearnerDbError::Invalid(id))
    }

    /// Withdraws an assignment (a tombstone).
    pub fn unassign(&mut self, by: &Teacher, assignment_id: &str) -> Result<()> {
        let found = self.assignments_where("a.id = ?1", assignment_id)?.pop();
        let assignment = found.ok_or_else(|| LearnerDbError::Invalid(format!("no assignment {assignment_id}")))?;
        self.find_class(by, &assignment.class_id)?;
        self.in_transaction(|tx| change(tx, Entity::Assignment, assignment_id, "deleted", Value::Bool(true)))
    }

    fn assignments_where(&self, condition: &str, value: &str) -> Result<Vec<Assignment>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {ASSIGNMENT_COLUMNS} FROM assignments a WHERE {condition} AND a.deleted = 0
             ORDER BY a.due IS NULL, a.due, a.hlc"
        ))?;
        let rows = stmt.query_map([value], assignment_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Everything assigned in a class, soonest due first.
    pub fn class_assignments(&self, class_id: &str) -> Result<Vec<Assignment>> {
        self.assignments_where("a.class_id = ?1", class_id)
    }

    /// What a learner has been assigned: to their class, their group or them; soonest due first.
    pub fn assignments_for(&self, learner_id: &str) -> Result<Vec<Assignment>> {
        self.assignments_where(
            "EXISTS (SELECT 1 FROM profiles p WHERE p.id = ?1 AND p.class_id = a.class_id
                     AND (a.group_id IS NULL OR a.group_id = p.group_id)
                     AND (a.learner_id IS NULL OR a.learner_id = p.id))",
            learner_id,
        )
    }

    /// Sets how much the tutor may do for the class, and how many questions a learner may ask
    /// per day (`None`: no limit).
    pub fn set_tutor_policy(&mut self, by: &Teacher, class_id: &str, policy: TutorPolicy) -> Result<()> {
        let class = self.find_class(by, class_id)?;
        self.in_transaction(|tx| {
            change(tx, Entity::Class, &class.id, "tutor_mode", Value::from(policy.mode.as_str()))?;
            change(tx, Entity::Class, &class.id, "daily_limit", policy.daily_limit.map_or(Value::Null, Value::from))
        })
    }

    /// What the learner's class allows of the tutor (everything, for a learner in no class).
    pub fn tutor_policy(&self, learner_id: &str) -> Result<TutorPolicy> {
        let class = self.profile(learner_id)?.and_then(|p| p.class_id).map(|id| self.class(&id)).transpose()?.flatten();
        Ok(class.map_or(TutorPolicy { mode: TutorMode::On, daily_limit: None }, |c| TutorPolicy {
            mode: c.tutor_mode,
            daily_limit: c.daily_limit,
        }))
    }

    /// Questions the learner asked the tutor since `since_ms` that it answered (not those a
    /// closed tutor turned away).
    pub fn questions_since(&self, learner_id: &str, since_ms: i64) -> Result<u32> {
        Ok(self.conn().query_row(
            "SELECT COUNT(*) FROM exchanges WHERE learner_id = ?1 AND hlc >= ?2 AND mode != 'closed'",
            params![learner_id, since_ms],
            |row| row.get(0),
        )?)
    }

    /// The learners a teacher may see: those of the teacher's classes and those in no class.
    pub fn learners_for(&self, by: &Teacher) -> Result<Vec<Profile>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {PROFILE_COLUMNS} FROM profiles p WHERE kind = 'learner' AND deleted = 0
               AND (class_id IS NULL OR EXISTS (SELECT 1 FROM classes c WHERE c.id = p.class_id AND c.teacher_id = ?1))
             ORDER BY name COLLATE NOCASE, hlc"
        ))?;
        let rows = stmt.query_map([&by.id], profile_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A teacher marks a tutor answer to one of their learners as wrong, with an optional
    /// note; marked answers are listed in the report and kept for the content authors.
    pub fn mark_exchange_wrong(&mut self, by: &Teacher, exchange_id: &str, note: Option<&str>) -> Result<()> {
        let learner_id: Option<String> = self
            .conn()
            .query_row("SELECT learner_id FROM exchanges WHERE id = ?1", [exchange_id], |row| row.get(0))
            .optional()?
            .ok_or_else(|| LearnerDbError::Invalid(format!("no tutor answer {exchange_id}")))?;
        let learner_id = learner_id.ok_or(LearnerDbError::NotAuthorised)?;
        self.learner_for(by, &learner_id)?;
        self.in_transaction(|tx| {
            let made = stamp(tx)?;
            tx.execute(
                "INSERT INTO exchange_marks (id, device_id, seq, hlc, exchange_id, learner_id, teacher_id, note, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![made.id, made.device_id, made.seq, made.hlc, exchange_id, learner_id, by.id, note, made.at],
            )?;
            Ok(())
        })
    }

    /// The ids of the tutor answers a teacher marked wrong, with the notes.
    pub fn marked_wrong(&self) -> Result<Vec<(String, Option<String>)>> {
        let mut stmt = self.conn().prepare("SELECT exchange_id, note FROM exchange_marks ORDER BY hlc")?;
        let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A teacher resets (or, with `None`, removes) a learner's forgotten PIN.
    pub fn reset_learner_pin(&mut self, by: &Teacher, learner_id: &str, pin: Option<&str>) -> Result<()> {
        self.learner_for(by, learner_id)?;
        self.set_pin(learner_id, pin)
    }

    /// A teacher erases a learner's data on request (see [`LearnerDb::erase_learner`]).
    pub fn erase_learner_for(&mut self, by: &Teacher, learner_id: &str) -> Result<()> {
        self.learner_for(by, learner_id)?;
        self.erase_learner(learner_id, Some(by.id()))
    }
}
