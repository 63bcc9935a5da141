//! Integration tests of content packs: building the real curriculum, reading it back, the
//! reproducible content hash, atomic writes, and refusing files that are not packs.

use std::path::{Path, PathBuf};

use pack::{build_pack, LessonFilter, Pack, PackError};

fn curriculum() -> curriculum::Curriculum {
    let dir = Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo")).join("../../curriculum");
    curriculum::read_curriculum(&dir).unwrap().0
}

fn built(dir: &Path) -> PathBuf {
    let path = dir.join("default.ustadpack");
    build_pack(&curriculum(), &path, "2026-01-02T03:04:05Z").unwrap();
    path
}

#[test]
fn build_then_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = built(dir.path());
    let pack = Pack::open(&path).unwrap();
    let info = pack.info();
    assert_eq!(info.pack_id, "pk.ustad.grade5-starter");
    assert_eq!(info.build_date, "2026-01-02T03:04:05Z");
    assert_eq!(info.schema_version, pack::schema::SCHEMA_VERSION);
    assert_eq!(info.n_lessons, 24);
    assert_eq!(info.locales, ["en", "ur", "ps", "sd", "pa-Arab"]);
    assert_eq!(info.content_hash.len(), 64);
    pack.verify().unwrap();

    let all = pack.lessons(&LessonFilter::default(), "ur").unwrap();
    assert_eq!(all.len(), 24);
    assert_eq!(all[0].id, "sci5-living-things", "science first, in curriculum order");
    let maths =
        pack.lessons(&LessonFilter { subject: Some(curriculum::Subject::Mathematics), grade: Some(5) }, "en").unwrap();
    assert_eq!(maths.len(), 9);
    assert!(pack.lessons(&LessonFilter { grade: Some(4), subject: None }, "en").unwrap().is_empty());

    let lesson = pack.lesson("sci5-photosynthesis").unwrap();
    assert_eq!(lesson.locales(), ["en", "ur", "ps", "sd", "pa-Arab"]);
    assert_eq!(lesson.texts["en"].sections.len(), lesson.texts["ur"].sections.len());
    let passages = pack.passages("sci5-photosynthesis", "ur").unwrap();
    assert_eq!(passages.first().unwrap().section, "objectives");
    assert_eq!(passages.last().unwrap().section, "glossary");
    assert!(passages.iter().all(|p| !p.text.contains("**")), "passages are plain text");
    assert!(matches!(pack.lesson("no-such-lesson"), Err(PackError::LessonNotFound(_))));
}

#[test]
fn same_sources_give_the_same_hash_and_contents() {
    let dir = tempfile::tempdir().unwrap();
    let first = Pack::open(&built(dir.path())).unwrap().info().content_hash.clone();
    let other = dir.path().join("again.ustadpack");
    build_pack(&curriculum(), &other, "2026-01-02T03:04:05Z").unwrap();
    assert_eq!(Pack::open(&other).unwrap().info().content_hash, first);
    assert_eq!(
        std::fs::read(dir.path().join("default.ustadpack")).unwrap(),
        std::fs::read(&other).unwrap(),
        "same date, same bytes"
    );
}

#[test]
fn a_failed_build_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("pack.ustadpack");
    std::fs::write(&target, b"old pack").unwrap();
    // A pack whose lesson ids collide cannot be written; the old file must stay as it was.
    let mut broken = curriculum();
    let copy = broken.lessons[0].clone();
    broken.lessons.push(copy);
    assert!(build_pack(&broken, &target, "2026-01-01T00:00:00Z").is_err());
    assert_eq!(std::fs::read(&target).unwrap(), b"old pack");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers.len(), 1, "temporary file left: {leftovers:?}");
}

#[test]
fn files_that_are_not_packs_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(Pack::open(&dir.path().join("missing.ustadpack")).unwrap_err().code().as_str(), "PACK_NOT_FOUND");
    let text = dir.path().join("text.ustadpack");
    std::fs::write(&text, "hello, I am a text file and not a pack").unwrap();
    assert_eq!(Pack::open(&text).unwrap_err().code().as_str(), "PACK_INVALID");
    let empty = dir.path().join("empty.ustadpack");
    std::fs::write(&empty, b"").unwrap();
    assert_eq!(Pack::open(&empty).unwrap_err().code().as_str(), "PACK_INVALID");
    let other_db = dir.path().join("other.sqlite");
    rusqlite::Connection::open(&other_db)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    assert_eq!(Pack::open(&other_db).unwrap_err().code().as_str(), "PACK_INVALID");
    // A pack cut short (an interrupted copy from a USB stick) fails cleanly, never panics.
    let full = std::fs::read(built(dir.path())).unwrap();
    let truncated = dir.path().join("truncated.ustadpack");
    std::fs::write(&truncated, &full[..full.len() / 3]).unwrap();
    let outcome = Pack::open(&truncated).and_then(|pack| pack.verify().map(|_| pack));
    let err = outcome.expect_err("a truncated pack is not accepted");
    assert!(["PACK_CORRUPT", "PACK_INVALID", "PACK_READ_FAILED"].contains(&err.code().as_str()), "{err}");
}

#[test]
fn a_pack_of_a_newer_format_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = built(dir.path());
    rusqlite::Connection::open(&path).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let err = Pack::open(&path).unwrap_err();
    assert!(matches!(err, PackError::UnsupportedVersion { found: 99, .. }), "{err}");
}
