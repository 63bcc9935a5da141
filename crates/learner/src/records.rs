//! Progress events, quiz attempts and tutor exchanges: writing them (one transaction each,
//! each record stamped by [`crate::clock`]) and the progress summary that `ustad progress` and
//! the teacher's view read.

use rusqlite::params;
use serde::Serialize;

use crate::clock::stamp;
use crate::{LearnerDb, Result};

/// Time spent reading one section.
#[derive(Debug, Clone)]
pub struct ProgressEvent {
    pub learner_id: String,
    pub lesson_id: String,
    pub section: String,
    pub locale: String,
    pub seconds: u32,
}

/// One answer of an attempt, as given and as stored.
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    pub question_id: String,
    pub response: String,
    pub correct: bool,
    pub hint_used: bool,
    pub answered_at: String,
}

#[derive(Debug, Clone)]
pub struct NewAttempt {
    pub learner_id: String,
    pub lesson_id: String,
    pub pack_id: String,
    pub pack_version: String,
    pub locale: String,
    pub started_at: String,
    pub answers: Vec<Answer>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AttemptRecord {
    pub id: String,
    pub device_id: String,
    pub learner_id: String,
    pub lesson_id: String,
    pub pack_id: String,
    pub pack_version: String,
    pub locale: String,
    pub started_at: String,
    pub finished_at: String,
    pub n_correct: u32,
    pub n_questions: u32,
    pub answers: Vec<Answer>,
    /// When it was finished, as the clock that orders records (milliseconds since 1970).
    pub hlc: i64,
}

/// Time spent reading one section, as stored.
#[derive(Debug, Clone, Serialize)]
pub struct ReadingEvent {
    pub learner_id: String,
    pub lesson_id: String,
    pub section: String,
    pub seconds: u32,
    pub hlc: i64,
}

/// One learner's standing in one lesson.
#[derive(Debug, Clone, Serialize)]
pub struct LessonProgress {
    pub learner_id: String,
    pub learner: String,
    pub lesson_id: String,
    pub sections_read: Vec<String>,
    pub seconds_spent: u64,
    pub attempts: u32,
    pub best_correct: Option<u32>,
    pub best_of: Option<u32>,
    pub last_attempt_at: Option<String>,
}

/// One question to the tutor and its answer, as stored for the teacher.
#[derive(Debug, Clone, Serialize)]
pub struct Exchange {
    pub id: String,
    pub device_id: String,
    pub learner_id: Option<String>,
    pub lesson_id: Option<String>,
    pub locale: String,
    pub question: String,
    pub answer: String,
    pub mode: String,
    pub model_id: Option<String>,
    pub model_sha256: Option<String>,
    /// JSON array of citations.
    pub citations: serde_json::Value,
    /// JSON array of safety flags.
    pub flags: serde_json::Value,
    /// JSON object: how the tutor decided and what its check removed (`tutor::Audit`).
    pub audit: serde_json::Value,
    pub at: String,
    /// The clock that orders records (filled in when stored).
    pub hlc: i64,
}

/// A stamp moved to `at_ms`, when given (generated data); the device's own clock is not moved.
fn dated(mut stamp: crate::clock::Stamp, at_ms: Option<i64>) -> crate::clock::Stamp {
    if let Some(at_ms) = at_ms {
        stamp.hlc = at_ms;
        stamp.at = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(at_ms) * 1_000_000)
            .ok()
            .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
            .unwrap_or(stamp.at);
    }
    stamp
}

impl LearnerDb {
    pub fn record_progress(&mut self, event: &ProgressEvent) -> Result<String> {
        self.record_progress_at(event, None)
    }

    /// Like [`LearnerDb::record_progress`], dated `at_ms` (generated data for benchmarks and
    /// tests of reports over time); `None` is now.
    pub fn record_progress_at(&mut self, event: &ProgressEvent, at_ms: Option<i64>) -> Result<String> {
        let tx = self.conn_mut().transaction()?;
        let made = dated(stamp(&tx)?, at_ms);
        tx.execute(
            "INSERT INTO progress (id, device_id, seq, hlc, learner_id, lesson_id, section, locale, seconds, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                made.id,
                made.device_id,
                made.seq,
                made.hlc,
                event.learner_id,
                event.lesson_id,
                event.section,
                event.locale,
                event.seconds,
                made.at
            ],
        )?;
        tx.commit()?;
        Ok(made.id)
    }

    /// Stores a finished attempt and all its answers in one transaction; returns its id.
    pub fn record_attempt(&mut self, attempt: &NewAttempt) -> Result<String> {
        self.record_attempt_at(attempt, None)
    }

    /// Like [`LearnerDb::record_attempt`], dated `at_ms` (see [`LearnerDb::record_progress_at`]).
    pub fn record_attempt_at(&mut self, attempt: &NewAttempt, at_ms: Option<i64>) -> Result<String> {
        let n_correct = attempt.answers.iter().filter(|a| a.correct).count() as u32;
        let tx = self.conn_mut().transaction()?;
        let made = dated(stamp(&tx)?, at_ms);
        tx.execute(
            "INSERT INTO attempts (id, device_id, seq, hlc, learner_id, lesson_id, pack_id, pack_version, locale,
                                   started_at, finished_at, n_correct, n_questions)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            params![
                made.id,
                made.device_id,
                made.seq,
                made.hlc,
                attempt.learner_id,
                attempt.lesson_id,
                attempt.pack_id,
                attempt.pack_version,
                attempt.locale,
                attempt.started_at,
                made.at,
                n_correct,
                attempt.answers.len() as u32
            ],
        )?;
        for answer in &attempt.answers {
            let each = dated(stamp(&tx)?, at_ms);
            tx.execute(
                "INSERT INTO answers (id, device_id, seq, hlc, learner_id, attempt_id, question_id, response, correct,
                                      hint_used, answered_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    each.id,
                    each.device_id,
                    each.seq,
                    each.hlc,
                    attempt.learner_id,
                    made.id,
                    answer.question_id,
                    answer.response,
                    answer.correct,
                    answer.hint_used,
                    answer.answered_at
                ],
            )?;
        }
        tx.commit()?;
        Ok(made.id)
    }

    /// Attempts, newest first, of one learner (or everyone), optionally for one lesson.
    pub fn attempts(&self, learner_id: Option<&str>, lesson_id: Option<&str>) -> Result<Vec<AttemptRecord>> {
        self.attempts_where(
            "(?1 IS NULL OR learner_id = ?1) AND (?2 IS NULL OR lesson_id = ?2)",
            params![learner_id, lesson_id],
        )
    }

    /// Attempts of any of `learner_ids`, newest first, with their answers (two queries).
    pub fn attempts_of(&self, learner_ids: &[String]) -> Result<Vec<AttemptRecord>> {
        let ids = serde_json::to_string(learner_ids).unwrap_or_else(|_| "[]".into());
        self.attempts_where("learner_id IN (SELECT value FROM json_each(?1))", params![ids])
    }

    fn attempts_where(&self, condition: &str, values: impl rusqlite::Params + Copy) -> Result<Vec<AttemptRecord>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT id, device_id, learner_id, lesson_id, pack_id, pack_version, locale, started_at, finished_at,
                    n_correct, n_questions, hlc
             FROM attempts WHERE {condition} ORDER BY hlc DESC, device_id DESC, seq DESC"
        ))?;
        let mut attempts: Vec<AttemptRecord> = stmt
            .query_map(values, |row| {
                Ok(AttemptRecord {
                    id: row.get(0)?,
                    device_id: row.get(1)?,
                    learner_id: row.get(2)?,
                    lesson_id: row.get(3)?,
                    pack_id: row.get(4)?,
                    pack_version: row.get(5)?,
                    locale: row.get(6)?,
                    started_at: row.get(7)?,
                    finished_at: row.get(8)?,
                    n_correct: row.get(9)?,
                    n_questions: row.get(10)?,
                    answers: Vec::new(),
                    hlc: row.get(11)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn().prepare(&format!(
            "SELECT attempt_id, question_id, response, correct, hint_used, answered_at FROM answers
             WHERE attempt_id IN (SELECT id FROM attempts WHERE {condition}) ORDER BY device_id, seq"
        ))?;
        let mut by_attempt: std::collections::HashMap<String, Vec<Answer>> = std::collections::HashMap::new();
        let rows = stmt.query_map(values, |row| {
            Ok((
                row.get::<_, String>(0)?,
                Answer {
                    question_id: row.get(1)?,
                    response: row.get(2)?,
                    correct: row.get(3)?,
                    hint_used: row.get(4)?,
                    answered_at: row.get(5)?,
                },
            ))
        })?;
        for row in rows {
            let (attempt_id, answer) = row?;
            by_attempt.entry(attempt_id).or_default().push(answer);
        }
        for attempt in &mut attempts {
            attempt.answers = by_attempt.remove(&attempt.id).unwrap_or_default();
        }
        Ok(attempts)
    }

    /// Reading time of any of `learner_ids`, oldest first.
    pub fn reading_of(&self, learner_ids: &[String]) -> Result<Vec<ReadingEvent>> {
        let ids = serde_json::to_string(learner_ids).unwrap_or_else(|_| "[]".into());
        let mut stmt = self.conn().prepare(
            "SELECT learner_id, lesson_id, section, seconds, hlc FROM progress
             WHERE learner_id IN (SELECT value FROM json_each(?1)) ORDER BY hlc, device_id, seq",
        )?;
        let rows = stmt.query_map([ids], |row| {
            Ok(ReadingEvent {
                learner_id: row.get(0)?,
                lesson_id: row.get(1)?,
                section: row.get(2)?,
                seconds: row.get(3)?,
                hlc: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Per learner and lesson: sections read, time spent, attempts and best score.
    pub fn progress(&self, learner_id: Option<&str>) -> Result<Vec<LessonProgress>> {
        let mut stmt = self.conn().prepare(
            "WITH keys AS (
                 SELECT learner_id, lesson_id FROM progress UNION SELECT learner_id, lesson_id FROM attempts
             )
             SELECT k.learner_id, p.name, k.lesson_id,
                    (SELECT group_concat(section, ' ') FROM (SELECT DISTINCT section FROM progress r
                        WHERE r.learner_id = k.learner_id AND r.lesson_id = k.lesson_id ORDER BY section)),
                    (SELECT COALESCE(SUM(seconds), 0) FROM progress r WHERE r.learner_id = k.learner_id AND r.lesson_id = k.lesson_id),
                    (SELECT COUNT(*) FROM attempts a WHERE a.learner_id = k.learner_id AND a.lesson_id = k.lesson_id),
                    (SELECT n_correct FROM attempts a WHERE a.learner_id = k.learner_id AND a.lesson_id = k.lesson_id
                        ORDER BY CAST(n_correct AS REAL) / MAX(n_questions, 1) DESC, hlc DESC LIMIT 1),
                    (SELECT n_questions FROM attempts a WHERE a.learner_id = k.learner_id AND a.lesson_id = k.lesson_id
                        ORDER BY CAST(n_correct AS REAL) / MAX(n_questions, 1) DESC, hlc DESC LIMIT 1),
                    (SELECT finished_at FROM attempts a WHERE a.learner_id = k.learner_id AND a.lesson_id = k.lesson_id
                        ORDER BY hlc DESC LIMIT 1)
             FROM keys k JOIN profiles p ON p.id = k.learner_id
             WHERE (?1 IS NULL OR k.learner_id = ?1) AND p.deleted = 0
             ORDER BY p.name COLLATE NOCASE, k.lesson_id",
        )?;
        let rows = stmt.query_map([learner_id], |row| {
            let sections: Option<String> = row.get(3)?;
            Ok(LessonProgress {
                learner_id: row.get(0)?,
                learner: row.get(1)?,
                lesson_id: row.get(2)?,
                sections_read: sections.map(|s| s.split(' ').map(str::to_owned).collect()).unwrap_or_default(),
                seconds_spent: row.get::<_, i64>(4)? as u64,
                attempts: row.get(5)?,
                best_correct: row.get(6)?,
                best_of: row.get(7)?,
                last_attempt_at: row.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Stores a tutor exchange; `id`, `device_id` and `at` are filled in here.
    pub fn record_exchange(&mut self, exchange: &Exchange) -> Result<String> {
        let tx = self.conn_mut().transaction()?;
        let made = stamp(&tx)?;
        tx.execute(
            "INSERT INTO exchanges (id, device_id, seq, hlc, learner_id, lesson_id, locale, question, answer, mode,
                                    model_id, model_sha256, citations, flags, audit, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
            params![
                made.id,
                made.device_id,
                made.seq,
                made.hlc,
                exchange.learner_id,
                exchange.lesson_id,
                exchange.locale,
                exchange.question,
                exchange.answer,
                exchange.mode,
                exchange.model_id,
                exchange.model_sha256,
                exchange.citations.to_string(),
                exchange.flags.to_string(),
                exchange.audit.to_string(),
                made.at
            ],
        )?;
        tx.commit()?;
        Ok(made.id)
    }

    /// Exchanges, newest first, of one learner or everyone; only flagged ones if asked.
    pub fn exchanges(&self, learner_id: Option<&str>, flagged_only: bool) -> Result<Vec<Exchange>> {
        let mut stmt = self.conn().prepare(
            "SELECT id, device_id, learner_id, lesson_id, locale, question, answer, mode, model_id, model_sha256,
                    citations, flags, audit, at, hlc
             FROM exchanges WHERE (?1 IS NULL OR learner_id = ?1) AND (?2 = 0 OR flags != '[]')
             ORDER BY hlc DESC, device_id DESC, seq DESC",
        )?;
        let rows = stmt.query_map(params![learner_id, flagged_only], |row| {
            let json = |idx: usize| -> rusqlite::Result<serde_json::Value> {
                Ok(serde_json::from_str(&row.get::<_, String>(idx)?).unwrap_or(serde_json::Value::Null))
            };
            Ok(Exchange {
                id: row.get(0)?,
                device_id: row.get(1)?,
                learner_id: row.get(2)?,
                lesson_id: row.get(3)?,
                locale: row.get(4)?,
                question: row.get(5)?,
                answer: row.get(6)?,
                mode: row.get(7)?,
                model_id: row.get(8)?,
                model_sha256: row.get(9)?,
                citations: json(10)?,
                flags: json(11)?,
                audit: json(12)?,
                at: row.get(13)?,
                hlc: row.get(14)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
