//! Integration tests of reading curriculum sources: the shipped curriculum is complete and
//! clean, the content hash is stable, and every kind of broken source is reported with its
//! file, line and what is wrong.

use std::fs;
use std::path::{Path, PathBuf};

use curriculum::{read_curriculum, ReadError, Severity};

fn repo_curriculum() -> PathBuf {
    Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo")).join("../../curriculum")
}

/// The lesson ids of `shared/curriculum-outline.md`, which the default pack must contain.
const OUTLINE_IDS: [&str; 24] = [
    "sci5-living-things",
    "sci5-microorganisms",
    "sci5-photosynthesis",
    "sci5-digestion",
    "sci5-balanced-diet",
    "sci5-food-chains",
    "sci5-states-of-matter",
    "sci5-simple-machines",
    "sci5-light",
    "sci5-sound",
    "sci5-electric-circuits",
    "sci5-magnets",
    "sci5-solar-system",
    "sci5-water-cycle",
    "sci5-pollution",
    "math5-place-value",
    "math5-hcf-lcm",
    "math5-fractions",
    "math5-decimals-percentages",
    "math5-perimeter-area",
    "math5-angles-triangles",
    "math5-data-handling",
    "math5-unitary-method",
    "math5-speed-time-distance",
];

#[test]
fn shipped_curriculum_is_complete_and_clean() {
    let (curriculum, diags) = read_curriculum(&repo_curriculum()).expect("the shipped curriculum reads");
    let warnings: Vec<String> = diags.warnings().map(ToString::to_string).collect();
    assert!(warnings.is_empty(), "warnings:\n{}", warnings.join("\n"));
    let ids: Vec<&str> = curriculum.lessons.iter().map(|l| l.id.as_str()).collect();
    for id in OUTLINE_IDS {
        assert!(ids.contains(&id), "missing lesson {id}");
    }
    assert_eq!(curriculum.lessons.len(), OUTLINE_IDS.len());
    let full_locales = curriculum.lessons.iter().filter(|l| l.locales().len() == 5).count();
    assert!(full_locales >= 4, "only {full_locales} lessons carry ps, sd and pa-Arab");
    for lesson in &curriculum.lessons {
        assert!(lesson.quiz.len() >= 5, "{}: quiz too short", lesson.id);
        // What the text states, for the tutor's why/who/when/where/how-many questions.
        assert!(lesson.explains.len() >= 10, "{}: only {} explains entries", lesson.id, lesson.explains.len());
        for entry in &lesson.glossary {
            assert!(entry.term.contains_key("ur"), "{}: glossary without Urdu", lesson.id);
        }
        if lesson.locales().len() == 5 {
            assert!(lesson
                .glossary
                .iter()
                .all(|e| e.term.contains_key("ps") && e.term.contains_key("sd") && e.term.contains_key("pa-Arab")));
        }
    }
}

#[test]
fn content_hash_is_stable_and_follows_the_sources() {
    let (first, _) = read_curriculum(&repo_curriculum()).unwrap();
    let (second, _) = read_curriculum(&repo_curriculum()).unwrap();
    assert_eq!(first.content_hash, second.content_hash);
    let dir = copy_minimal(&["sci5-magnets"]);
    let (before, _) = read_curriculum(dir.path()).unwrap();
    let en = dir.path().join("sci5-magnets/en.md");
    fs::write(&en, fs::read_to_string(&en).unwrap().replacen("magnet", "Magnet", 1)).unwrap();
    let (after, _) = read_curriculum(dir.path()).unwrap();
    assert_ne!(before.content_hash, after.content_hash);
}

/// A temporary curriculum holding `pack.toml` and copies of the named lessons.
fn copy_minimal(lessons: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(repo_curriculum().join("pack.toml"), dir.path().join("pack.toml")).unwrap();
    for id in lessons {
        let target = dir.path().join(id);
        fs::create_dir(&target).unwrap();
        for entry in fs::read_dir(repo_curriculum().join(id)).unwrap() {
            let path = entry.unwrap().path();
            fs::copy(&path, target.join(path.file_name().unwrap())).unwrap();
        }
    }
    dir
}

/// Replaces the first `find` in `file` by `replace` and returns the line it was on.
fn mutate(root: &Path, file: &str, find: &str, replace: &str) -> usize {
    let path = root.join(file);
    let text = fs::read_to_string(&path).unwrap();
    let offset = text.find(find).unwrap_or_else(|| panic!("`{find}` not in {file}"));
    fs::write(&path, format!("{}{}{}", &text[..offset], replace, &text[offset + find.len()..])).unwrap();
    text[..offset].matches('\n').count() + 1
}

/// Breaks one thing and checks that the read fails with `file:line: error: <message>`.
fn assert_broken(file: &str, find: &str, replace: &str, message: &str, line: Option<usize>) {
    let dir = copy_minimal(&["sci5-magnets"]);
    let mutated_line = mutate(dir.path(), file, find, replace);
    let expected_line = line.unwrap_or(mutated_line);
    let Err(ReadError::Invalid(diags)) = read_curriculum(dir.path()) else {
        panic!("breaking {file} with `{replace}` was not reported")
    };
    let found = diags.errors().any(|d| {
        d.severity == Severity::Error
            && d.file.ends_with(file)
            && d.line == expected_line
            && d.message.contains(message)
    });
    assert!(found, "expected {file}:{expected_line}: error: …{message}…, got:\n{diags}");
}

/// The line of the shipped lesson file on which `text` first appears.
fn line_in(file: &str, text: &str) -> usize {
    let source = fs::read_to_string(repo_curriculum().join(file)).unwrap();
    source[..source.find(text).unwrap()].matches('\n').count() + 1
}

#[test]
fn broken_sources_name_file_line_and_problem() {
    let toml = "sci5-magnets/lesson.toml";
    assert_broken(
        toml,
        "id = \"sci5-magnets\"",
        "id = \"sci5-magnet\"",
        "differs from the folder name `sci5-magnets`",
        None,
    );
    assert_broken(toml, "subject = \"science\"", "subject = \"art\"", "subject `art` is not", None);
    assert_broken(toml, "grade = 5", "grade = \"five\"", "invalid type", None);
    assert_broken(toml, "type = \"choice\"", "type = \"essay\"", "type `essay` is not", None);
    assert_broken(toml, "answer = \"", "answer = \"z", "is not the letter of one of its", None);
    assert_broken(toml, "type = \"true-false\"", "bogus = 1\ntype = \"true-false\"", "unknown field `bogus`", None);
    assert_broken(toml, "[[quiz]]\nid = \"q2\"", "[[quiz]]\nid = \"q1\"", "quiz question id `q1` is used twice", None);
    let keywords_line = line_in(toml, "[keywords]");
    assert_broken(toml, "ur = [", "urdu = [", "`keywords` has no `ur` text", Some(keywords_line));
    assert_broken("sci5-magnets/ur.md", "مقناطیس", "مقناطيس", "Arabic letter ي (U+064A)", None);
    // Urdu letters left in Sindhi or Pashto text, English left in a translation.
    assert_broken("sci5-magnets/sd.md", "قطب", "ٹ قطب", "Urdu letter ٹ (U+0679) in Sindhi text; write ٽ", None);
    let entry = line_in(toml, "ps = \"قطب\"") - 1; // errors in a table name its first line
    assert_broken(
        toml,
        "ps = \"قطب\"",
        "ps = \"قطبہ\"",
        "`glossary term.ps`: Urdu letter ہ (U+06C1) in Pashto",
        Some(entry),
    );
    assert_broken("sci5-magnets/ps.md", "# مقناطيس", "# Magnets", "Pashto text in Latin letters", None);
    assert_broken("sci5-magnets/en.md", "{#objectives}", "", "needs an id", None);
    assert_broken("sci5-magnets/en.md", "# ", "", "the first line must be the lesson title", Some(1));
    assert_broken(
        "sci5-magnets/ur.md",
        "{#objectives}",
        "{#objectives}\n- extra objective\n## Extra {#extra}\nText.",
        "section 1 should be",
        Some(line_in("sci5-magnets/ur.md", "{#objectives}") + 2),
    );
    assert_broken("sci5-magnets/en.md", "{#objectives}", "{#Objectives!}", "may only use a-z, 0-9 and `-`", None);
    assert_broken(toml, "kind = \"why\"", "kind = \"because\"", "unknown variant `because`", None);
    let section = line_in(toml, "section = \"what-is-a-magnet\"");
    assert_broken(
        toml,
        "section = \"what-is-a-magnet\"",
        "section = \"nowhere\"",
        "`explains` names section `nowhere`, which en.md does not have",
        Some(section - 2),
    );
}

#[test]
fn glossary_line_points_at_the_entry() {
    let dir = copy_minimal(&["sci5-magnets"]);
    let line = mutate(
        dir.path(),
        "sci5-magnets/lesson.toml",
        "[[glossary]]",
        "[[glossary]]\nterm = { en = \"x\" }\ndefinition = { en = \"y\", ur = \"ی\" }\n[[glossary]]",
    );
    let Err(ReadError::Invalid(diags)) = read_curriculum(dir.path()) else { panic!("not reported") };
    assert!(
        diags.errors().any(|d| d.line == line && d.message.contains("`glossary term` has no `ur` text")),
        "{diags}"
    );
}

#[test]
fn unknown_locale_files_and_missing_files_are_errors() {
    let dir = copy_minimal(&["sci5-magnets"]);
    fs::write(dir.path().join("sci5-magnets/fr.md"), "# Aimants\n").unwrap();
    fs::remove_file(dir.path().join("sci5-magnets/ur.md")).unwrap();
    fs::create_dir(dir.path().join("empty-lesson")).unwrap();
    let Err(ReadError::Invalid(diags)) = read_curriculum(dir.path()) else { panic!("not reported") };
    let text = diags.to_string();
    assert!(text.contains("fr.md: error: `fr` is not a known locale"), "{text}");
    assert!(text.contains("missing ur.md"), "{text}");
    assert!(text.contains("empty-lesson: error: lesson folder without a lesson.toml"), "{text}");
}
