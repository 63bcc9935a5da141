//! Profiles and attempts for tests (feature `fixtures`): this crate's tests, `sync`'s and
//! `lan`'s. A teacher's password is `{name}-password`.

use crate::{Answer, LearnerDb, NewAttempt, NewProfile, Profile, ProfileKind, Teacher};

/// Adds the teacher `name` and signs them in.
pub fn teacher(db: &mut LearnerDb, name: &str) -> Teacher {
    let new = NewProfile {
        kind: ProfileKind::Teacher,
        name: name.into(),
        locale: "en".into(),
        avatar: None,
        pin: Some(format!("{name}-password")),
    };
    db.add_profile(&new).expect("a teacher is added");
    db.sign_in_teacher(name, &format!("{name}-password")).expect("the teacher signs in")
}

/// Adds the learner `name` (Urdu, no PIN).
pub fn learner(db: &mut LearnerDb, name: &str) -> Profile {
    let new =
        NewProfile { kind: ProfileKind::Learner, name: name.into(), locale: "ur".into(), avatar: None, pin: None };
    db.add_profile(&new).expect("a learner is added")
}

/// An attempt with one answer per result, the first with its hint used.
pub fn attempt(learner_id: &str, lesson_id: &str, results: &[bool]) -> NewAttempt {
    NewAttempt {
        learner_id: learner_id.into(),
        lesson_id: lesson_id.into(),
        pack_id: "pk.test".into(),
        pack_version: "1".into(),
        locale: "ur".into(),
        started_at: crate::now(),
        answers: results
            .iter()
            .enumerate()
            .map(|(idx, correct)| Answer {
                question_id: format!("q{}", idx + 1),
                response: "a".into(),
                correct: *correct,
                hint_used: idx == 0,
                answered_at: crate::now(),
            })
            .collect(),
    }
}
