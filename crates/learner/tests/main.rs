//! Integration tests of the learner database: migrations from the stored first schema,
//! corruption detection, append-only records, progress summaries and kill safety.

mod classroom;
mod kill_safety;
mod model;

use std::path::Path;

use learner::{LearnerDb, LearnerDbError, ProgressEvent};

fn fixture_v1() -> String {
    std::fs::read_to_string(
        Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo"))
            .join("../../tests/fixtures/learner-v1.sql"),
    )
    .unwrap()
}

pub use learner::fixtures::{attempt, learner};

pub fn exchange(learner_id: &str) -> learner::Exchange {
    learner::Exchange {
        id: String::new(),
        device_id: String::new(),
        learner_id: Some(learner_id.into()),
        lesson_id: Some("sci5-light".into()),
        locale: "ur".into(),
        question: "سایہ کیسے بنتا ہے؟".into(),
        answer: "…".into(),
        mode: "curriculum".into(),
        model_id: None,
        model_sha256: None,
        citations: serde_json::json!([{ "lesson_id": "sci5-light", "section": "shadows" }]),
        flags: serde_json::json!([]),
        audit: serde_json::json!({ "coverage": 0.8, "dropped": [{ "text": "The Indian team won.", "reason": "name" }] }),
        at: String::new(),
        hlc: 0,
    }
}

#[test]
fn exchanges_are_stored_for_the_teacher() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = LearnerDb::open_in(dir.path()).unwrap();
    let ali = learner(&mut db, "Ali");
    db.record_exchange(&exchange(&ali.id)).unwrap();
    let mut flagged = exchange(&ali.id);
    flagged.mode = "blocked".into();
    flagged.flags = serde_json::json!([{ "category": "violence", "rule": "how to kill" }]);
    db.record_exchange(&flagged).unwrap();
    let all = db.exchanges(Some(&ali.id), false).unwrap();
    assert_eq!(all.len(), 2);
    assert!(all.iter().all(|e| e.device_id == db.device_id() && e.id.len() == 36));
    let only_flagged = db.exchanges(None, true).unwrap();
    assert_eq!(only_flagged.len(), 1);
    assert_eq!(only_flagged[0].flags[0]["category"], "violence");
    assert_eq!(all[1].citations[0]["section"], "shadows");
    assert_eq!(all[1].audit["dropped"][0]["reason"], "name", "what the tutor's check removed is kept");
}

#[test]
fn stored_second_schema_migrates_and_keeps_its_exchanges() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(learner::FILE_NAME);
    let fixture = std::path::PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo"))
        .join("../../tests/fixtures/learner-v2.sql");
    rusqlite::Connection::open(&path).unwrap().execute_batch(&std::fs::read_to_string(fixture).unwrap()).unwrap();
    let db = LearnerDb::open(&path).unwrap();
    assert_eq!(db.schema_version().unwrap(), learner::SCHEMA_VERSION);
    let exchanges = db.exchanges(None, false).unwrap();
    assert_eq!(exchanges.len(), 1);
    assert_eq!(exchanges[0].question, "سایہ کیسے بنتا ہے؟");
    assert_eq!(exchanges[0].audit, serde_json::json!({}), "older exchanges have an empty audit");
    let seq: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("SELECT seq FROM exchanges", [], |row| row.get(0))
        .unwrap();
    assert_eq!(seq, 12, "after the two profiles and their 5 first change events, progress, attempt and 2 answers");
    assert_eq!(db.attempts(None, None).unwrap().len(), 1, "v1 records are kept too");
}

#[test]
fn stored_first_schema_migrates_to_current_without_loss() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(learner::FILE_NAME);
    rusqlite::Connection::open(&path).unwrap().execute_batch(&fixture_v1()).unwrap();
    let db = LearnerDb::open(&path).unwrap();
    assert_eq!(db.schema_version().unwrap(), learner::SCHEMA_VERSION);
    let backup = db.backup().expect("a migration keeps a backup");
    let backed_up = rusqlite::Connection::open(backup).unwrap();
    let version: i32 = backed_up.query_row("PRAGMA user_version", [], |row| row.get(0)).unwrap();
    assert_eq!(version, 1, "the backup is the database as it was before migrating");
    let n_attempts: i64 = backed_up.query_row("SELECT COUNT(*) FROM attempts", [], |row| row.get(0)).unwrap();
    assert_eq!(n_attempts, 1);
    assert_eq!(db.device_id(), "0f6e1c7a-5b8e-4f3e-9a52-1d2c3b4a5e6f");
    let ayesha = db.profiles_named("ayesha").unwrap().pop().expect("profile kept");
    assert_eq!(ayesha.avatar.as_deref(), Some("star"));
    assert_eq!(db.setting("locale").unwrap().as_deref(), Some("ur"));
    let attempts = db.attempts(Some(&ayesha.id), None).unwrap();
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0].answers.len(), 2);
    assert!(attempts[0].answers[1].hint_used);
    let progress = db.progress(None).unwrap();
    assert_eq!(progress.len(), 1);
    assert_eq!(progress[0].seconds_spent, 95);
    assert_eq!(progress[0].best_correct, Some(1));
    // Migration 4 stamped the old records in the order they were made, and made change events.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let stamped: Vec<(String, i64, i64)> = conn
        .prepare(
            "SELECT id, seq, hlc FROM profiles UNION ALL SELECT id, seq, hlc FROM progress
             UNION ALL SELECT id, seq, hlc FROM attempts UNION ALL SELECT id, seq, hlc FROM answers ORDER BY seq",
        )
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(stamped.len(), 6);
    assert!(stamped.iter().all(|(_, seq, _)| *seq > 0));
    assert!(stamped.windows(2).all(|w| w[0].1 < w[1].1 && w[0].2 <= w[1].2));
    assert_eq!(stamped[0].2, 1_793_520_060_000, "Ayesha's profile: 2026-11-01T08:01:00Z in milliseconds");
    let answer_owner: (String, String) = conn
        .query_row("SELECT learner_id, device_id FROM answers LIMIT 1", [], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap();
    assert_eq!(answer_owner, (ayesha.id.clone(), db.device_id().to_owned()), "answers carry learner and device");
    let history = db.profile_history(&ayesha.id).unwrap();
    let fields: Vec<&str> = history.iter().map(|c| c.field.as_str()).collect();
    assert_eq!(fields, ["name", "locale", "avatar"]);
    drop(db);
    let mut db = LearnerDb::open(&path).unwrap();
    let next = db.record_exchange(&exchange(&ayesha.id)).unwrap();
    let seq: i64 = conn.query_row("SELECT seq FROM exchanges WHERE id = ?1", [&next], |row| row.get(0)).unwrap();
    let changes: i64 = conn.query_row("SELECT COUNT(*) FROM changes", [], |row| row.get(0)).unwrap();
    assert_eq!(seq, 6 + changes + 1, "new records continue the device's sequence");
}

#[test]
fn a_file_without_our_schema_is_migrated_and_keeps_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(learner::FILE_NAME);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE legacy_notes (text TEXT); INSERT INTO legacy_notes VALUES ('kept');").unwrap();
    drop(conn);
    let db = LearnerDb::open(&path).unwrap();
    assert_eq!(db.schema_version().unwrap(), learner::SCHEMA_VERSION);
    assert!(db.backup().is_none(), "a version-0 file has no schema of ours to protect");
    drop(db);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let kept: String = conn.query_row("SELECT text FROM legacy_notes", [], |row| row.get(0)).unwrap();
    assert_eq!(kept, "kept");
}

#[test]
fn a_newer_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(learner::FILE_NAME);
    drop(LearnerDb::open(&path).unwrap());
    rusqlite::Connection::open(&path).unwrap().pragma_update(None, "user_version", 999).unwrap();
    let err = LearnerDb::open(&path).unwrap_err();
    assert!(matches!(err, LearnerDbError::TooNew { found: 999, .. }), "{err}");
    assert_eq!(err.code().as_str(), "DB_TOO_NEW");
}

#[test]
fn a_corrupt_database_is_reported_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(learner::FILE_NAME);
    let mut db = LearnerDb::open(&path).unwrap();
    let ali = learner(&mut db, "Ali");
    for _ in 0..200 {
        db.record_attempt(&attempt(&ali.id, "sci5-light", &[true, false, true])).unwrap();
    }
    drop(db);
    // Checkpoint the WAL into the main file, then overwrite a page in the middle with garbage.
    rusqlite::Connection::open(&path).unwrap().execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    let page = 4096;
    assert!(bytes.len() > 6 * page);
    for byte in &mut bytes[3 * page..4 * page] {
        *byte = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    let err = LearnerDb::open(&path).unwrap_err();
    assert_eq!(err.code().as_str(), "DB_CORRUPT", "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "the damaged file is not changed");

    let garbage = dir.path().join("garbage.db");
    std::fs::write(&garbage, b"this is not a database at all, just some text").unwrap();
    assert_eq!(LearnerDb::open(&garbage).unwrap_err().code().as_str(), "DB_CORRUPT");
}

#[test]
fn records_are_append_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(learner::FILE_NAME);
    let mut db = LearnerDb::open(&path).unwrap();
    let ali = learner(&mut db, "Ali");
    db.record_attempt(&attempt(&ali.id, "sci5-light", &[true])).unwrap();
    db.record_exchange(&exchange(&ali.id)).unwrap();
    drop(db);
    let conn = rusqlite::Connection::open(&path).unwrap();
    for sql in [
        "UPDATE attempts SET n_correct = 5",
        "DELETE FROM attempts",
        "UPDATE answers SET correct = 0",
        "DELETE FROM answers",
        "UPDATE exchanges SET answer = ''",
        "DELETE FROM exchanges",
    ] {
        let err = conn.execute(sql, []).unwrap_err();
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
}

#[test]
fn progress_summarises_reading_and_attempts() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = LearnerDb::open_in(dir.path()).unwrap();
    let ali = learner(&mut db, "Ali");
    let sara = learner(&mut db, "Sara");
    for (section, seconds) in [("sources", 30), ("shadows", 50), ("sources", 20)] {
        db.record_progress(&ProgressEvent {
            learner_id: ali.id.clone(),
            lesson_id: "sci5-light".into(),
            section: section.into(),
            locale: "ur".into(),
            seconds,
        })
        .unwrap();
    }
    db.record_attempt(&attempt(&ali.id, "sci5-light", &[true, false, false])).unwrap();
    db.record_attempt(&attempt(&ali.id, "sci5-light", &[true, true, false])).unwrap();
    db.record_attempt(&attempt(&sara.id, "math5-fractions", &[true])).unwrap();
    let mine = db.progress(Some(&ali.id)).unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].sections_read, vec!["shadows", "sources"]);
    assert_eq!(mine[0].seconds_spent, 100);
    assert_eq!(mine[0].attempts, 2);
    assert_eq!((mine[0].best_correct, mine[0].best_of), (Some(2), Some(3)));
    assert_eq!(db.progress(None).unwrap().len(), 2);
    let attempts = db.attempts(Some(&ali.id), Some("sci5-light")).unwrap();
    assert_eq!(attempts.len(), 2);
    assert!(attempts.iter().all(|a| a.device_id == db.device_id() && a.answers.len() == 3));
}

#[test]
fn the_database_uses_wal_and_full_sync() {
    let dir = tempfile::tempdir().unwrap();
    let db = LearnerDb::open_in(dir.path()).unwrap();
    drop(db);
    let conn = rusqlite::Connection::open(dir.path().join(learner::FILE_NAME)).unwrap();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |row| row.get(0)).unwrap();
    assert_eq!(mode, "wal");
}
