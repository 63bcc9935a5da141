//! Bad bundles: each refused with its own code, and nothing of it imported.

use std::path::{Path, PathBuf};

use sync::bundle::Bundle;
use sync::keys::DeviceKey;
use sync::Target;

use crate::{add_learner, attempt, school, School};

const LOG: &[&str] = &["sync_imports"];

/// A school whose learner laptop has some work, and the bundle it made of it.
fn with_bundle() -> (School, PathBuf) {
    let mut s = school(&["ali-laptop"]);
    let ali = add_learner(&mut s.learners[0].db, "Ali");
    s.learners[0].db.record_attempt(&attempt(&ali.id, "sci-5-01", &[true, false, true])).unwrap();
    let bundle = s.learners[0].export(Target::Default, None);
    (s, bundle)
}

fn refused(s: &mut School, path: &Path) -> String {
    let before = s.teacher.dump(LOG);
    let code = s.teacher.import(path).unwrap_err().code().as_str().to_owned();
    assert_eq!(s.teacher.dump(LOG), before, "{code}: nothing imported");
    code
}

#[test]
fn any_flipped_byte_is_refused() {
    let (mut s, bundle) = with_bundle();
    let bytes = std::fs::read(&bundle).unwrap();
    let flipped = s.teacher.dir.path().join("flipped.ustadsync");
    // Every 61st byte (the header, every page, slack space between cells) and the trailer.
    let positions: Vec<usize> = (0..bytes.len()).step_by(61).chain(bytes.len() - 80..bytes.len()).collect();
    for position in positions {
        let mut changed = bytes.clone();
        changed[position] ^= 0x20;
        std::fs::write(&flipped, &changed).unwrap();
        let code =
            s.teacher.import(&flipped).map(|_| "IMPORTED".to_owned()).unwrap_or_else(|e| e.code().as_str().into());
        assert!(
            ["SYNC_BUNDLE_TAMPERED", "SYNC_BUNDLE_DAMAGED", "SYNC_NOT_A_BUNDLE"].contains(&code.as_str()),
            "byte {position} of {}: {code}",
            bytes.len()
        );
    }
    assert!(s.teacher.db.attempts(None, None).unwrap().is_empty(), "nothing of them was imported");
    s.teacher.import(&bundle).unwrap();
    assert_eq!(s.teacher.db.attempts(None, None).unwrap().len(), 1, "the real bundle still imports");
}

#[test]
fn truncated_foreign_and_newer_bundles_are_refused() {
    let (mut s, bundle) = with_bundle();
    let bytes = std::fs::read(&bundle).unwrap();
    let cut = s.teacher.dir.path().join("cut.ustadsync");
    for keep in [bytes.len() - 1, bytes.len() - 64, bytes.len() / 2, 4096, 100] {
        std::fs::write(&cut, &bytes[..keep]).unwrap();
        assert_eq!(refused(&mut s, &cut), "SYNC_BUNDLE_DAMAGED", "cut at {keep}");
    }
    std::fs::write(&cut, b"").unwrap();
    assert_eq!(refused(&mut s, &cut), "SYNC_NOT_A_BUNDLE");
    std::fs::write(&cut, "a letter to the teacher").unwrap();
    assert_eq!(refused(&mut s, &cut), "SYNC_NOT_A_BUNDLE");
    let database = s.learners[0].dir.path().join(learner::FILE_NAME);
    s.learners[0].db.checkpoint().unwrap();
    assert_eq!(refused(&mut s, &database), "SYNC_NOT_A_BUNDLE", "a learner database is not a bundle");

    // Signed properly by the laptop, but from a newer Ustad.
    let mut newer = Bundle::read(&bundle, s.teacher.dir.path()).unwrap();
    newer.manifest.insert("schema".into(), (learner::SCHEMA_VERSION + 1).to_string());
    let key = DeviceKey::load_or_create(s.learners[0].dir.path(), s.learners[0].db.device_id()).unwrap();
    let newer_path = s.teacher.dir.path().join("newer.ustadsync");
    newer.write(&newer_path, &key).unwrap();
    assert_eq!(refused(&mut s, &newer_path), "SYNC_SCHEMA_NEWER");

    // A record changed and the bundle signed again by the sender: the record's own
    // signature (by the laptop that made it) no longer holds.
    let mut forged = Bundle::read(&bundle, s.teacher.dir.path()).unwrap();
    let record = forged.records.iter_mut().find(|r| r.table == "attempts").unwrap();
    record.body = record.body.replace(",2,3]", ",3,3]");
    assert!(record.body.contains(",3,3]"), "{}", record.body);
    forged.write(&newer_path, &key).unwrap();
    assert_eq!(refused(&mut s, &newer_path), "SYNC_BUNDLE_TAMPERED");

    // Signed by a key that is not the sending laptop's.
    let stranger = tempfile::tempdir().unwrap();
    let other_key = DeviceKey::load_or_create(stranger.path(), s.learners[0].db.device_id()).unwrap();
    let resigned = Bundle::read(&bundle, s.teacher.dir.path()).unwrap();
    resigned.write(&newer_path, &other_key).unwrap();
    assert_eq!(refused(&mut s, &newer_path), "SYNC_BUNDLE_TAMPERED");
}
