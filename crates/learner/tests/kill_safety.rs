//! Kill safety: a process writing attempts is killed with SIGKILL at random moments; the
//! database must open, pass its check, and hold every attempt the writer reported committed.
//!
//! The writer is this same test binary, started again with `USTAD_KILL_CHILD_DB` set: then
//! `writer_child` writes attempts forever, printing each id after its commit.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use learner::LearnerDb;

const CHILD_ENV: &str = "USTAD_KILL_CHILD_DB";

#[test]
fn writer_child() {
    let Ok(path) = std::env::var(CHILD_ENV) else { return };
    let mut db = LearnerDb::open(std::path::Path::new(&path)).unwrap();
    let learner = match db.profiles_named("Kill Test").unwrap().into_iter().next() {
        Some(profile) => profile,
        None => crate::learner(&mut db, "Kill Test"),
    };
    loop {
        let id =
            db.record_attempt(&crate::attempt(&learner.id, "sci5-light", &[true, false, true, true, false])).unwrap();
        println!("committed {id}");
    }
}

#[test]
fn committed_attempts_survive_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(learner::FILE_NAME);
    let mut committed: Vec<String> = Vec::new();
    for round in 0..5 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "kill_safety::writer_child", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|line| line.strip_prefix("committed ").map(str::to_owned))
                .collect::<Vec<_>>()
        });
        // Let it write for a varying while, then kill it mid-stream.
        let started = Instant::now();
        std::thread::sleep(Duration::from_millis(150 + 70 * round));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let ids = reader.join().unwrap();
        assert!(
            !ids.is_empty() || started.elapsed() < Duration::from_millis(100),
            "round {round}: the writer wrote nothing"
        );
        committed.extend(ids);
        let db = LearnerDb::open(&path).expect("the database opens after SIGKILL");
        let stored: std::collections::HashSet<String> =
            db.attempts(None, None).unwrap().into_iter().map(|a| a.id).collect();
        for id in &committed {
            assert!(stored.contains(id), "round {round}: committed attempt {id} is lost");
        }
        for attempt in db.attempts(None, None).unwrap() {
            assert_eq!(attempt.answers.len(), 5, "an attempt was stored without all its answers");
        }
    }
    assert!(committed.len() > 10, "only {} attempts were written", committed.len());
}
