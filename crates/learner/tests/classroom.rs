//! The classroom in the database: teachers sign in, classes, groups, enrolment, assignments,
//! the tutor policy, and a teacher acting only on their own classes.

use learner::{AssignPart, LearnerDb, NewAssignment, TutorMode, TutorPolicy};

use crate::{exchange, learner};
use learner::fixtures::teacher;

fn lesson(lesson_id: &str) -> NewAssignment {
    NewAssignment {
        lesson_id: lesson_id.into(),
        part: AssignPart::Both,
        group_id: None,
        learner_id: None,
        due: None,
        note: None,
    }
}

#[test]
fn a_teacher_signs_in_with_the_password() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = LearnerDb::open_in(dir.path()).unwrap();
    assert!(!db.has_teachers().unwrap());
    let nadia = teacher(&mut db, "Nadia");
    assert!(db.has_teachers().unwrap());
    assert_eq!(nadia.name(), "Nadia");
    assert_eq!(db.sign_in_teacher("nadia", "guess-guess").unwrap_err().code().as_str(), "PASSWORD_WRONG");
    assert_eq!(db.sign_in_teacher(nadia.id(), "Nadia-password").unwrap(), nadia);
    let ali = learner(&mut db, "Ali");
    assert_eq!(
        db.sign_in_teacher(&ali.id, "").unwrap_err().code().as_str(),
        "PROFILE_NOT_FOUND",
        "a learner is not a teacher"
    );
}

#[test]
fn classes_groups_enrolment_and_assignments() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = LearnerDb::open_in(dir.path()).unwrap();
    let nadia = teacher(&mut db, "Nadia");
    let class = db.create_class(&nadia, "Class 5 Blue").unwrap();
    assert_eq!(db.find_class(&nadia, "class 5 blue").unwrap().id, class.id);
    assert_eq!(db.find_class(&nadia, "Class 6").unwrap_err().code().as_str(), "CLASS_NOT_FOUND");
    let readers = db.add_group(&nadia, &class.id, "Readers").unwrap();
    let (ali, sara, zain) = (learner(&mut db, "Ali"), learner(&mut db, "Sara"), learner(&mut db, "Zain"));
    db.enrol(&nadia, &class.id, &ali.id, Some("readers")).unwrap();
    db.enrol(&nadia, &class.id, &sara.id, None).unwrap();
    assert_eq!(db.enrol(&nadia, &class.id, &zain.id, Some("Writers")).unwrap_err().code().as_str(), "GROUP_NOT_FOUND");
    let names: Vec<String> = db.class_learners(&class.id).unwrap().into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["Ali", "Sara"]);
    assert_eq!(db.profile(&ali.id).unwrap().unwrap().group_id.as_deref(), Some(readers.id.as_str()));

    let everyone = db
        .assign(&nadia, &class.id, &NewAssignment { due: Some("2026-12-01".into()), ..lesson("sci5-magnets") })
        .unwrap();
    assert_eq!(everyone.due.as_deref(), Some("2026-12-01"));
    db.assign(&nadia, &class.id, &NewAssignment { group_id: Some(readers.id.clone()), ..lesson("sci5-light") })
        .unwrap();
    db.assign(
        &nadia,
        &class.id,
        &NewAssignment {
            learner_id: Some(sara.id.clone()),
            part: AssignPart::Quiz,
            due: Some("2026-11-28".into()),
            note: Some("Try the quiz again".into()),
            ..lesson("math5-fractions")
        },
    )
    .unwrap();
    let lessons = |db: &LearnerDb, id: &str| -> Vec<String> {
        db.assignments_for(id).unwrap().into_iter().map(|a| a.lesson_id).collect()
    };
    assert_eq!(lessons(&db, &ali.id), ["sci5-magnets", "sci5-light"], "the class's, then the group's (no due date)");
    assert_eq!(lessons(&db, &sara.id), ["math5-fractions", "sci5-magnets"], "soonest due first");
    assert!(lessons(&db, &zain.id).is_empty(), "not in the class");
    assert_eq!(db.class_assignments(&class.id).unwrap().len(), 3);
    let bad_date = NewAssignment { due: Some("2026-02-30".into()), ..lesson("sci5-magnets") };
    assert_eq!(db.assign(&nadia, &class.id, &bad_date).unwrap_err().code().as_str(), "INVALID_INPUT");
    let outsider = NewAssignment { learner_id: Some(zain.id.clone()), ..lesson("sci5-magnets") };
    assert_eq!(db.assign(&nadia, &class.id, &outsider).unwrap_err().code().as_str(), "INVALID_INPUT");
    db.unassign(&nadia, &everyone.id).unwrap();
    assert_eq!(lessons(&db, &sara.id), ["math5-fractions"], "a withdrawn assignment is gone");

    // A learner is in one class: enrolling elsewhere moves them, and the history keeps both.
    let other = db.create_class(&nadia, "Class 5 Green").unwrap();
    db.enrol(&nadia, &other.id, &ali.id, None).unwrap();
    let moved = db.profile(&ali.id).unwrap().unwrap();
    assert_eq!((moved.class_id.as_deref(), moved.group_id.as_deref()), (Some(other.id.as_str()), None));
    let classes = db.profile_history(&ali.id).unwrap().into_iter().filter(|c| c.field == "class_id").count();
    assert_eq!(classes, 2);
}

#[test]
fn a_teacher_acts_only_on_their_own_classes_and_learners() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = LearnerDb::open_in(dir.path()).unwrap();
    let nadia = teacher(&mut db, "Nadia");
    let bilal = teacher(&mut db, "Bilal");
    let class = db.create_class(&nadia, "Class 5 Blue").unwrap();
    let ali = learner(&mut db, "Ali");
    db.enrol(&nadia, &class.id, &ali.id, None).unwrap();
    let not = |err: learner::LearnerDbError| assert_eq!(err.code().as_str(), "NOT_AUTHORISED");
    not(db.find_class(&bilal, "Class 5 Blue").unwrap_err());
    not(db.assign(&bilal, &class.id, &lesson("sci5-light")).unwrap_err());
    not(db.add_group(&bilal, &class.id, "Mine").unwrap_err());
    let own = db.create_class(&bilal, "Class 4").unwrap();
    not(db.enrol(&bilal, &own.id, &ali.id, None).unwrap_err());
    not(db.reset_learner_pin(&bilal, &ali.id, Some("1234")).unwrap_err());
    not(db.erase_learner_for(&bilal, &ali.id).unwrap_err());
    not(db.set_tutor_policy(&bilal, &class.id, TutorPolicy { mode: TutorMode::Off, daily_limit: None }).unwrap_err());
    assert!(db.classes(&bilal).unwrap().iter().all(|c| c.teacher_id == bilal.id()));
    db.reset_learner_pin(&nadia, &ali.id, Some("1234")).unwrap();
    assert!(db.check_pin(&ali.id, "1234").unwrap());
}

#[test]
fn the_class_decides_how_much_the_tutor_may_do() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = LearnerDb::open_in(dir.path()).unwrap();
    let nadia = teacher(&mut db, "Nadia");
    let class = db.create_class(&nadia, "Class 5 Blue").unwrap();
    let ali = learner(&mut db, "Ali");
    assert_eq!(db.tutor_policy(&ali.id).unwrap(), TutorPolicy { mode: TutorMode::On, daily_limit: None });
    db.enrol(&nadia, &class.id, &ali.id, None).unwrap();
    let hints = TutorPolicy { mode: TutorMode::Hints, daily_limit: Some(5) };
    db.set_tutor_policy(&nadia, &class.id, hints).unwrap();
    assert_eq!(db.tutor_policy(&ali.id).unwrap(), hints);
    let start = learner::clock::wall_ms() - 1000;
    db.record_exchange(&exchange(&ali.id)).unwrap();
    let mut closed = exchange(&ali.id);
    closed.mode = "closed".into();
    db.record_exchange(&closed).unwrap();
    assert_eq!(
        db.questions_since(&ali.id, start).unwrap(),
        1,
        "a question the closed tutor turned away does not count"
    );
    assert_eq!(db.questions_since(&ali.id, learner::clock::wall_ms() + 60_000).unwrap(), 0);
}
