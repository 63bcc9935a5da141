//! The Debian package as a school laptop gets it: `scripts/test.sh` builds it
//! (`scripts/build-deb.sh`), installs it with `apt-get install ./Ustad_*.deb` and runs this
//! test with `--ignored`, then removes it. The installed `ustad` finds its workers, their CPU
//! libraries and the default pack where the package put them, and the installed app opens its
//! window under Xvfb.

use std::path::Path;
use std::process::Command;

mod common;

use common::id;
use testkit::webdriver::{tauri_driver, Driver, Session, Xvfb};

const APP: &str = "/usr/bin/ustad-app";
const CLI: &str = "/usr/bin/ustad";

#[test]
#[ignore = "needs the .deb installed: scripts/test.sh builds, installs and removes it"]
fn the_installed_package_checks_out_and_opens_its_window() {
    assert!(Path::new(APP).is_file() && Path::new(CLI).is_file(), "the package is installed");
    let data = tempfile::tempdir().unwrap();
    let ustad = |args: &[&str]| {
        let out = Command::new(CLI).args(args).env("USTAD_DATA_DIR", data.path()).output().unwrap();
        (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let (ok, version) = ustad(&["--version"]);
    assert!(ok && version.starts_with("ustad "), "{version}");

    // The doctor: the signed default pack from /usr/share/ustad, both workers (and the speech
    // worker for CPUs without AVX2) from /usr/lib/ustad, each saying which CPU code it runs.
    // (It exits 1: no model is installed yet.)
    let (_, report) = ustad(&["doctor", "--json"]);
    let report: serde_json::Value = serde_json::from_str(&report).unwrap();
    let check = |name: &str| {
        let found = report["checks"].as_array().unwrap().iter().find(|c| c["name"] == name).cloned();
        found.unwrap_or_else(|| panic!("no check {name}: {report}"))
    };
    assert_eq!(check("pack")["ok"], true, "{report}");
    assert!(report["pack"]["path"].as_str().unwrap().starts_with("/usr/share/ustad/"), "{report}");
    for worker in ["ustad-llm-worker", "ustad-asr-worker"] {
        let found = check(worker);
        assert_eq!(found["ok"], true, "{found}");
        assert!(found["detail"].as_str().unwrap().starts_with("/usr/lib/ustad/"), "{found}");
    }
    for worker in ["tutor-cpu", "speech-cpu"] {
        let found = check(worker);
        assert_eq!(found["ok"], true, "{found}");
        assert!(found["detail"].as_str().unwrap().contains("tier"), "{found}");
    }
    let (ok, lessons) = ustad(&["lessons", "--json"]);
    assert!(ok && lessons.contains("sci5-magnets"), "{lessons}");

    // The installed app: its window comes up, in a fresh data folder.
    let xvfb = Xvfb::start(1024, 600);
    let driver = Driver::start(&tauri_driver(), &xvfb.display, &[("USTAD_DATA_DIR", data.path())]);
    let session = Session::new(&driver, Path::new(APP));
    // A new laptop asks for its language first, then shows who is learning.
    session.click(&id("lang-ur"));
    session.wait_for(&id("learners"));
    let shots = testkit::repo().join("target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    session.screenshot(&shots.join("installed-app.png")).unwrap();
}
