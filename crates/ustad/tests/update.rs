//! Update from USB: what the packs and installers on a stick would change, each checked
//! before it is shown, and `--apply` installing only what is new or newer.

use super::packs::signed_pack;
use super::{json, pack, repo, text, ustad};

#[test]
fn an_update_from_usb_shows_what_would_change_then_installs_the_newest_pack() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("laptop");
    let env = [("USTAD_DATA_DIR", data.to_str().unwrap())];
    let installed = json(&ustad(&["pack", "install", &signed_pack(work.path(), "1.0.0", &[]), "--json"], None, &env));
    assert_eq!(installed["version"], "1.0.0");

    // The district's stick: two newer packs, an older one, an unsigned and a changed one, a
    // signed installer of a newer Ustad, an unsigned one, and someone else's package.
    let usb = work.path().join("usb");
    std::fs::create_dir_all(usb.join("ustad")).unwrap();
    let put = |file: &str, name: &str| std::fs::copy(file, usb.join(name)).unwrap();
    put(&signed_pack(work.path(), "1.1.0", &["sci5-sound"]), "lessons-1.1.0.ustadpack");
    put(&signed_pack(work.path(), "1.2.0", &["sci5-sound", "sci5-magnets"]), "lessons-1.2.0.ustadpack");
    put(&signed_pack(work.path(), "0.9.0", &[]), "lessons-0.9.0.ustadpack");
    put(pack().to_str().unwrap(), "unsigned.ustadpack");
    let mut bytes = std::fs::read(usb.join("lessons-1.1.0.ustadpack")).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x20;
    std::fs::write(usb.join("ustad/changed.ustadpack"), bytes).unwrap();
    let installer: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(usb.join("ustad_9.9.0_amd64.deb"), &installer).unwrap();
    std::fs::write(usb.join("ustad_9.9.1_amd64.deb"), &installer).unwrap();
    std::fs::write(usb.join("firefox_120.0_amd64.deb"), &installer).unwrap();
    let dev_key = repo().join("keys/dev-root");
    let deb = usb.join("ustad_9.9.0_amd64.deb");
    let signed =
        ustad(&["keys", "sign", deb.to_str().unwrap(), "--key", dev_key.to_str().unwrap(), "--detached"], None, &[]);
    assert!(signed.status.success(), "{}", text(&signed));
    assert_eq!(std::fs::read(&deb).unwrap(), installer, "the installer itself is not changed");

    let usb_arg = usb.to_str().unwrap();
    let plan = json(&ustad(&["update", usb_arg, "--json"], None, &env));
    let packs = plan["packs"].as_array().unwrap();
    let offer = |end: &str| {
        packs.iter().find(|p| p["path"].as_str().unwrap().ends_with(end)).unwrap_or_else(|| panic!("{end}: {plan}"))
    };
    assert_eq!(offer("1.2.0.ustadpack")["change"], "newer");
    assert_eq!(offer("1.2.0.ustadpack")["installed"], "1.0.0");
    let removed: Vec<&str> =
        offer("1.2.0.ustadpack")["diff"]["removed"].as_array().unwrap().iter().filter_map(|t| t.as_str()).collect();
    assert_eq!(removed, ["Sound and Echoes", "Magnets"], "in the pack's order: {plan}");
    assert_eq!(offer("1.1.0.ustadpack")["change"], "superseded");
    assert_eq!(offer("0.9.0.ustadpack")["change"], "older");
    assert_eq!(offer("unsigned.ustadpack")["refused"]["code"], "PACK_UNSIGNED");
    assert_eq!(offer("changed.ustadpack")["refused"]["code"], "PACK_SIGNATURE_INVALID");
    let installers = plan["installers"].as_array().unwrap();
    assert_eq!(installers.len(), 2, "only Ustad's installers: {plan}");
    assert_eq!(installers[0]["version"], "9.9.0");
    assert_eq!(installers[0]["change"], "newer");
    assert_eq!(installers[1]["refused"]["code"], "PACK_UNSIGNED");
    // Looking changed nothing, and left no copy behind.
    let packs_dir: Vec<_> = std::fs::read_dir(data.join("packs")).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(packs_dir, ["default.ustadpack"], "{packs_dir:?}");

    // In the teacher's language, with how to install the newer Ustad.
    let urdu = ustad(&["update", usb_arg, "--locale", "ur"], None, &env);
    let said = text(&urdu);
    assert!(urdu.status.success() && said.contains("نیا ورژن") && said.contains("sudo apt install"), "{said}");

    // Applied: only the newest pack; its removed lessons are archived.
    let applied = json(&ustad(&["update", usb_arg, "--apply", "--json"], None, &env));
    let installed = applied["applied"]["packs"].as_array().unwrap();
    assert_eq!(installed.len(), 1, "{applied}");
    assert_eq!(installed[0]["version"], "1.2.0");
    assert_eq!(installed[0]["archived"], serde_json::json!(["sci5-magnets", "sci5-sound"]));
    let again = json(&ustad(&["update", usb_arg, "--json"], None, &env));
    let newest = again["packs"].as_array().unwrap().iter().find(|p| p["version"] == "1.2.0").unwrap().clone();
    assert_eq!(newest["change"], "same", "{again}");
    assert_eq!(again["packs"].as_array().unwrap().iter().filter(|p| p["change"] == "older").count(), 2);

    // An empty stick says so.
    let empty = work.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let nothing = ustad(&["update", empty.to_str().unwrap()], None, &env);
    assert!(text(&nothing).contains("Nothing to update"), "{}", text(&nothing));
}
