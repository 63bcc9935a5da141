//! The data model for teachers and merging devices: profiles by id, change events with
//! last-writer-wins and history, Argon2id PINs with a growing wait, erasure by tombstone,
//! per-device sequence numbers and clocks, and a new device id on a cloned disk.

use learner::{LearnerDb, NewProfile, ProfileKind};
use rusqlite::Connection;

use crate::{attempt, exchange, learner};

fn teacher(db: &mut LearnerDb, name: &str, password: &str) -> learner::Profile {
    db.add_profile(&NewProfile {
        kind: ProfileKind::Teacher,
        name: name.into(),
        locale: "ur".into(),
        avatar: None,
        pin: Some(password.into()),
    })
    .unwrap()
}

fn with_pin(db: &mut LearnerDb, name: &str, pin: &str) -> learner::Profile {
    db.add_profile(&NewProfile {
        kind: ProfileKind::Learner,
        name: name.into(),
        locale: "ur".into(),
        avatar: Some("🦁".into()),
        pin: Some(pin.into()),
    })
    .unwrap()
}

#[test]
fn profiles_are_told_apart_by_id_not_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = LearnerDb::open_in(dir.path()).unwrap();
    let ali = learner(&mut db, "Ali");
    let sir_ali = teacher(&mut db, "Ali", "chalk-and-board");
    assert_eq!(sir_ali.kind, ProfileKind::Teacher, "adding a teacher returns the teacher, not the learner Ali");
    let second_ali = learner(&mut db, "ali");
    assert_ne!(second_ali.id, ali.id, "two children called Ali are normal");
    assert_eq!(db.profiles(Some(ProfileKind::Learner)).unwrap().len(), 2);
    assert_eq!(db.profiles_named("ALI").unwrap().len(), 3);
    assert_eq!(db.profile(&ali.id).unwrap().unwrap().name, "Ali");
    let err = db
        .add_profile(&NewProfile {
            kind: ProfileKind::Teacher,
            name: "ALI".into(),
            locale: "en".into(),
            avatar: None,
            pin: Some("another-one".into()),
        })
        .unwrap_err();
    assert_eq!(err.code().as_str(), "PROFILE_EXISTS", "a teacher signs in by name, so teachers' names differ");
    let no_password =
        NewProfile { kind: ProfileKind::Teacher, name: "Nadia".into(), locale: "ur".into(), avatar: None, pin: None };
    assert_eq!(db.add_profile(&no_password).unwrap_err().code().as_str(), "PASSWORD_INVALID");
    let short = NewProfile { pin: Some("abc".into()), ..no_password.clone() };
    assert_eq!(db.add_profile(&short).unwrap_err().code().as_str(), "PASSWORD_INVALID");
    let bad_pin = NewProfile { kind: ProfileKind::Learner, pin: Some("12a".into()), ..no_password.clone() };
    assert_eq!(db.add_profile(&bad_pin).unwrap_err().code().as_str(), "PIN_INVALID");
    let bad_picture = NewProfile { avatar: Some("dragon".into()), pin: None, ..bad_pin };
    assert_eq!(db.add_profile(&bad_picture).unwrap_err().code().as_str(), "INVALID_INPUT");
}

#[test]
fn changes_are_events_the_newest_wins_and_history_stays() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = LearnerDb::open_in(dir.path()).unwrap();
    let ali = learner(&mut db, "Ali");
    db.rename_profile(&ali.id, "Ali Raza").unwrap();
    db.set_profile_locale(&ali.id, "en").unwrap();
    db.set_profile_avatar(&ali.id, Some("🐢")).unwrap();
    let now = db.profile(&ali.id).unwrap().unwrap();
    assert_eq!((now.name.as_str(), now.locale.as_str(), now.avatar.as_deref()), ("Ali Raza", "en", Some("🐢")));
    let history = db.profile_history(&ali.id).unwrap();
    let names: Vec<_> = history.iter().filter(|c| c.field == "name").map(|c| c.value.clone()).collect();
    assert_eq!(names, ["Ali", "Ali Raza"], "the older name is kept");
    assert!(history.windows(2).all(|w| w[0].hlc < w[1].hlc), "each change has a later clock");

    // Changes that arrive from another laptop win by their clock, not by when they arrived.
    let path = db.path().to_owned();
    drop(db);
    let conn = Connection::open(&path).unwrap();
    let far_ahead = 4_102_444_800_000_i64; // 2100
    for (n, hlc, name) in [(1, 1, "Old Name"), (2, far_ahead, "Newest Name")] {
        conn.execute(
            "INSERT INTO changes (id, device_id, seq, hlc, entity, entity_id, field, value, at)
             VALUES (?1, 'other-laptop', ?2, ?3, 'profile', ?4, 'name', ?5, 'then')",
            rusqlite::params![format!("0193ffff-0000-7000-8000-00000000000{n}"), n, hlc, ali.id, format!("\"{name}\"")],
        )
        .unwrap();
    }
    let err = conn.execute("UPDATE changes SET value = '\"x\"'", []).unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
    drop(conn);
    let mut db = LearnerDb::open(&path).unwrap();
    db.rename_profile(&ali.id, "Ali R.").unwrap();
    assert_eq!(db.profile(&ali.id).unwrap().unwrap().name, "Newest Name", "the latest clock wins, whatever came last");
    let names: Vec<_> =
        db.profile_history(&ali.id).unwrap().into_iter().filter(|c| c.field == "name").map(|c| c.value).collect();
    assert_eq!(names, ["Old Name", "Ali", "Ali Raza", "Ali R.", "Newest Name"], "history in clock order");

    db.delete_profile(&ali.id).unwrap();
    assert!(db.profile(&ali.id).unwrap().is_none(), "a tombstone hides the profile");
    assert!(db.profiles(None).unwrap().is_empty());
    assert!(db.profile_history(&ali.id).unwrap().iter().any(|c| c.field == "deleted" && c.value == true));
}

#[test]
fn pins_are_argon2id_with_their_own_salt() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = LearnerDb::open_in(dir.path()).unwrap();
    let sana = with_pin(&mut db, "Sana", "2468");
    let zain = with_pin(&mut db, "Zain", "2468");
    assert!(sana.has_pin);
    assert!(db.check_pin(&sana.id, "2468").unwrap());
    assert!(!db.check_pin(&sana.id, "1357").unwrap());
    let conn = Connection::open(db.path()).unwrap();
    let hashes: Vec<String> = conn
        .prepare("SELECT pin_hash FROM profiles ORDER BY name")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(hashes.iter().all(|h| h.starts_with("$argon2id$v=19$")), "{hashes:?}");
    assert_ne!(hashes[0], hashes[1], "the same PIN hashes differently for each profile");
    assert!(!hashes[0].contains("2468"));
    let history = db.profile_history(&zain.id).unwrap();
    assert!(history.iter().any(|c| c.field == "pin_hash" && c.value == "set"), "the history never shows a hash");

    // A PIN stored by schema 3 (SHA-256) still opens, and is stored again as Argon2id.
    use sha2::Digest;
    let legacy: String = sha2::Sha256::digest(format!("ustad-pin:{}:9999", zain.id).as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    conn.execute("UPDATE profiles SET pin_hash = ?1 WHERE id = ?2", [&legacy, &zain.id]).unwrap();
    assert!(!db.check_pin(&zain.id, "2468").unwrap());
    assert!(db.check_pin(&zain.id, "9999").unwrap());
    let upgraded: String =
        conn.query_row("SELECT pin_hash FROM profiles WHERE id = ?1", [&zain.id], |row| row.get(0)).unwrap();
    assert!(upgraded.starts_with("$argon2id$"), "{upgraded}");
    assert!(db.check_pin(&zain.id, "9999").unwrap());
}

#[test]
fn wrong_pins_make_the_next_try_wait_and_a_teacher_resets_the_pin() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = LearnerDb::open_in(dir.path()).unwrap();
    let sana = with_pin(&mut db, "Sana", "2468");
    for _ in 0..learner::PIN_FREE_TRIES {
        assert!(!db.check_pin(&sana.id, "0000").unwrap());
    }
    let err = db.check_pin(&sana.id, "2468").unwrap_err();
    assert_eq!(err.code().as_str(), "PIN_LOCKED", "even the right PIN waits");
    let learner::LearnerDbError::PinLocked { seconds } = err else { unreachable!() };
    assert!((25..=30).contains(&seconds), "{seconds}");
    assert_eq!(learner::pin_wait_seconds(6), 60, "each further wrong PIN doubles the wait");
    assert_eq!(learner::pin_wait_seconds(40), 15 * 60, "up to 15 minutes");

    // When the wait is over the right PIN opens and the count starts again.
    let conn = Connection::open(db.path()).unwrap();
    conn.execute("UPDATE pin_failures SET last_ms = last_ms - 31000", []).unwrap();
    assert!(db.check_pin(&sana.id, "2468").unwrap());
    let left: i64 = conn.query_row("SELECT COUNT(*) FROM pin_failures", [], |row| row.get(0)).unwrap();
    assert_eq!(left, 0);

    // A teacher resets a forgotten PIN (or removes it); the wait ends with it.
    for _ in 0..learner::PIN_FREE_TRIES {
        db.check_pin(&sana.id, "0000").unwrap();
    }
    db.set_pin(&sana.id, Some("1122")).unwrap();
    assert!(db.check_pin(&sana.id, "1122").unwrap());
    db.set_pin(&sana.id, None).unwrap();
    assert!(!db.profile(&sana.id).unwrap().unwrap().has_pin);
    assert!(db.check_pin(&sana.id, "anything").unwrap());
    let nadia = teacher(&mut db, "Nadia", "chalk-and-board");
    assert_eq!(db.set_pin(&nadia.id, None).unwrap_err().code().as_str(), "PASSWORD_INVALID");
    assert!(db.check_pin(&nadia.id, "chalk-and-board").unwrap());
}

#[test]
fn erasing_a_learner_removes_their_records_and_leaves_a_tombstone() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = LearnerDb::open_in(dir.path()).unwrap();
    let ali = learner(&mut db, "Ali");
    let sara = learner(&mut db, "Sara");
    for who in [&ali, &sara] {
        db.record_attempt(&attempt(&who.id, "sci5-light", &[true, false])).unwrap();
        db.record_exchange(&exchange(&who.id)).unwrap();
        db.record_progress(&learner::ProgressEvent {
            learner_id: who.id.clone(),
            lesson_id: "sci5-light".into(),
            section: "shadows".into(),
            locale: "ur".into(),
            seconds: 20,
        })
        .unwrap();
    }
    db.rename_profile(&ali.id, "Ali Khan").unwrap();
    let nadia = teacher(&mut db, "Nadia", "chalk-and-board");
    db.erase_learner(&ali.id, Some(&nadia.id)).unwrap();
    assert!(db.profile(&ali.id).unwrap().is_none());
    assert!(db.attempts(Some(&ali.id), None).unwrap().is_empty());
    assert!(db.exchanges(Some(&ali.id), false).unwrap().is_empty());
    assert!(db.profile_history(&ali.id).unwrap().is_empty(), "even the old names are gone");
    let conn = Connection::open(db.path()).unwrap();
    for table in ["progress", "answers", "attempts", "exchanges"] {
        let left: i64 = conn
            .query_row(&format!("SELECT COUNT(*) FROM {table} WHERE learner_id = ?1"), [&ali.id], |row| row.get(0))
            .unwrap();
        assert_eq!(left, 0, "{table}");
    }
    let text: String = conn.query_row("SELECT group_concat(name) FROM profiles", [], |row| row.get(0)).unwrap();
    assert!(!text.contains("Ali"));
    let tombstones = db.erasures().unwrap();
    assert_eq!(tombstones.len(), 1);
    assert_eq!((tombstones[0].0.as_str(), tombstones[0].1.as_deref()), (ali.id.as_str(), Some(nadia.id.as_str())));
    assert_eq!(db.attempts(Some(&sara.id), None).unwrap().len(), 1, "other children keep theirs");
    let err = conn.execute("DELETE FROM attempts WHERE learner_id = ?1", [&sara.id]).unwrap_err();
    assert!(err.to_string().contains("append-only"), "only an erased learner's records can go: {err}");
    assert_eq!(db.erase_learner(&nadia.id, None).unwrap_err().code().as_str(), "PROFILE_NOT_FOUND");
}

/// `(table, device_id, seq, hlc)` of every record, in write order.
fn stamps(path: &std::path::Path) -> Vec<(String, String, i64, i64)> {
    let conn = Connection::open(path).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT 'profiles', device_id, seq, hlc FROM profiles UNION ALL SELECT 'changes', device_id, seq, hlc FROM changes
             UNION ALL SELECT 'progress', device_id, seq, hlc FROM progress UNION ALL SELECT 'attempts', device_id, seq, hlc FROM attempts
             UNION ALL SELECT 'answers', device_id, seq, hlc FROM answers UNION ALL SELECT 'exchanges', device_id, seq, hlc FROM exchanges
             ORDER BY 2, 3",
        )
        .unwrap();
    stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn every_record_has_the_next_number_of_its_device_and_a_clock_that_never_goes_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(learner::FILE_NAME);
    let mut db = LearnerDb::open_on(&path, Some("machine-a")).unwrap();
    let ali = learner(&mut db, "Ali");
    db.record_attempt(&attempt(&ali.id, "sci5-light", &[true, false, true])).unwrap();
    db.record_exchange(&exchange(&ali.id)).unwrap();
    let all = stamps(&path);
    assert_eq!(all.len(), 1 + 2 + 1 + 3 + 1, "profile, its name and language, attempt, answers, exchange");
    let seqs: Vec<i64> = all.iter().map(|s| s.2).collect();
    assert_eq!(seqs, (1..=all.len() as i64).collect::<Vec<_>>(), "one sequence over all tables, no gaps");
    let mut by_seq = all.clone();
    by_seq.sort_by_key(|s| s.2);
    assert!(by_seq.windows(2).all(|w| w[0].3 < w[1].3), "clocks rise with the sequence");

    // A clock that was once ahead (a laptop set to the wrong year, then corrected) is not undone.
    let ahead = 4_102_444_800_000_i64; // 2100
    Connection::open(&path).unwrap().execute("UPDATE device SET clock = ?1", [ahead]).unwrap();
    db.record_exchange(&exchange(&ali.id)).unwrap();
    let newest = db.exchanges(Some(&ali.id), false).unwrap();
    assert_eq!(newest.len(), 2);
    let last = stamps(&path).into_iter().max_by_key(|s| s.2).unwrap();
    assert_eq!(last.3, ahead + 1);
}

#[test]
fn a_copied_disk_on_another_machine_gets_a_new_device_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(learner::FILE_NAME);
    let mut db = LearnerDb::open_on(&path, Some("machine-a")).unwrap();
    let first = db.device_id().to_owned();
    learner(&mut db, "Ali");
    drop(db);
    assert_eq!(LearnerDb::open_on(&path, Some("machine-a")).unwrap().device_id(), first, "same machine, same id");
    assert_eq!(LearnerDb::open_on(&path, None).unwrap().device_id(), first, "no machine identity: the id stays");

    let copy = dir.path().join("copy.db");
    std::fs::copy(&path, &copy).unwrap();
    let mut cloned = LearnerDb::open_on(&copy, Some("machine-b")).unwrap();
    let second = cloned.device_id().to_owned();
    assert_ne!(second, first);
    let sara = learner(&mut cloned, "Sara");
    assert_eq!(sara.device_id, second);
    let mine: Vec<i64> = stamps(&copy).into_iter().filter(|s| s.1 == second).map(|s| s.2).collect();
    assert_eq!(mine, [1, 2, 3], "the new device counts from 1");
    let conn = Connection::open(&copy).unwrap();
    let (former, last_seq): (String, i64) = conn
        .query_row("SELECT device_id, last_seq FROM former_devices", [], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap();
    assert_eq!((former.as_str(), last_seq), (first.as_str(), 3));
    assert_eq!(learner::clock::key_of("x").len(), 32);
}
