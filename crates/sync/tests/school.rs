//! Joining a class with its code, and who is refused.

use learner::{AssignPart, NewAssignment};
use sync::{Laptop, Target};

use crate::{add_learner, add_teacher, attempt, school, Machine};

const LOG: &[&str] = &["sync_imports"];

#[test]
fn a_learner_laptops_work_reaches_the_teacher_and_the_class_reaches_it() {
    let mut s = school(&["ali-laptop"]);
    let laptop = &mut s.learners[0];
    let ali = add_learner(&mut laptop.db, "Ali");
    laptop.db.record_attempt(&attempt(&ali.id, "sci-5-01", &[true, false, true])).unwrap();

    let bundle = laptop.export(Target::Default, None);
    let got = s.teacher.import(&bundle).unwrap();
    assert_eq!(got.tables.get("attempts"), Some(&1), "{got:?}");
    assert_eq!(got.tables.get("answers"), Some(&3));
    assert!(!got.paired, "paired once, when it joined");
    let at_teacher = s.teacher.db.attempts(Some(&ali.id), None).unwrap();
    assert_eq!(at_teacher.len(), 1);
    assert_eq!((at_teacher[0].n_correct, at_teacher[0].n_questions), (2, 3));

    // The teacher enrols Ali, assigns a lesson and resets Ali's PIN; the class's bundle
    // brings all of it to the laptop.
    s.teacher.db.enrol(&s.nadia, &s.class_id, &ali.id, None).unwrap();
    let lesson = NewAssignment {
        lesson_id: "sci-5-02".into(),
        part: AssignPart::Both,
        group_id: None,
        learner_id: None,
        due: Some("2026-12-01".into()),
        note: Some("Read it twice".into()),
    };
    s.teacher.db.assign(&s.nadia, &s.class_id, &lesson).unwrap();
    s.teacher.db.reset_learner_pin(&s.nadia, &ali.id, Some("4321")).unwrap();
    let back = s.teacher.export(Target::Device(laptop.db.device_id().to_owned()), Some(&s.nadia));
    let got = laptop.import(&back).unwrap();
    assert_eq!(got.tables.get("assignments"), Some(&1), "{got:?}");
    let assigned = laptop.db.assignments_for(&ali.id).unwrap();
    assert_eq!(assigned.len(), 1);
    assert_eq!(assigned[0].due.as_deref(), Some("2026-12-01"));
    assert_eq!(assigned[0].note.as_deref(), Some("Read it twice"));
    assert_eq!(laptop.db.profile(&ali.id).unwrap().unwrap().class_id.as_deref(), Some(s.class_id.as_str()));
    assert!(laptop.db.check_pin(&ali.id, "4321").unwrap(), "the PIN reset reached the laptop");
    let teachers = laptop.db.profiles(Some(learner::ProfileKind::Teacher)).unwrap().len();
    assert_eq!(teachers, 0, "a teacher's account (and password hash) stays on the teacher's laptop");

    // Nothing new: the next bundle each way carries no records.
    let again = laptop.export(Target::Default, None);
    let got = s.teacher.import(&again).unwrap();
    assert!(got.tables.is_empty(), "only what the teacher lacks travels: {got:?}");
}

#[test]
fn laptops_without_the_code_are_refused_and_nothing_is_imported() {
    let mut s = school(&[]);
    let before = s.teacher.dump(LOG);

    let mut stranger = Machine::new("stranger");
    let someone = add_learner(&mut stranger.db, "Someone");
    stranger.db.record_attempt(&attempt(&someone.id, "sci-5-01", &[true])).unwrap();
    let unjoined = stranger.export(Target::Default, None);
    assert_eq!(s.teacher.import(&unjoined).unwrap_err().code().as_str(), "SYNC_NOT_PAIRED");

    stranger.laptop().join("ZZZZZ-ZZZZZ").unwrap();
    let wrong_code = stranger.export(Target::Default, None);
    assert_eq!(s.teacher.import(&wrong_code).unwrap_err().code().as_str(), "SYNC_NOT_PAIRED");
    assert_eq!(s.teacher.dump(LOG), before, "nothing of a refused bundle is imported");

    // A laptop that has joined nothing cannot read the teacher's bundle either.
    let class_bundle = s.teacher.export(Target::Class(s.class_id.clone()), Some(&s.nadia));
    let mut other = Machine::new("other");
    assert_eq!(other.import(&class_bundle).unwrap_err().code().as_str(), "SYNC_NOT_PAIRED");
    other.laptop().join(&s.code).unwrap();
    assert!(other.import(&class_bundle).unwrap().joined, "with the code it recognises the teacher's laptop");

    assert_eq!(stranger.laptop().join("12345").unwrap_err().code().as_str(), "SYNC_CODE_INVALID");
    stranger.laptop().join("abcde-fghjk").unwrap();
    stranger.laptop().join(" o1234 i5678 ").unwrap();
}

#[test]
fn another_schools_bundles_are_refused() {
    let mut ours = school(&["ours-1"]);
    let mut theirs = school(&["theirs-1"]);
    let from_their_teacher = theirs.teacher.export(Target::Class(theirs.class_id.clone()), Some(&theirs.nadia));
    assert_eq!(ours.learners[0].import(&from_their_teacher).unwrap_err().code().as_str(), "SYNC_FOREIGN_SCHOOL");
    let from_their_learner = theirs.learners[0].export(Target::Default, None);
    assert_eq!(ours.teacher.import(&from_their_learner).unwrap_err().code().as_str(), "SYNC_FOREIGN_SCHOOL");
}

#[test]
fn a_removed_laptop_is_refused_and_only_the_teacher_may_act() {
    let mut s = school(&["lost-laptop", "kept-laptop"]);
    let lost = s.learners[0].db.device_id().to_owned();
    let before = s.learners[0].export(Target::Default, None);
    let statuses = s.teacher.laptop().device_statuses().unwrap();
    assert_eq!(statuses.len(), 2, "{statuses:?}");
    assert!(statuses.iter().all(|d| d.last_sync.is_some() && d.cert.role == "learner"));

    s.teacher.laptop().remove_device(&s.nadia, &lost).unwrap();
    assert_eq!(s.teacher.import(&before).unwrap_err().code().as_str(), "SYNC_DEVICE_REMOVED");

    // The removal travels: the other laptop refuses the lost one's bundles too.
    let class_bundle = s.teacher.export(Target::Class(s.class_id.clone()), Some(&s.nadia));
    s.learners[1].import(&class_bundle).unwrap();
    assert_eq!(s.learners[1].import(&before).unwrap_err().code().as_str(), "SYNC_DEVICE_REMOVED");

    // On the teacher's laptop, exporting everyone's work needs the signed-in teacher.
    let dir = s.teacher.dir.path().to_owned();
    let err = Laptop::open(&mut s.teacher.db, &dir).unwrap().export(&dir.join("x.ustadsync"), &Target::Full, None);
    assert_eq!(err.unwrap_err().code().as_str(), "NOT_AUTHORISED");
    // A teacher of another laptop's making cannot take this class's code.
    let mut elsewhere = Machine::new("elsewhere");
    let other_teacher = add_teacher(&mut elsewhere.db, "Other");
    assert_eq!(
        elsewhere.laptop().class_code(&other_teacher, &s.class_id).unwrap_err().code().as_str(),
        "CLASS_NOT_FOUND"
    );
}

#[test]
fn a_laptop_takes_only_its_own_class_bundle_when_it_joins() {
    let mut s = school(&[]);
    let other_class = s.teacher.db.create_class(&s.nadia, "5 Green").unwrap().id;
    s.teacher.laptop().class_code(&s.nadia, &other_class).unwrap();
    let mut laptop = Machine::new("blue-laptop");
    laptop.laptop().join(&s.code).unwrap();
    let green = s.teacher.export(Target::Class(other_class.clone()), Some(&s.nadia));
    assert_eq!(laptop.import(&green).unwrap_err().code().as_str(), "SYNC_NOT_PAIRED", "another class's file");
    let blue = s.teacher.export(Target::Class(s.class_id.clone()), Some(&s.nadia));
    assert!(laptop.import(&blue).unwrap().joined);
    assert_eq!(laptop.laptop().class_id().unwrap().as_deref(), Some(s.class_id.as_str()));
    assert!(sync::usb::is_for_class(
        &sync::usb::file_for(laptop.dir.path(), sync::usb::Kind::Class, "5 Blue", &s.class_id).unwrap(),
        &s.class_id
    ));
}
