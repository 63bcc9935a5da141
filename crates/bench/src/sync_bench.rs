//! `ustad bench sync`: a class of 40 learners with a school year of work on a learner's
//! laptop (about 50,000 records: quiz attempts and their answers, lesson reading, questions to
//! the tutor), sent to the teacher's laptop in a bundle; then a day's work (about 300
//! records). Targets from the issue: export under 2 s, import under 5 s, the day's sync under
//! 200 ms. Both laptops are data folders of their own, as in the tests.

use std::path::Path;
use std::time::Instant;

use anyhow::Result;
use learner::{Answer, Exchange, LearnerDb, NewAttempt, NewProfile, ProfileKind, ProgressEvent, Teacher};
use serde::Serialize;
use sync::{Laptop, Target};

use crate::Rng;

const EXPORT_TARGET_MS: f64 = 2000.0;
const IMPORT_TARGET_MS: f64 = 5000.0;
const DAY_TARGET_MS: f64 = 200.0;
const LESSONS: usize = 24;

#[derive(Serialize)]
pub struct SyncBench {
    learners: usize,
    records: u64,
    generate_s: f64,
    /// First export of the year: each record signed once, then written.
    export_first_ms: f64,
    /// The same again, signatures already made.
    export_again_ms: f64,
    import_ms: f64,
    bundle_mb: f64,
    day_records: u64,
    day_export_ms: f64,
    day_import_ms: f64,
    day_bundle_kb: f64,
    /// The teacher's bundle for the class back to the laptop.
    class_bundle_kb: f64,
    meets_targets: bool,
}

impl SyncBench {
    pub fn render(&self) -> String {
        let met = |ok: bool| if ok { "met" } else { "NOT met" };
        [
            format!(
                "a year of work of {} learners on one laptop: {} records (generated in {:.1} s)",
                self.learners, self.records, self.generate_s
            ),
            format!(
                "export {:.0} ms (first, signing each record; {:.0} ms again), bundle {:.1} MB; import into the teacher's laptop {:.0} ms",
                self.export_first_ms, self.export_again_ms, self.bundle_mb, self.import_ms
            ),
            format!(
                "a day's work: {} records, export {:.0} ms + import {:.0} ms, bundle {:.1} KB; the class's bundle back {:.1} KB",
                self.day_records, self.day_export_ms, self.day_import_ms, self.day_bundle_kb, self.class_bundle_kb
            ),
            format!(
                "targets: export < {EXPORT_TARGET_MS} ms {}, import < {IMPORT_TARGET_MS} ms {}, a day's sync < {DAY_TARGET_MS} ms {}",
                met(self.export_first_ms < EXPORT_TARGET_MS),
                met(self.import_ms < IMPORT_TARGET_MS),
                met(self.day_export_ms + self.day_import_ms < DAY_TARGET_MS)
            ),
            String::new(),
        ]
        .join("\n")
    }
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

fn open(dir: &Path, machine: &str) -> Result<LearnerDb> {
    Ok(LearnerDb::open_on(&dir.join(learner::FILE_NAME), Some(machine))?)
}

/// Work of `learners` over `days` (attempts of 8 answers, 5 sections read per lesson, and
/// questions to the tutor), each learner's share spread over the lessons.
fn work(db: &mut LearnerDb, learners: &[String], lessons: usize, exchanges: usize, rng: &mut Rng) -> Result<()> {
    for learner_id in learners {
        for lesson in 0..lessons {
            let lesson_id = format!("lesson-{:02}", (lesson + rng.next(LESSONS as u64) as usize) % LESSONS);
            for section in 0..5 {
                let event = ProgressEvent {
                    learner_id: learner_id.clone(),
                    lesson_id: lesson_id.clone(),
                    section: format!("s{section}"),
                    locale: "ur".into(),
                    seconds: 30 + rng.next(300) as u32,
                };
                db.record_progress(&event)?;
            }
            for _ in 0..3 {
                let answers = (0..8)
                    .map(|q| Answer {
                        question_id: format!("q{q}"),
                        response: rng.next(4).to_string(),
                        correct: rng.next(3) > 0,
                        hint_used: rng.next(5) == 0,
                        answered_at: learner::now(),
                    })
                    .collect();
                db.record_attempt(&NewAttempt {
                    learner_id: learner_id.clone(),
                    lesson_id: lesson_id.clone(),
                    pack_id: "pk.default".into(),
                    pack_version: "1".into(),
                    locale: "ur".into(),
                    started_at: learner::now(),
                    answers,
                })?;
            }
        }
        for q in 0..exchanges {
            db.record_exchange(&Exchange {
                id: String::new(),
                device_id: String::new(),
                learner_id: Some(learner_id.clone()),
                lesson_id: Some(format!("lesson-{:02}", q % LESSONS)),
                locale: "ur".into(),
                question: format!("پودے اپنی خوراک کیسے بناتے ہیں؟ {q}"),
                answer: "پودے سورج کی روشنی، پانی اور ہوا سے اپنی خوراک بناتے ہیں۔ اس عمل کو ضیائی تالیف کہتے ہیں۔"
                    .into(),
                mode: "curriculum".into(),
                model_id: None,
                model_sha256: None,
                citations: serde_json::json!([{ "lesson_id": "lesson-01", "section": "s1" }]),
                flags: serde_json::json!([]),
                audit: serde_json::json!({}),
                at: learner::now(),
                hlc: 0,
            })?;
        }
    }
    Ok(())
}

fn size(path: &Path) -> f64 {
    std::fs::metadata(path).map(|m| m.len() as f64).unwrap_or(0.0)
}

pub fn run(learners: usize, exchanges: usize) -> Result<SyncBench> {
    let teacher_dir = tempfile::tempdir()?;
    let laptop_dir = tempfile::tempdir()?;
    let stick = tempfile::tempdir()?;
    let mut teacher_db = open(teacher_dir.path(), "bench-teacher")?;
    let mut laptop_db = open(laptop_dir.path(), "bench-laptop")?;
    let started = Instant::now();

    // The school: a class, its code, the laptop joined and paired.
    teacher_db.add_profile(&NewProfile {
        kind: ProfileKind::Teacher,
        name: "Bench Teacher".into(),
        locale: "en".into(),
        avatar: None,
        pin: Some("bench-password".into()),
    })?;
    let teacher: Teacher = teacher_db.sign_in_teacher("Bench Teacher", "bench-password")?;
    let class = teacher_db.create_class(&teacher, "Class 5")?;
    let code = Laptop::open(&mut teacher_db, teacher_dir.path())?.class_code(&teacher, &class.id)?;
    Laptop::open(&mut laptop_db, laptop_dir.path())?.join(&code)?;
    let hello = stick.path().join("hello.ustadsync");
    Laptop::open(&mut laptop_db, laptop_dir.path())?.export(&hello, &Target::Default, None)?;
    Laptop::open(&mut teacher_db, teacher_dir.path())?.import(&hello)?;

    let mut ids = Vec::new();
    for k in 0..learners {
        let profile = laptop_db.add_profile(&NewProfile {
            kind: ProfileKind::Learner,
            name: format!("Learner {k:02}"),
            locale: "ur".into(),
            avatar: None,
            pin: None,
        })?;
        ids.push(profile.id);
    }
    let mut rng = Rng(0x5eed_5eed_1234_5678);
    work(&mut laptop_db, &ids, LESSONS, exchanges, &mut rng)?;
    let generate_s = started.elapsed().as_secs_f64();

    let year = stick.path().join("year.ustadsync");
    let t = Instant::now();
    let sent = Laptop::open(&mut laptop_db, laptop_dir.path())?.export(&year, &Target::Default, None)?;
    let export_first_ms = ms(t);
    let again = stick.path().join("year-again.ustadsync");
    let t = Instant::now();
    Laptop::open(&mut laptop_db, laptop_dir.path())?.export(&again, &Target::Default, None)?;
    let export_again_ms = ms(t);
    let t = Instant::now();
    Laptop::open(&mut teacher_db, teacher_dir.path())?.import(&year)?;
    let import_ms = ms(t);

    // The teacher's laptop answers (so the laptop knows what it holds), then a day's work.
    let class_bundle = stick.path().join("class.ustadsync");
    Laptop::open(&mut teacher_db, teacher_dir.path())?.export(
        &class_bundle,
        &Target::Class(class.id.clone()),
        Some(&teacher),
    )?;
    Laptop::open(&mut laptop_db, laptop_dir.path())?.import(&class_bundle)?;
    let day_learners: Vec<String> = ids.iter().take(10).cloned().collect();
    work(&mut laptop_db, &day_learners, 1, 2, &mut rng)?;
    let day = stick.path().join("day.ustadsync");
    let t = Instant::now();
    let day_sent = Laptop::open(&mut laptop_db, laptop_dir.path())?.export(&day, &Target::Default, None)?;
    let day_export_ms = ms(t);
    let t = Instant::now();
    Laptop::open(&mut teacher_db, teacher_dir.path())?.import(&day)?;
    let day_import_ms = ms(t);

    let bench = SyncBench {
        learners,
        records: sent.records,
        generate_s,
        export_first_ms,
        export_again_ms,
        import_ms,
        bundle_mb: size(&year) / (1024.0 * 1024.0),
        day_records: day_sent.records,
        day_export_ms,
        day_import_ms,
        day_bundle_kb: size(&day) / 1024.0,
        class_bundle_kb: size(&class_bundle) / 1024.0,
        meets_targets: export_first_ms < EXPORT_TARGET_MS
            && import_ms < IMPORT_TARGET_MS
            && day_export_ms + day_import_ms < DAY_TARGET_MS,
    };
    Ok(bench)
}
