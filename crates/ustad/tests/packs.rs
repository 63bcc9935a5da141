//! Installing content packs: only signed ones, unchanged and not older; a newer pack that
//! removes lessons keeps them in the archive, with the work and assignments that name them.

use std::path::Path;

use super::{add_teacher, as_teacher, json, json_error, pack, repo, text, ustad};

#[test]
fn pack_install_makes_the_default_pack() {
    let data = tempfile::tempdir().unwrap();
    let data_dir = data.path().to_str().unwrap();
    // Only a signed pack installs (the repository's development key signs here).
    let signed = data.path().join("signed.ustadpack");
    std::fs::copy(pack(), &signed).unwrap();
    let signed = signed.to_str().unwrap();
    let unsigned = ustad(&["pack", "install", pack().to_str().unwrap(), "--data-dir", data_dir, "--json"], None, &[]);
    assert_eq!(json_error(&unsigned), "PACK_UNSIGNED");
    let dev_key = repo().join("keys/dev-root");
    assert!(ustad(&["pack", "sign", signed, "--key", dev_key.to_str().unwrap()], None, &[]).status.success());
    let out = ustad(&["pack", "install", signed, "--data-dir", data_dir], None, &[]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(data.path().join("packs/default.ustadpack").is_file());
    let hits = json(&ustad(&["search", "--json", "echo"], None, &[("USTAD_DATA_DIR", data_dir)]));
    assert_eq!(hits[0]["lesson_id"], "sci5-sound");
    let verify = json(&ustad(&["pack", "verify", "--json", "--data-dir", data_dir], None, &[]));
    assert_eq!(verify["ok"], true);
}

#[test]
fn packs_install_only_signed_by_a_trusted_key_unchanged_and_not_older() {
    let work = tempfile::tempdir().unwrap();
    let data_dir = work.path().join("data");
    let data = data_dir.to_str().unwrap();
    let path = |name: &str| work.path().join(name).to_str().unwrap().to_owned();
    let dev_key = repo().join("keys/dev-root");
    let dev_key = dev_key.to_str().unwrap();
    let install =
        |file: &str| ustad(&["pack", "install", file, "--data-dir", data, "--json", "--locale", "ur"], None, &[]);

    // The ministry's root (here the development key) names a signing key in a root document.
    assert!(ustad(&["keys", "generate", "--out", &path("signing-2026")], None, &[]).status.success());
    let root_doc = json(&ustad(
        &[
            "keys",
            "root",
            "--root",
            dev_key,
            "--version",
            "1",
            "--signing",
            &path("signing-2026.pub"),
            "--out",
            &path("root.json"),
            "--json",
        ],
        None,
        &[],
    ));
    assert_eq!(root_doc["signed"]["version"], 1);
    std::fs::copy(pack(), path("v1.ustadpack")).unwrap();
    let signed = ustad(
        &["pack", "sign", &path("v1.ustadpack"), "--key", &path("signing-2026"), "--root", &path("root.json")],
        None,
        &[],
    );
    assert!(signed.status.success(), "{}", text(&signed));
    let installed = json(&install(&path("v1.ustadpack")));
    assert_eq!(installed["version"], "1.0.0");

    // A byte changed: refused, in Urdu, and the installed pack is untouched.
    let mut bytes = std::fs::read(path("v1.ustadpack")).unwrap();
    let middle = bytes.len() / 3;
    bytes[middle] ^= 0x40;
    std::fs::write(path("changed.ustadpack"), &bytes).unwrap();
    let refused = install(&path("changed.ustadpack"));
    assert_eq!(json_error(&refused), "PACK_SIGNATURE_INVALID");
    assert!(
        String::from_utf8_lossy(&refused.stdout).chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{}",
        text(&refused)
    );
    // Cut short, and signed by a stranger's key.
    std::fs::write(path("cut.ustadpack"), &bytes[..bytes.len() / 2]).unwrap();
    assert_eq!(json_error(&install(&path("cut.ustadpack"))), "PACK_UNSIGNED");
    assert!(ustad(&["keys", "generate", "--out", &path("stranger")], None, &[]).status.success());
    std::fs::copy(pack(), path("foreign.ustadpack")).unwrap();
    assert!(ustad(&["pack", "sign", &path("foreign.ustadpack"), "--key", &path("stranger")], None, &[])
        .status
        .success());
    assert_eq!(json_error(&install(&path("foreign.ustadpack"))), "PACK_KEY_UNTRUSTED");

    // An older version of the same pack is refused (rollback).
    let old_source = work.path().join("curriculum");
    copy_tree(&repo().join("curriculum"), &old_source);
    let manifest = std::fs::read_to_string(old_source.join("pack.toml"))
        .unwrap()
        .replace("version = \"1.0.0\"", "version = \"0.9.0\"");
    std::fs::write(old_source.join("pack.toml"), manifest).unwrap();
    assert!(ustad(&["pack", "build", old_source.to_str().unwrap(), "-o", &path("old.ustadpack")], None, &[])
        .status
        .success());
    assert!(ustad(&["pack", "sign", &path("old.ustadpack"), "--key", dev_key], None, &[]).status.success());
    assert_eq!(json_error(&install(&path("old.ustadpack"))), "PACK_ROLLBACK");
    let info = json(&ustad(&["pack", "info", "--json", "--data-dir", data], None, &[]));
    assert_eq!(info["version"], "1.0.0", "the installed pack is still the newer one");
    let left: Vec<_> = std::fs::read_dir(data_dir.join("packs")).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(left.len(), 1, "no copy left behind: {left:?}");
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The repository's curriculum built as pack `version` without the lessons in `without`, and
/// signed with the development key.
pub(super) fn signed_pack(work: &Path, version: &str, without: &[&str]) -> String {
    let source = work.join(format!("curriculum-{version}"));
    copy_tree(&repo().join("curriculum"), &source);
    for lesson in without {
        std::fs::remove_dir_all(source.join(lesson)).unwrap();
    }
    let manifest = std::fs::read_to_string(source.join("pack.toml"))
        .unwrap()
        .replace("version = \"1.0.0\"", &format!("version = \"{version}\""));
    std::fs::write(source.join("pack.toml"), manifest).unwrap();
    let file = work.join(format!("{version}.ustadpack")).to_str().unwrap().to_owned();
    let built = ustad(&["pack", "build", source.to_str().unwrap(), "-o", &file], None, &[]);
    assert!(built.status.success(), "{}", text(&built));
    let dev_key = repo().join("keys/dev-root");
    assert!(ustad(&["pack", "sign", &file, "--key", dev_key.to_str().unwrap()], None, &[]).status.success());
    file
}

#[test]
fn a_newer_pack_archives_the_lessons_it_removes_with_their_work_and_assignments() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let env = [("USTAD_DATA_DIR", data.to_str().unwrap())];
    let install = |file: &str| json(&ustad(&["pack", "install", file, "--json"], None, &env));
    let v1 = install(&signed_pack(work.path(), "1.0.0", &[]));
    assert_eq!(v1["archived"].as_array().map(Vec::len), Some(0));

    // Ali is assigned the sound lesson and takes its quiz.
    add_teacher(&env);
    assert!(ustad(&["learner", "add", "Ali"], None, &env).status.success());
    assert!(as_teacher(&["class", "create", "5 Blue"], "", &env).status.success());
    assert!(as_teacher(&["class", "enrol", "5 Blue", "Ali"], "", &env).status.success());
    assert!(as_teacher(&["assign", "sci5-sound", "--class", "5 Blue", "--part", "quiz"], "", &env).status.success());
    let lesson = json(&ustad(&["lesson", "show", "sci5-sound", "--json"], None, &env));
    let answers = super::right_answers(lesson["quiz"].as_array().unwrap());
    let quiz = ustad(&["quiz", "take", "sci5-sound", "--learner", "Ali"], Some(&answers), &env);
    assert!(quiz.status.success(), "{}", text(&quiz));

    // Version 1.1.0 no longer has it: installed, and the lesson is archived, not deleted.
    let v2 = install(&signed_pack(work.path(), "1.1.0", &["sci5-sound"]));
    assert_eq!((v2["version"].as_str(), v2["replaced"].as_str()), (Some("1.1.0"), Some("1.0.0")));
    assert_eq!(v2["archived"], serde_json::json!(["sci5-sound"]));
    let listed = json(&ustad(&["lessons", "--json"], None, &env));
    let ids: Vec<&str> = listed.as_array().unwrap().iter().filter_map(|l| l["id"].as_str()).collect();
    assert_eq!(ids.len(), 23, "the lesson list is the new pack's");
    assert!(!ids.contains(&"sci5-sound"));
    let search = json(&ustad(&["search", "echo", "--json"], None, &env));
    assert!(search.as_array().unwrap().iter().all(|hit| hit["lesson_id"] != "sci5-sound"), "{search}");
    // Still readable by id, for the child who was assigned it.
    let archived = json(&ustad(&["lesson", "show", "sci5-sound", "--json"], None, &env));
    assert_eq!(archived["id"], "sci5-sound");

    // The teacher's report keeps the assignment, says it is archived, and keeps Ali's score.
    let report = json(&as_teacher(&["report", "class", "5 Blue", "--json"], "", &env));
    let assignment = &report["assignments"][0];
    assert_eq!((assignment["lesson_id"].as_str(), assignment["archived"].as_bool()), (Some("sci5-sound"), Some(true)));
    assert_eq!(assignment["lesson_title"], "Sound and Echoes", "the title comes from the archived pack");
    assert_eq!(assignment["done"], 1);
    assert_eq!(report["heatmap"][0][0], 100);
    let learner = json(&as_teacher(&["report", "learner", "Ali", "--json"], "", &env));
    let line = &learner["lessons"][0];
    assert_eq!(
        (line["lesson_id"].as_str(), line["archived"].as_bool(), line["best"].as_u64()),
        (Some("sci5-sound"), Some(true), Some(100))
    );
    let printed = text(&as_teacher(&["report", "class", "5 Blue", "--locale", "ur"], "", &env));
    assert!(printed.contains("[پرانا سبق]"), "{printed}");
    // New work is assigned only from the current lessons.
    let refused = as_teacher(&["assign", "sci5-sound", "--class", "5 Blue", "--json"], "", &env);
    assert_eq!(json_error(&refused), "LESSON_NOT_FOUND");

    // A later pack that has the lesson again empties the archive.
    let v3 = install(&signed_pack(work.path(), "1.2.0", &[]));
    assert_eq!(v3["archived"].as_array().map(Vec::len), Some(0));
    let left: Vec<_> =
        std::fs::read_dir(data.join("packs/archive")).unwrap().flatten().map(|e| e.file_name()).collect();
    assert!(left.is_empty(), "{left:?}");
    let report = json(&as_teacher(&["report", "class", "5 Blue", "--json"], "", &env));
    assert_eq!(report["assignments"][0]["archived"], false);
}

#[test]
fn a_signed_model_pack_installs_from_a_usb_stick_and_a_changed_one_is_refused() {
    let work = tempfile::tempdir().unwrap();
    // The ministry's machine has the default models; it writes them into one signed file.
    let ministry = work.path().join("ministry-models");
    testkit::install_default_models(&ministry);
    let usb = work.path().join("usb");
    std::fs::create_dir_all(&usb).unwrap();
    let file = usb.join("models-2026.ustadmodels");
    let file = file.to_str().unwrap();
    let dev_key = repo().join("keys/dev-root");
    let packed = json(&ustad(
        &[
            "models",
            "pack",
            "smollm2-135m-instruct-q4_1",
            "whisper-base",
            "--out",
            file,
            "--key",
            dev_key.to_str().unwrap(),
            "--version",
            "2026.1",
            "--json",
        ],
        None,
        &[("USTAD_MODELS_DIR", ministry.to_str().unwrap())],
    ));
    assert_eq!(packed["models"], serde_json::json!(["smollm2-135m-instruct-q4_1", "whisper-base"]));

    // A school laptop installs it: both models in place and verified.
    let laptop = work.path().join("laptop");
    let env = [("USTAD_DATA_DIR", laptop.to_str().unwrap())];
    let installed = json(&ustad(&["models", "install", file, "--json"], None, &env));
    assert_eq!(installed["version"], "2026.1");
    assert_eq!(installed["models"].as_array().map(Vec::len), Some(2));
    let verified = json(&ustad(&["models", "verify", "--json"], None, &env));
    let ok: Vec<&str> =
        verified.as_array().unwrap().iter().filter(|m| m["state"] == "ok").filter_map(|m| m["id"].as_str()).collect();
    assert_eq!(ok, ["smollm2-135m-instruct-q4_1", "whisper-base"], "{verified}");

    // An update from the stick shows them as already here.
    let plan = json(&ustad(&["update", usb.to_str().unwrap(), "--json"], None, &env));
    assert_eq!(plan["models"][0]["change"], "same", "{plan}");
    assert!(plan["models"][0]["models"].as_array().unwrap().iter().all(|m| m["installed"] == true));

    // One byte changed on the stick: refused in the laptop's language, and no model is installed.
    let mut bytes = std::fs::read(file).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x20;
    let changed = usb.join("changed.ustadmodels");
    std::fs::write(&changed, bytes).unwrap();
    let other = work.path().join("other-laptop");
    let env = [("USTAD_DATA_DIR", other.to_str().unwrap())];
    // Another laptop's update sees the whole pack as new, and the changed one as refused.
    let plan = json(&ustad(&["update", usb.to_str().unwrap(), "--json"], None, &env));
    let models = plan["models"].as_array().unwrap();
    let of = |end: &str| models.iter().find(|m| m["path"].as_str().unwrap().ends_with(end)).unwrap();
    assert_eq!(of("models-2026.ustadmodels")["change"], "new", "{plan}");
    assert_eq!(of("models-2026.ustadmodels")["models"][0]["installed"], false);
    assert_eq!(of("changed.ustadmodels")["refused"]["code"], "PACK_SIGNATURE_INVALID", "{plan}");
    let refused = ustad(&["models", "install", changed.to_str().unwrap(), "--json", "--locale", "ur"], None, &env);
    assert_eq!(json_error(&refused), "PACK_SIGNATURE_INVALID");
    assert!(String::from_utf8_lossy(&refused.stdout).contains("دستخط"), "{}", text(&refused));
    let listed = json(&ustad(&["models", "list", "--json"], None, &env));
    assert!(listed.as_array().unwrap().iter().all(|m| m["installed"] == false), "{listed}");
    let left: Vec<_> = std::fs::read_dir(other.join("models")).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(left, ["catalog.d"], "no partial file is left: {left:?}");
}
