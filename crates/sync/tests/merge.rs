//! Merging: idempotent, in any order, A → B → C, conflicts kept and listed, erasure.

use learner::{Knowledge, ProgressEvent, Scope};
use proptest::prelude::*;
use sync::Target;

use crate::{add_learner, attempt, school, Machine, School};

const LOG: &[&str] = &["sync_imports"];

#[test]
fn importing_the_same_bundle_twice_changes_nothing() {
    let mut s = school(&["ali-laptop"]);
    let ali = add_learner(&mut s.learners[0].db, "Ali");
    s.learners[0].db.record_attempt(&attempt(&ali.id, "sci-5-01", &[true, true])).unwrap();
    let bundle = s.learners[0].export(Target::Default, None);
    let first = s.teacher.import(&bundle).unwrap();
    assert!(!first.tables.is_empty());
    let once = s.teacher.dump(LOG);
    let second = s.teacher.import(&bundle).unwrap();
    assert!(second.tables.is_empty(), "{second:?}");
    assert_eq!(second.known, first.tables.values().sum::<u64>() + first.known);
    assert_eq!(s.teacher.dump(LOG), once, "the database is unchanged apart from the import log");
    assert_eq!(s.teacher.db.sync_log().unwrap().len(), 3, "the pairing and both imports are logged");
}

#[test]
fn a_record_made_on_a_reaches_c_through_b_with_its_signature() {
    let mut s = school(&["a-laptop", "c-laptop"]);
    let ali = add_learner(&mut s.learners[0].db, "Ali");
    s.learners[0].db.record_attempt(&attempt(&ali.id, "math-5-01", &[true, false])).unwrap();
    let a_to_b = s.learners[0].export(Target::Default, None);
    s.teacher.import(&a_to_b).unwrap();
    let b_to_c = s.teacher.export(Target::Full, Some(&s.nadia));
    let got = s.learners[1].import(&b_to_c).unwrap();
    assert_eq!(got.tables.get("attempts"), Some(&1), "{got:?}");
    assert_eq!(s.learners[1].db.attempts(Some(&ali.id), None).unwrap().len(), 1);
    // The record at C is A's, with A's own signature.
    let a_device = s.learners[0].db.device_id().to_owned();
    let at_a = s.learners[0].db.records(Scope::All, &Knowledge::default()).unwrap();
    let at_c = s.learners[1].db.records(Scope::All, &Knowledge::default()).unwrap();
    let attempt_at_a = at_a.iter().find(|r| r.table == "attempts" && r.device_id == a_device).unwrap();
    let attempt_at_c = at_c.iter().find(|r| r.table == "attempts" && r.device_id == a_device).unwrap();
    assert_eq!(attempt_at_a, attempt_at_c, "relayed unchanged, signature and all");
    // And C passes it on: a bundle from C to the teacher carries A's record back, known.
    let c_to_b = s.learners[1].export(Target::Full, None);
    assert!(!s.teacher.import(&c_to_b).unwrap().tables.contains_key("attempts"));
}

#[test]
fn a_field_changed_on_two_laptops_keeps_both_values_and_is_listed() {
    let mut s = school(&["ali-laptop"]);
    let ali = add_learner(&mut s.teacher.db, "Ali");
    s.teacher.db.enrol(&s.nadia, &s.class_id, &ali.id, None).unwrap();
    let bundle = s.teacher.export(Target::Class(s.class_id.clone()), Some(&s.nadia));
    s.learners[0].import(&bundle).unwrap();

    // Both change Ali's name without seeing each other's change; the laptop's is later.
    s.teacher.db.rename_profile(&ali.id, "Ali Raza").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    s.learners[0].db.rename_profile(&ali.id, "Ali Khan").unwrap();
    let from_laptop = s.learners[0].export(Target::Default, None);
    let got = s.teacher.import(&from_laptop).unwrap();
    assert_eq!(got.conflicts, 1, "{got:?}");
    assert_eq!(s.teacher.db.profile(&ali.id).unwrap().unwrap().name, "Ali Khan", "the newest wins");
    let conflicts = s.teacher.db.conflicts().unwrap();
    assert_eq!(conflicts.len(), 1);
    assert_eq!((conflicts[0].kept_value.as_str(), conflicts[0].other_value.as_str()), ("\"Ali Khan\"", "\"Ali Raza\""));
    let history = s.teacher.db.profile_history(&ali.id).unwrap();
    assert!(
        history.iter().any(|c| c.field == "name" && c.value.as_str() == Some("Ali Raza")),
        "the other value stays in history"
    );

    // The teacher's laptop gets the same winner on the learner's laptop.
    let back = s.teacher.export(Target::Class(s.class_id.clone()), Some(&s.nadia));
    s.learners[0].import(&back).unwrap();
    assert_eq!(s.learners[0].db.profile(&ali.id).unwrap().unwrap().name, "Ali Khan");
}

#[test]
fn an_erased_learner_stays_erased_when_older_bundles_arrive() {
    let mut s = school(&["ali-laptop"]);
    let ali = add_learner(&mut s.learners[0].db, "Ali");
    s.learners[0].db.record_attempt(&attempt(&ali.id, "sci-5-01", &[true])).unwrap();
    let old = s.learners[0].export(Target::Default, None);
    s.teacher.import(&old).unwrap();
    s.teacher.db.erase_learner_for(&s.nadia, &ali.id).unwrap();
    // The old bundle again: Ali's records stay out.
    s.teacher.import(&old).unwrap();
    assert!(s.teacher.db.profile(&ali.id).unwrap().is_none());
    assert!(s.teacher.db.attempts(Some(&ali.id), None).unwrap().is_empty());
    // The erasure reaches the laptop and removes Ali's records there too.
    let back = s.teacher.export(Target::Class(s.class_id.clone()), Some(&s.nadia));
    s.learners[0].import(&back).unwrap();
    assert!(s.learners[0].db.profile(&ali.id).unwrap().is_none());
    assert!(s.learners[0].db.attempts(Some(&ali.id), None).unwrap().is_empty());
}

/// Work on three learner laptops: attempts, reading, renaming the same shared learner.
#[derive(Debug, Clone)]
enum Step {
    Attempt(usize),
    Read(usize),
    Rename(usize, u8),
    Export(usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0..3usize).prop_map(Step::Attempt),
        (0..3usize).prop_map(Step::Read),
        (0..3usize, 0..4u8).prop_map(|(l, n)| Step::Rename(l, n)),
        (0..3usize).prop_map(Step::Export),
    ]
}

struct Template {
    school: School,
    shared: String,
}

fn template() -> &'static std::sync::Mutex<Template> {
    static TEMPLATE: std::sync::OnceLock<std::sync::Mutex<Template>> = std::sync::OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let mut s = school(&["one", "two", "three"]);
        let shared = add_learner(&mut s.teacher.db, "Sana");
        s.teacher.db.enrol(&s.nadia, &s.class_id, &shared.id, None).unwrap();
        for laptop in &mut s.learners {
            let bundle = s.teacher.export(Target::Class(s.class_id.clone()), Some(&s.nadia));
            laptop.import(&bundle).unwrap();
        }
        std::sync::Mutex::new(Template { school: s, shared: shared.id })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// Bundles made at random moments of random work on three laptops, imported into two
    /// copies of the teacher's laptop in two random orders, give the same database.
    #[test]
    fn bundles_in_any_order_give_the_same_state(
        steps in proptest::collection::vec(step(), 1..14),
        order in any::<u64>(),
    ) {
        let template = template().lock().unwrap();
        let mut laptops: Vec<Machine> = template.school.learners.iter().map(Machine::copy).collect();
        let mut bundles = Vec::new();
        for step in &steps {
            match *step {
                Step::Attempt(l) => {
                    laptops[l].db.record_attempt(&attempt(&template.shared, "sci-5-01", &[true, false])).unwrap();
                }
                Step::Read(l) => {
                    let event = ProgressEvent {
                        learner_id: template.shared.clone(),
                        lesson_id: "sci-5-03".into(),
                        section: "intro".into(),
                        locale: "ur".into(),
                        seconds: 30,
                    };
                    laptops[l].db.record_progress(&event).unwrap();
                }
                Step::Rename(l, n) => laptops[l].db.rename_profile(&template.shared, &format!("Sana {n}")).unwrap(),
                Step::Export(l) => bundles.push(laptops[l].export(Target::Default, None)),
            }
        }
        for laptop in &mut laptops {
            bundles.push(laptop.export(Target::Default, None));
        }
        let mut first = template.school.teacher.copy();
        let mut second = template.school.teacher.copy();
        for bundle in &bundles {
            first.import(bundle).unwrap();
        }
        let mut shuffled = bundles.clone();
        let mut state = order | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        for bundle in shuffled.iter().rev() {
            second.import(bundle).unwrap();
        }
        let leave_out = ["sync_imports", "sync_conflicts"];
        prop_assert_eq!(first.dump(&leave_out), second.dump(&leave_out));
    }
}
