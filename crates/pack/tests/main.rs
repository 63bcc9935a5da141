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

/// The real curriculum as pack `version`, without the lessons in `without`.
fn built_version(path: &Path, version: &str, without: &[&str]) -> Pack {
    let mut source = curriculum();
    source.pack.version = version.to_owned();
    source.lessons.retain(|l| !without.contains(&l.id.as_str()));
    build_pack(&source, path, "2026-01-02T03:04:05Z").unwrap();
    Pack::open(path).unwrap()
}

#[test]
fn lessons_a_newer_pack_removes_are_archived_and_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("archive");
    let v1 = built_version(&dir.path().join("v1.ustadpack"), "1.0.0", &[]);
    let v2 = built_version(&dir.path().join("v2.ustadpack"), "1.1.0", &["sci5-sound", "math5-angles-triangles"]);

    // Installing v2 over v1 keeps v1 in the archive, for the two lessons v2 lacks.
    let archived = pack::archive_removed(&v1, &v2, &archive).unwrap();
    assert_eq!(archived, ["math5-angles-triangles", "sci5-sound"]);
    assert!(archive.join("pk.ustad.grade5-starter-1.0.0.ustadpack").is_file());
    assert!(dir.path().join("v1.ustadpack").is_file(), "the installed file is never moved away");

    let current = Pack::open(v2.path()).unwrap().with_archive(&archive);
    // The lesson list, and so search and the tutor, see the current lessons only.
    let listed: Vec<String> =
        current.lessons(&LessonFilter::default(), "ur").unwrap().into_iter().map(|l| l.id).collect();
    assert_eq!(listed.len(), 22);
    assert!(!listed.contains(&"sci5-sound".to_owned()));
    // Read by id, an archived lesson comes from the archive, with its passages and titles.
    let sound = current.lesson("sci5-sound").unwrap();
    assert_eq!(sound.id, "sci5-sound");
    assert!(!current.passages("sci5-sound", "ur").unwrap().is_empty());
    assert!(current.title("sci5-sound", "ur").unwrap().is_some());
    assert!(current.is_archived("sci5-sound"));
    assert!(!current.is_archived("sci5-magnets"), "a current lesson is not archived");
    assert!(!current.is_archived("no-such-lesson"));
    // In the pack's order (science, then mathematics).
    let listed: Vec<String> = current.archived_lessons("en").unwrap().into_iter().map(|l| l.id).collect();
    assert_eq!(listed, ["sci5-sound", "math5-angles-triangles"]);
    // New work is assigned only from the current lessons.
    assert!(current.require_current("sci5-magnets").is_ok());
    assert!(matches!(current.require_current("sci5-sound"), Err(PackError::LessonNotFound(_))));
    assert!(matches!(current.lesson("no-such-lesson"), Err(PackError::LessonNotFound(_))));
    // Without its archive the pack does not know the lesson.
    assert!(matches!(v2.lesson("sci5-sound"), Err(PackError::LessonNotFound(_))));

    // v3 drops one more lesson: v2 is archived too, and both removed lessons stay readable.
    let v3 = built_version(
        &dir.path().join("v3.ustadpack"),
        "1.2.0",
        &["sci5-sound", "math5-angles-triangles", "sci5-magnets"],
    );
    let archived = pack::archive_removed(&v2, &v3, &archive).unwrap();
    assert_eq!(archived, ["math5-angles-triangles", "sci5-magnets", "sci5-sound"]);
    let current = Pack::open(v3.path()).unwrap().with_archive(&archive);
    assert!(current.lesson("sci5-magnets").is_ok() && current.lesson("sci5-sound").is_ok());

    // v4 has every lesson again: the archive is emptied, as nothing is kept only there.
    let v4 = built_version(&dir.path().join("v4.ustadpack"), "1.3.0", &[]);
    assert!(pack::archive_removed(&v3, &v4, &archive).unwrap().is_empty());
    assert_eq!(std::fs::read_dir(&archive).unwrap().count(), 0);
}

#[test]
fn a_newer_pack_says_which_lessons_it_adds_removes_and_changes() {
    let dir = tempfile::tempdir().unwrap();
    let v1 = built_version(&dir.path().join("v1.ustadpack"), "1.0.0", &["sci5-magnets"]);
    let mut source = curriculum();
    source.pack.version = "1.1.0".to_owned();
    source.lessons.retain(|l| l.id != "sci5-sound");
    let light = source.lessons.iter_mut().find(|l| l.id == "sci5-light").unwrap();
    light.texts.get_mut("en").unwrap().sections[0].body.push_str("\n\nA new sentence.");
    let path = dir.path().join("v2.ustadpack");
    build_pack(&source, &path, "2026-01-02T03:04:05Z").unwrap();
    let v2 = Pack::open(&path).unwrap();
    let diff = pack::diff(&v1, &v2, "en").unwrap();
    assert_eq!(diff.added, ["Magnets"]);
    assert_eq!(diff.removed.len(), 1);
    assert!(diff.removed[0].contains("Sound"), "{diff:?}");
    assert_eq!(diff.updated.len(), 1);
    assert!(diff.updated[0].contains("Light"), "{diff:?}");
    let urdu = pack::diff(&v1, &v2, "ur").unwrap();
    assert!(urdu.added[0].chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "titles in the reader's language");
    assert!(pack::diff(&v2, &v2, "en").unwrap().is_empty());
}
