//! An import killed with SIGKILL at random moments leaves the database exactly as before
//! (one transaction), and the next import succeeds. An export that meets a full disk leaves
//! no bundle and no temporary file behind.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use learner::LearnerDb;
use sync::{Laptop, Target};

use crate::{add_learner, attempt, school, Machine};

const DIR: &str = "USTAD_SYNC_TEST_DIR";
const BUNDLE: &str = "USTAD_SYNC_TEST_BUNDLE";

/// Run by the tests below as a child process (does nothing otherwise).
#[test]
fn import_child() {
    let (Ok(dir), Ok(bundle)) = (std::env::var(DIR), std::env::var(BUNDLE)) else { return };
    let dir = Path::new(&dir);
    let mut db = LearnerDb::open_on(&dir.join(learner::FILE_NAME), Some("teacher")).unwrap();
    let mut laptop = Laptop::open(&mut db, dir).unwrap();
    println!("START");
    let started = Instant::now();
    laptop.import(Path::new(&bundle)).unwrap();
    println!("DONE {}", started.elapsed().as_micros());
}

/// Run as a child under a file size limit (does nothing otherwise).
#[test]
fn export_child() {
    let (Ok(dir), Ok(bundle)) = (std::env::var(DIR), std::env::var(BUNDLE)) else { return };
    let dir = Path::new(&dir);
    let mut db = LearnerDb::open_on(&dir.join(learner::FILE_NAME), Some("ali-laptop")).unwrap();
    let err = Laptop::open(&mut db, dir).unwrap().export(Path::new(&bundle), &Target::Full, None).unwrap_err();
    println!("EXPORT-ERROR {}", err.code().as_str());
}

fn child(test: &str, dir: &Path, bundle: &Path) -> Command {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args(["--exact", test, "--nocapture", "--test-threads=1"])
        .env(DIR, dir)
        .env(BUNDLE, bundle)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null());
    command
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

#[test]
fn an_import_killed_midway_leaves_the_database_as_before() {
    let mut s = school(&["ali-laptop"]);
    let laptop = &mut s.learners[0];
    let ali = add_learner(&mut laptop.db, "Ali");
    for i in 0..1000 {
        laptop.db.record_attempt(&attempt(&ali.id, &format!("lesson-{}", i % 24), &[true, false, i % 2 == 0])).unwrap();
    }
    let bundle = laptop.export(Target::Default, None);
    let leave_out = ["sync_imports"];
    s.teacher.db.checkpoint().unwrap();
    let before = s.teacher.dump(&leave_out);
    let pristine = s.teacher.dir.path().to_owned();

    // How long the import itself takes here, to kill inside it.
    let timing = tempfile::tempdir().unwrap();
    copy_dir(&pristine, timing.path());
    let output = child("kill_safety::import_child", timing.path(), &bundle).output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let micros: u64 =
        stdout.lines().find_map(|l| l.strip_prefix("DONE ")).and_then(|m| m.parse().ok()).expect("the import ran");
    let whole = Duration::from_micros(micros);
    let after = Machine::open(timing, "teacher").dump(&leave_out);
    assert_ne!(before, after);

    let mut seed = 0x9e37_79b9_7f4a_7c15u64 ^ u64::from(std::process::id());
    let (mut killed_before, mut killed_after) = (0, 0);
    for round in 0..10 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let work = tempfile::tempdir().unwrap();
        copy_dir(&pristine, work.path());
        let mut running = child("kill_safety::import_child", work.path(), &bundle).spawn().unwrap();
        let mut out = BufReader::new(running.stdout.take().unwrap());
        let mut line = String::new();
        while !line.contains("START") {
            line.clear();
            assert!(out.read_line(&mut line).unwrap() > 0, "the child started importing");
        }
        let wait = whole.mul_f64((seed % 1000) as f64 / 1000.0 * 1.2);
        std::thread::sleep(wait);
        let _ = running.kill();
        let _ = running.wait();
        let mut m = Machine::open(work, "teacher");
        let state = m.dump(&leave_out);
        if state == before {
            killed_before += 1;
            // The next import succeeds.
            m.import(&bundle).unwrap();
            assert_eq!(m.dump(&leave_out), after, "round {round}: the import after a kill is whole");
        } else {
            assert_eq!(state, after, "round {round}: killed after {wait:?} of {whole:?}, half an import is left");
            killed_after += 1;
        }
    }
    println!("killed before commit {killed_before}, after {killed_after}");
}

#[test]
fn a_full_disk_leaves_no_half_written_bundle() {
    let mut s = school(&["ali-laptop"]);
    let laptop = &mut s.learners[0];
    let ali = add_learner(&mut laptop.db, "Ali");
    for i in 0..200 {
        laptop.db.record_attempt(&attempt(&ali.id, &format!("lesson-{i}"), &[true, false, true, true])).unwrap();
    }
    laptop.export(Target::Default, None); // signs the records (the database is not what fills up here)
    laptop.db.checkpoint().unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("to-teacher.ustadsync");
    // A file may grow to 64 KB only (`ulimit -f` counts 1 KB blocks); SIGXFSZ ignored, so a
    // write past it fails as on a full disk.
    let exe = std::env::current_exe().unwrap();
    let script =
        "trap '' XFSZ; ulimit -f 64; exec \"$0\" --exact kill_safety::export_child --nocapture --test-threads=1";
    let output = Command::new("bash")
        .args(["-c", script])
        .arg(&exe)
        .env(DIR, laptop.dir.path())
        .env(BUNDLE, &target)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("EXPORT-ERROR DISK_FULL") || stdout.contains("EXPORT-ERROR IO_ERROR"), "{stdout}");
    let left: Vec<_> = std::fs::read_dir(out.path()).unwrap().collect();
    assert!(left.is_empty(), "no bundle and no temporary file: {left:?}");
    // With room, the same export works.
    assert!(laptop.export(Target::Default, None).exists());
}
