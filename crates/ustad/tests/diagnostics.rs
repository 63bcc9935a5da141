//! Field support: every command leaves codes and timings in the log of the data folder, and
//! `ustad doctor --bundle` writes them for a support desk without what a child wrote.

use super::{json_error, pack, ustad};

#[test]
fn the_diagnostics_bundle_holds_codes_and_timings_not_what_children_wrote() {
    let data = tempfile::tempdir().unwrap();
    let env = [("USTAD_DATA_DIR", data.path().to_str().unwrap()), ("USTAD_PACK", pack().to_str().unwrap())];
    assert!(ustad(&["learner", "add", "Zarmeena"], None, &env).status.success());
    let asked = ustad(&["ask", "--json", "--learner", "Zarmeena", "what is a magnet, xyzzy"], None, &env);
    assert!(asked.status.success());
    let junk = data.path().join("junk.ustadpack");
    std::fs::write(&junk, b"not a pack at all").unwrap();
    let refused = ustad(&["pack", "install", junk.to_str().unwrap(), "--json"], None, &env);
    assert_eq!(json_error(&refused), "PACK_UNSIGNED");

    let file = data.path().join("diagnostics.json");
    // (The doctor exits 1 here: no model is installed.)
    ustad(&["doctor", "--bundle", file.to_str().unwrap()], None, &env);
    let text = std::fs::read_to_string(&file).unwrap();
    let bundle: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(bundle["format"], "ustad-diagnostics-1");
    assert!(bundle["doctor"]["checks"].as_array().is_some_and(|c| !c.is_empty()));
    let log = bundle["log"].as_str().unwrap();
    for expected in ["command=\"ask\"", "tutor answered mode=", "code=\"PACK_UNSIGNED\""] {
        assert!(log.contains(expected), "{expected} in {log}");
    }
    for private in ["Zarmeena", "xyzzy", "magnet"] {
        assert!(!text.contains(private), "{private} is in the bundle");
    }
    assert!(data.path().join("logs/ustad.log").is_file());
}
