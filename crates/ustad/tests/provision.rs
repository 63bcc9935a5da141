//! A signed provisioning file sets up a school laptop in one step (school, language, teachers,
//! classes, packs), once; a changed, unsigned or wrong file is refused, naming the line.

use std::path::Path;

use super::{json, json_error, repo, text, ustad};

const PASSWORD: &str = "blackboard-2026";

/// Writes `toml` to `usb/name` and signs it with the development key.
fn signed_file(usb: &Path, name: &str, toml: &str) -> String {
    let file = usb.join(name);
    std::fs::write(&file, toml).unwrap();
    let file = file.to_str().unwrap().to_owned();
    let key = repo().join("keys/dev-root");
    let signed = ustad(&["keys", "sign", &file, "--key", key.to_str().unwrap()], None, &[]);
    assert!(signed.status.success(), "{}", text(&signed));
    file
}

#[test]
fn a_signed_provisioning_file_sets_up_a_laptop_once() {
    let work = tempfile::tempdir().unwrap();
    let usb = work.path().join("usb");
    std::fs::create_dir_all(&usb).unwrap();
    let lessons = super::packs::signed_pack(work.path(), "1.0.0", &[]);
    std::fs::copy(&lessons, usb.join("lessons-2026.ustadpack")).unwrap();
    // The district office hashes the teacher's password: the file never holds it.
    let hashed = json(&ustad(&["keys", "hash-password", "--json"], Some(&format!("{PASSWORD}\n")), &[]));
    let hash = hashed["password_hash"].as_str().unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    let toml = format!(
        r#"id = "punjab-2026-gps12"
school = "Government Primary School No. 12"
district = "Lahore"
language = "ur"
packs = ["lessons-2026.ustadpack"]

[[teacher]]
name = "Nadia"
password_hash = "{hash}"

[[class]]
name = "5 Blue"
teacher = "Nadia"
tutor = "hints"
daily_limit = 10
groups = ["Readers"]
"#
    );
    let file = signed_file(&usb, "school.ustadprovision", &toml);
    let data = work.path().join("laptop");
    let env = [("USTAD_DATA_DIR", data.to_str().unwrap())];

    let done = json(&ustad(&["provision", &file, "--json"], None, &env));
    assert_eq!(done["applied"], true, "{done}");
    assert_eq!(done["teachers_added"], serde_json::json!(["Nadia"]));
    assert_eq!(done["classes_added"], serde_json::json!(["5 Blue"]));
    assert_eq!(done["packs"], serde_json::json!(["lessons-2026.ustadpack"]));
    // The pack is installed, the teacher signs in with her password, the class is as written.
    let info = json(&ustad(&["pack", "info", "--json"], None, &env));
    assert_eq!(info["version"], "1.0.0");
    let class = json(&ustad(
        &["class", "show", "5 Blue", "--json", "--teacher", "Nadia", "--password-stdin"],
        Some(&format!("{PASSWORD}\n")),
        &env,
    ));
    assert_eq!(
        (class["class"]["tutor_mode"].as_str(), class["class"]["daily_limit"].as_u64()),
        (Some("hints"), Some(10))
    );
    assert_eq!(class["groups"][0]["name"], "Readers");
    let db = learner::LearnerDb::open_in(&data).unwrap();
    assert_eq!(db.setting("locale").unwrap().as_deref(), Some("ur"));
    assert_eq!(db.setting("school_name").unwrap().as_deref(), Some("Government Primary School No. 12"));
    drop(db);
    // (The doctor exits 1 here: the models are not installed.)
    let doctor: serde_json::Value = serde_json::from_slice(&ustad(&["doctor", "--json"], None, &env).stdout).unwrap();
    let provisioned = doctor["checks"].as_array().unwrap().iter().find(|c| c["name"] == "provisioned").cloned();
    let detail = provisioned.map(|c| c["detail"].as_str().unwrap_or_default().to_owned()).unwrap_or_default();
    assert_eq!(detail, "Government Primary School No. 12, Lahore (punjab-2026-gps12)");

    // Applied again: nothing changes.
    let again = json(&ustad(&["provision", &file, "--json"], None, &env));
    assert_eq!(again["applied"], false);
    let teachers = json(&ustad(&["teacher", "list", "--json"], None, &env));
    assert_eq!(teachers.as_array().map(Vec::len), Some(1), "{teachers}");

    // A changed byte, and no signature: refused, nothing applied.
    let mut changed = std::fs::read(&file).unwrap();
    changed[20] ^= 0x01;
    std::fs::write(usb.join("changed.ustadprovision"), changed).unwrap();
    let other = work.path().join("other");
    let other_env = [("USTAD_DATA_DIR", other.to_str().unwrap())];
    let refused =
        ustad(&["provision", usb.join("changed.ustadprovision").to_str().unwrap(), "--json"], None, &other_env);
    assert_eq!(json_error(&refused), "PACK_SIGNATURE_INVALID");
    let plain = usb.join("plain.ustadprovision");
    std::fs::write(&plain, &toml).unwrap();
    assert_eq!(
        json_error(&ustad(&["provision", plain.to_str().unwrap(), "--json"], None, &other_env)),
        "PACK_UNSIGNED"
    );
    assert!(!other.join("packs/default.ustadpack").exists());

    // Signed but wrong: the error names the line.
    let wrong_language = toml.replace("language = \"ur\"", "language = \"xx\"");
    let file = signed_file(&usb, "language.ustadprovision", &wrong_language);
    let refused = ustad(&["provision", &file, "--json"], None, &other_env);
    assert_eq!(json_error(&refused), "PROVISION_INVALID");
    assert!(text(&refused).contains("line 4"), "{}", text(&refused));
    let plain_password = toml.replace(hash, "blackboard-2026");
    let file = signed_file(&usb, "password.ustadprovision", &plain_password);
    let refused = ustad(&["provision", &file, "--json"], None, &other_env);
    assert_eq!(json_error(&refused), "PROVISION_INVALID");
    assert!(text(&refused).contains("line 9"), "{}", text(&refused));
    let missing_pack = toml.replace("lessons-2026.ustadpack", "../lessons.ustadpack");
    let file = signed_file(&usb, "pack.ustadprovision", &missing_pack);
    let refused = ustad(&["provision", &file, "--json"], None, &other_env);
    assert_eq!(json_error(&refused), "PROVISION_INVALID");
    assert!(text(&refused).contains("line 5"), "{}", text(&refused));
    let unknown_teacher = toml.replace("teacher = \"Nadia\"", "teacher = \"Bilal\"");
    let file = signed_file(&usb, "teacher.ustadprovision", &unknown_teacher);
    let refused = ustad(&["provision", &file, "--json", "--locale", "ur"], None, &other_env);
    assert_eq!(json_error(&refused), "PROVISION_INVALID");
    assert!(text(&refused).contains("سطر 13"), "in Urdu, naming the line: {}", text(&refused));
    assert!(!other.join("packs/default.ustadpack").exists(), "nothing of a refused file is applied");
}
