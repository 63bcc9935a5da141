//! The reports over a real pack and a class with dated work: statuses, scores and their
//! spread, who needs help and why, the weekly chart, the heat map, hard questions, what the
//! lessons do not cover, and CSV with the screen's rows.

use learner::{
    Answer, AssignPart, LearnerDb, NewAssignment, NewAttempt, NewProfile, ProfileKind, ProgressEvent, Teacher,
};
use reports::Status;

const DAY: i64 = 86_400_000;
/// 2026-11-26T12:00:00Z.
const NOON: i64 = 1_795_694_400_000;

struct Class {
    _dir: tempfile::TempDir,
    db: LearnerDb,
    pack: pack::Pack,
    class: learner::Class,
    ids: Vec<String>,
}

fn attempt(pack: &pack::Pack, learner_id: &str, lesson_id: &str, right: &[bool], wrong_response: &str) -> NewAttempt {
    let lesson = pack.lesson(lesson_id).unwrap();
    NewAttempt {
        learner_id: learner_id.into(),
        lesson_id: lesson_id.into(),
        pack_id: "pk".into(),
        pack_version: "1".into(),
        locale: "en".into(),
        started_at: learner::now(),
        answers: lesson
            .quiz
            .iter()
            .zip(right)
            .map(|(q, ok)| Answer {
                question_id: q.id.clone(),
                response: if *ok { "right".into() } else { wrong_response.into() },
                correct: *ok,
                hint_used: false,
                answered_at: learner::now(),
            })
            .collect(),
    }
}

fn class() -> Class {
    let dir = tempfile::tempdir().unwrap();
    let mut db = LearnerDb::open_in(dir.path()).unwrap();
    let pack = pack::Pack::open(testkit::default_pack()).unwrap();
    db.add_profile(&NewProfile {
        kind: ProfileKind::Teacher,
        name: "Nadia".into(),
        locale: "en".into(),
        avatar: None,
        pin: Some("chalk-and-board".into()),
    })
    .unwrap();
    let nadia: Teacher = db.sign_in_teacher("Nadia", "chalk-and-board").unwrap();
    let class = db.create_class(&nadia, "Class 5 Blue").unwrap();
    let mut ids = Vec::new();
    for name in ["Ali", "Sara", "Zain"] {
        let p = db
            .add_profile(&NewProfile {
                kind: ProfileKind::Learner,
                name: name.into(),
                locale: "en".into(),
                avatar: None,
                pin: None,
            })
            .unwrap();
        db.enrol(&nadia, &class.id, &p.id, None).unwrap();
        ids.push(p.id);
    }
    let magnets = NewAssignment {
        lesson_id: "sci5-magnets".into(),
        part: AssignPart::Both,
        group_id: None,
        learner_id: None,
        due: Some("2026-11-20".into()),
        note: None,
    };
    db.assign(&nadia, &class.id, &magnets).unwrap();
    let light = NewAssignment { lesson_id: "sci5-light".into(), part: AssignPart::Quiz, due: None, ..magnets };
    db.assign(&nadia, &class.id, &light).unwrap();
    // Ali: read all of magnets and took its quiz well (this week); took the light quiz badly three times.
    let sections: Vec<String> =
        pack.lesson("sci5-magnets").unwrap().text("en").sections.iter().map(|s| s.id.clone()).collect();
    for section in &sections {
        let event = ProgressEvent {
            learner_id: ids[0].clone(),
            lesson_id: "sci5-magnets".into(),
            section: section.clone(),
            locale: "en".into(),
            seconds: 90,
        };
        db.record_progress_at(&event, Some(NOON - DAY)).unwrap();
    }
    let n = pack.lesson("sci5-magnets").unwrap().quiz.len();
    db.record_attempt_at(&attempt(&pack, &ids[0], "sci5-magnets", &vec![true; n], "x"), Some(NOON)).unwrap();
    for weeks_ago in [0, 1, 3] {
        let all_wrong = vec![false; 8];
        db.record_attempt_at(&attempt(&pack, &ids[0], "sci5-light", &all_wrong, "c"), Some(NOON - weeks_ago * 7 * DAY))
            .unwrap();
    }
    // Sara read one section of magnets, a month ago.
    let event = ProgressEvent {
        learner_id: ids[1].clone(),
        lesson_id: "sci5-magnets".into(),
        section: sections[0].clone(),
        locale: "en".into(),
        seconds: 30,
    };
    db.record_progress_at(&event, Some(NOON - 30 * DAY)).unwrap();
    // Zain asked the tutor twice what the lessons do not cover (in two ways), and once what they do.
    for (question, mode) in [
        ("Who won the cricket world cup?", "out_of_scope"),
        ("who won the world cup in cricket", "out_of_scope"),
        ("what is a magnet", "curriculum"),
    ] {
        db.record_exchange(&learner::Exchange {
            id: String::new(),
            device_id: String::new(),
            learner_id: Some(ids[2].clone()),
            lesson_id: None,
            locale: "en".into(),
            question: question.into(),
            answer: "…".into(),
            mode: mode.into(),
            model_id: None,
            model_sha256: None,
            citations: serde_json::json!([]),
            flags: serde_json::json!([]),
            audit: serde_json::json!({}),
            at: String::new(),
            hlc: 0,
        })
        .unwrap();
    }
    Class { _dir: dir, db, pack, class, ids }
}

#[test]
fn the_class_report_says_who_did_what_and_who_needs_help() {
    let c = class();
    let report = reports::class_report(&c.db, &c.pack, &c.class, "2026-11-26", "en").unwrap();
    assert_eq!(report.assignments.len(), 2);
    let magnets = report.assignments.iter().position(|a| a.lesson_id == "sci5-magnets").unwrap();
    let light = 1 - magnets;
    assert!(report.assignments[magnets].overdue);
    let names: Vec<&str> = report.learners.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["Ali", "Sara", "Zain"]);
    let status = |learner: usize, assignment: usize| report.learners[learner].statuses[assignment];
    assert_eq!(status(0, magnets), Some(Status::Done));
    assert_eq!(status(1, magnets), Some(Status::Started));
    assert_eq!(status(2, magnets), Some(Status::NotStarted));
    assert_eq!(status(0, light), Some(Status::Done), "the quiz was taken");
    let counts = &report.assignments[magnets];
    assert_eq!((counts.not_started, counts.started, counts.done), (1, 1, 1));
    assert_eq!(report.learners[0].average_score, Some(50), "best 100 % and best 0 %");
    assert_eq!(report.learners[0].minutes, sections_minutes(&c));
    assert_eq!(report.learners[0].last_activity.as_deref(), Some("2026-11-26"));
    assert_eq!(report.learners[2].tutor_questions, 3);
    assert_eq!(report.score_bands, [1, 0, 0, 0, 1], "Ali's light (0 %) and magnets (100 %)");

    let why = |name: &str| -> Vec<String> {
        report
            .needs_help
            .iter()
            .filter(|n| n.name == name)
            .map(|n| serde_json::to_value(&n.reason).unwrap()["kind"].as_str().unwrap().to_owned())
            .collect()
    };
    let ali = why("Ali");
    assert!(ali.contains(&"low_score".to_owned()) && ali.contains(&"repeated_wrong".to_owned()), "{ali:?}");
    assert_eq!(why("Sara"), ["overdue"]);
    assert_eq!(why("Zain"), ["overdue"]);
    assert!(report.learners.iter().all(|l| l.needs_help));

    assert_eq!(report.weekly.len(), reports::WEEKS);
    assert_eq!(report.weekly.last().unwrap().attempts, 2, "this week: magnets and one light attempt");
    assert_eq!(report.weekly[reports::WEEKS - 2].attempts, 1);
    assert_eq!(report.weekly[reports::WEEKS - 4].attempts, 1);
    assert!(report.weekly.last().unwrap().minutes > 0);
    assert_eq!(report.weekly.iter().map(|w| w.attempts).sum::<u32>(), 4);
    assert_eq!(report.heatmap.len(), 3);
    let light_col = report.lessons.iter().position(|l| l.id == "sci5-light").unwrap();
    assert_eq!(report.heatmap[0][light_col], Some(0));
    assert_eq!(report.heatmap[1][light_col], None);
    let hard = &report.hard_questions[0];
    assert_eq!(hard.lesson_id, "sci5-light");
    assert_eq!(hard.wrong_answers[0], ("c".to_owned(), 3));
    assert!(!hard.question.is_empty());
    assert_eq!(report.not_covered.len(), 1, "two ways of asking one thing: {:?}", report.not_covered);
    assert_eq!((report.not_covered[0].times, report.not_covered[0].learners), (2, 1));
    let _ = &c.ids;
}

fn sections_minutes(c: &Class) -> u32 {
    let n = c.pack.lesson("sci5-magnets").unwrap().text("en").sections.len() as u64;
    (n * 90).div_ceil(60) as u32
}

#[test]
fn csv_has_the_screens_rows_and_columns() {
    let c = class();
    let report = reports::class_report(&c.db, &c.pack, &c.class, "2026-11-26", "en").unwrap();
    let words = reports::csv::Words {
        learner: "Learner".into(),
        average: "Average".into(),
        minutes: "Minutes".into(),
        last_activity: "Last activity".into(),
        needs_help: "Needs help".into(),
        not_started: "not started".into(),
        started: "started".into(),
        done: "done".into(),
        not_assigned: "-".into(),
        archived: "archived".into(),
        yes: "yes".into(),
        no: "no".into(),
    };
    let csv = reports::csv::class_csv(&report, &words);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + report.learners.len());
    assert!(lines[0].starts_with("Learner,") && lines[0].contains("(2026-11-20)"), "{}", lines[0]);
    assert!(lines[1].starts_with("Ali,") && lines[1].contains(",50%,"), "{}", lines[1]);
    assert_eq!(lines[1].split(',').count(), lines[0].split(',').count());
}

#[test]
fn learner_and_lesson_reports() {
    let c = class();
    let ali = c.db.profile(&c.ids[0]).unwrap().unwrap();
    let report = reports::learner_report(&c.db, &c.pack, &ali, "en").unwrap();
    assert_eq!(report.attempts.len(), 4);
    assert!(report.attempts.windows(2).all(|w| w[0].date <= w[1].date), "oldest first");
    let magnets = report.lessons.iter().find(|l| l.lesson_id == "sci5-magnets").unwrap();
    assert_eq!((magnets.sections_read, magnets.best), (magnets.sections, Some(100)));
    let lesson = reports::lesson_report(&c.db, &c.pack, &c.class, "sci5-magnets", "en").unwrap();
    assert_eq!(lesson.sections[0].readers, 2);
    assert!(lesson.sections[0].minutes_per_reader > 0.0);
    assert_eq!(lesson.attempts, 1);
    assert!(lesson.hard_questions.is_empty());
}
