//! Laptops for tests (feature `fixtures`): each laptop is its own data folder (database,
//! key) opened as its own machine; bundles travel as files between them, as on a USB stick.
//! Used by this crate's tests and by `lan`'s.

use std::path::{Path, PathBuf};

use crate::{ImportSummary, Laptop, SyncError, Target};
use learner::{LearnerDb, Teacher};

/// A laptop: a data folder, opened as the machine `name`.
pub struct Machine {
    pub dir: tempfile::TempDir,
    pub name: String,
    pub db: LearnerDb,
    exports: u32,
}

impl Machine {
    pub fn new(name: &str) -> Machine {
        let dir = tempfile::tempdir().unwrap();
        let db = LearnerDb::open_on(&dir.path().join(learner::FILE_NAME), Some(name)).unwrap();
        Machine { dir, name: name.into(), db, exports: 0 }
    }

    /// The laptop whose data folder is `dir`.
    pub fn open(dir: tempfile::TempDir, name: &str) -> Machine {
        let db = LearnerDb::open_on(&dir.path().join(learner::FILE_NAME), Some(name)).unwrap();
        Machine { dir, name: name.into(), db, exports: 0 }
    }

    /// A copy of this laptop's data folder, opened as the same machine (for trying one
    /// laptop's future two ways).
    pub fn copy(&self) -> Machine {
        let dir = tempfile::tempdir().unwrap();
        self.db.checkpoint().unwrap();
        for entry in std::fs::read_dir(self.dir.path()).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
        }
        let db = LearnerDb::open_on(&dir.path().join(learner::FILE_NAME), Some(&self.name)).unwrap();
        Machine { dir, name: self.name.clone(), db, exports: 0 }
    }

    pub fn laptop(&mut self) -> Laptop<'_> {
        Laptop::open(&mut self.db, self.dir.path()).unwrap()
    }

    pub fn export(&mut self, target: Target, by: Option<&Teacher>) -> PathBuf {
        self.exports += 1;
        let path = self.dir.path().join(format!("out-{}.ustadsync", self.exports));
        let dir = self.dir.path().to_owned();
        Laptop::open(&mut self.db, &dir).unwrap().export(&path, &target, by).unwrap();
        path
    }

    pub fn import(&mut self, path: &Path) -> Result<ImportSummary, SyncError> {
        let dir = self.dir.path().to_owned();
        Laptop::open(&mut self.db, &dir).unwrap().import(path)
    }

    /// Every row of every table but those named, sorted: the database's contents.
    pub fn dump(&self, leave_out: &[&str]) -> String {
        self.db.checkpoint().unwrap();
        let conn = rusqlite::Connection::open(self.dir.path().join(learner::FILE_NAME)).unwrap();
        let mut tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        tables.retain(|t| !leave_out.contains(&t.as_str()));
        let mut out = String::new();
        for table in tables {
            let mut stmt = conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
            let n = stmt.column_count();
            let mut rows: Vec<String> = stmt
                .query_map([], |row| {
                    Ok((0..n)
                        .map(|i| format!("{:?}", row.get::<_, rusqlite::types::Value>(i).unwrap()))
                        .collect::<Vec<_>>()
                        .join("|"))
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            rows.sort();
            out.push_str(&format!("== {table}\n{}\n", rows.join("\n")));
        }
        out
    }
}

pub use learner::fixtures::{attempt, learner as add_learner, teacher as add_teacher};

/// A school: the teacher's laptop with a class and its code, and learner laptops that
/// joined it and were paired (each sent its first bundle, and got the teacher's back).
pub struct School {
    pub teacher: Machine,
    pub nadia: Teacher,
    pub class_id: String,
    pub code: String,
    pub learners: Vec<Machine>,
}

pub fn school(learner_laptops: &[&str]) -> School {
    let mut teacher = Machine::new("teacher");
    let nadia = add_teacher(&mut teacher.db, "Nadia");
    let class_id = teacher.db.create_class(&nadia, "5 Blue").unwrap().id;
    let code = teacher.laptop().class_code(&nadia, &class_id).unwrap();
    let mut learners = Vec::new();
    for name in learner_laptops {
        let mut laptop = Machine::new(name);
        laptop.laptop().join(&crate::code::display(&code)).unwrap();
        let first = laptop.export(Target::Default, None);
        let paired = teacher.import(&first).unwrap();
        assert!(paired.paired, "{name} proves the code and is paired");
        learners.push(laptop);
    }
    for laptop in &mut learners {
        let back = teacher.export(Target::Class(class_id.clone()), Some(&nadia));
        let joined = laptop.import(&back).unwrap();
        assert!(joined.joined, "{} recognises the teacher's laptop by the code", laptop.name);
    }
    School { teacher, nadia, class_id, code, learners }
}
