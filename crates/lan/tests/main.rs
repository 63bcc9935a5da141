//! Sync over the network, on loopback: a real HTTP server on the teacher's laptop (its own
//! data folder), learner laptops as data folders of their own.

use std::net::SocketAddr;
use std::time::Duration;

use lan::{sync_with, Limit, Server};
use sync::fixtures::{add_learner, add_teacher, attempt, Machine};
use sync::Target;

fn loopback() -> SocketAddr {
    "127.0.0.1:0".parse().unwrap()
}

/// A teacher's laptop with a class and its code.
fn teacher() -> (Machine, learner::Teacher, String, String) {
    let mut teacher = Machine::new("teacher");
    let nadia = add_teacher(&mut teacher.db, "Nadia");
    let class_id = teacher.db.create_class(&nadia, "5 Blue").unwrap().id;
    let code = teacher.laptop().class_code(&nadia, &class_id).unwrap();
    (teacher, nadia, class_id, code)
}

/// The teacher's laptop serving on loopback (its own connection to the database).
fn serve(teacher: &Machine, nadia: &learner::Teacher, announce: bool) -> Server {
    let db = learner::LearnerDb::open_on(&teacher.dir.path().join(learner::FILE_NAME), Some(&teacher.name)).unwrap();
    Server::start(db, teacher.dir.path(), loopback(), nadia.clone(), announce).unwrap()
}

fn sync(laptop: &mut Machine, server: &Server, limit: Limit) -> Result<lan::LanSync, lan::LanError> {
    let dir = laptop.dir.path().to_owned();
    sync_with(&mut laptop.db, &dir, &server.addr().to_string(), limit, &|_, _| {})
}

#[test]
fn a_learner_laptop_joins_and_syncs_both_ways_over_the_network() {
    let (mut teacher, nadia, class_id, code) = teacher();
    let server = serve(&teacher, &nadia, false);

    let mut laptop = Machine::new("ali-laptop");
    laptop.laptop().join(&code).unwrap();
    let ali = add_learner(&mut laptop.db, "Ali");
    laptop.db.record_attempt(&attempt(&ali.id, "sci-5-01", &[true, true, false])).unwrap();
    let moved = std::cell::Cell::new((0, 0));
    let dir = laptop.dir.path().to_owned();
    let address = server.addr().to_string();
    let first =
        sync_with(&mut laptop.db, &dir, &address, Limit::default(), &|done, total| moved.set((done, total))).unwrap();
    let (done, total) = moved.get();
    assert!(done > 0 && done == total, "the progress reached the end: {done} of {total}");
    assert_eq!(first.sent.tables.get("attempts"), Some(&1), "{first:?}");
    assert!(first.received.joined, "the laptop recognised the teacher's by the code");
    assert_eq!(teacher.db.attempts(Some(&ali.id), None).unwrap().len(), 1, "the attempt reached the teacher");

    // The teacher enrols Ali and assigns a lesson; the next sync brings it.
    teacher.db.enrol(&nadia, &class_id, &ali.id, None).unwrap();
    let lesson = learner::NewAssignment {
        lesson_id: "sci-5-02".into(),
        part: learner::AssignPart::Quiz,
        group_id: None,
        learner_id: None,
        due: None,
        note: None,
    };
    teacher.db.assign(&nadia, &class_id, &lesson).unwrap();
    let second = sync(&mut laptop, &server, Limit::default()).unwrap();
    assert_eq!(second.received.tables.get("assignments"), Some(&1), "{second:?}");
    assert_eq!(laptop.db.assignments_for(&ali.id).unwrap().len(), 1);
    assert!(second.sent.tables.is_empty(), "nothing new went up: {second:?}");

    // Nothing listens once the server is stopped.
    let address = server.addr().to_string();
    drop(server);
    let dir = laptop.dir.path().to_owned();
    let gone = sync_with(&mut laptop.db, &dir, &address, Limit::default(), &|_, _| {}).unwrap_err();
    assert_eq!(gone.code().as_str(), "LAN_UNREACHABLE");
}

#[test]
fn an_unpaired_laptop_is_refused_by_the_server() {
    let (teacher, nadia, _, _) = teacher();
    let server = serve(&teacher, &nadia, false);
    let base = format!("http://{}/v1", server.addr());

    // A laptop that never joined will not talk to the server ...
    let mut stranger = Machine::new("stranger");
    add_learner(&mut stranger.db, "Someone");
    let refused = sync(&mut stranger, &server, Limit::default()).unwrap_err();
    assert_eq!(refused.code().as_str(), "SYNC_NOT_PAIRED");
    // ... one with a wrong code does not recognise it ...
    stranger.laptop().join("ZZZZZ-ZZZZZ").unwrap();
    assert_eq!(sync(&mut stranger, &server, Limit::default()).unwrap_err().code().as_str(), "SYNC_NOT_PAIRED");

    // ... and a bundle pushed to the server by hand from it is refused there.
    let hello: sync::Hello = ureq::get(&format!("{base}/hello")).call().unwrap().into_json().unwrap();
    let bundle = stranger.export(Target::Default, None);
    let sealed = sync::seal::seal(&hello.public_key, &std::fs::read(&bundle).unwrap()).unwrap();
    use sha2::Digest;
    let id: String = sha2::Sha256::digest(&sealed).iter().take(16).map(|b| format!("{b:02x}")).collect();
    ureq::put(&format!("{base}/upload/{id}")).set("X-Ustad-Offset", "0").send_bytes(&sealed).unwrap();
    let err = ureq::post(&format!("{base}/finish/{id}")).call().unwrap_err();
    let ureq::Error::Status(status, response) = err else { panic!("{err}") };
    let body: serde_json::Value = response.into_json().unwrap();
    assert_eq!((status, body["error"]["code"].as_str()), (403, Some("SYNC_NOT_PAIRED")));
    assert!(teacher.db.profiles(Some(learner::ProfileKind::Learner)).unwrap().is_empty(), "nothing imported");

    // What travels is unreadable to anyone but its receiver.
    let plain = std::fs::read(&bundle).unwrap();
    assert!(!sealed.windows(8).any(|w| plain.windows(8).take(2000).any(|p| p == w)), "no run of the bundle in clear");
    let other = tempfile::tempdir().unwrap();
    let key = sync::keys::DeviceKey::load_or_create(other.path(), "someone-else").unwrap();
    assert_eq!(sync::seal::open(&key, &sealed).unwrap_err().code().as_str(), "SYNC_BUNDLE_TAMPERED");
}

#[test]
fn a_transfer_cut_off_halfway_resumes_where_it_stopped() {
    let (mut teacher, nadia, class_id, code) = teacher();
    let server = serve(&teacher, &nadia, false);
    let mut laptop = Machine::new("ali-laptop");
    laptop.laptop().join(&code).unwrap();
    let ali = add_learner(&mut laptop.db, "Ali");
    for i in 0..400 {
        laptop.db.record_attempt(&attempt(&ali.id, &format!("lesson-{}", i % 24), &[true, false, true, true])).unwrap();
    }
    let cut = sync(&mut laptop, &server, Limit { upload: Some(256 << 10), download: None }).unwrap_err();
    assert_eq!(cut.code().as_str(), "LAN_INTERRUPTED");
    assert!(teacher.db.attempts(None, None).unwrap().is_empty(), "nothing imported from half an upload");
    let done = sync(&mut laptop, &server, Limit::default()).unwrap();
    assert_eq!(done.resumed_upload, 256 << 10, "the upload went on from where it stopped");
    assert_eq!(teacher.db.attempts(None, None).unwrap().len(), 400);

    // A download cut off: many learners enrolled make the answer large enough.
    for k in 0..30 {
        let learner = add_learner(&mut teacher.db, &format!("Learner {k}"));
        teacher.db.enrol(&nadia, &class_id, &learner.id, None).unwrap();
    }
    let cut = sync(&mut laptop, &server, Limit { upload: None, download: Some(4096) }).unwrap_err();
    assert_eq!(cut.code().as_str(), "LAN_INTERRUPTED");
    let done = sync(&mut laptop, &server, Limit::default()).unwrap();
    assert_eq!(done.resumed_download, 4096, "{done:?}");
    assert_eq!(done.received.tables.get("profiles"), Some(&30), "{done:?}");
}

#[test]
fn the_teacher_laptop_is_found_on_the_network() {
    let (teacher, nadia, _, _) = teacher();
    let server = serve(&teacher, &nadia, true);
    let school = teacher.db.setting("sync.school_id").unwrap().unwrap();
    let found = lan::discover(Some(&school), Duration::from_secs(4));
    assert!(found.iter().any(|f| f.address.ends_with(&format!(":{}", server.addr().port()))), "{found:?}");
    assert!(lan::discover(Some("another-school"), Duration::from_millis(500)).is_empty());
}
