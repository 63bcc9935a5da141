//! Harmless texts pass: no sentence of any lesson (its English and Urdu text and every text of
//! its lesson.toml) is flagged by `Filter::check_answer`, or the tutor would block its own
//! lessons; no child question of the search and tutor evaluation sets is flagged by
//! `Filter::check`.

use safety::Filter;

/// Every string inside a TOML value.
fn strings(value: &toml::Value, out: &mut Vec<String>) {
    match value {
        toml::Value::String(text) => out.push(text.clone()),
        toml::Value::Array(items) => items.iter().for_each(|item| strings(item, out)),
        toml::Value::Table(table) => table.values().for_each(|item| strings(item, out)),
        _ => {}
    }
}

#[test]
fn no_lesson_sentence_is_flagged() {
    let filter = Filter::default();
    let curriculum = crate::project_root().join("curriculum");
    let mut n_lessons = 0;
    let mut n_sentences = 0;
    let mut flagged = Vec::new();
    let mut lesson_dirs: Vec<_> = std::fs::read_dir(&curriculum)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.join("lesson.toml").is_file())
        .collect();
    lesson_dirs.sort();
    for dir in lesson_dirs {
        n_lessons += 1;
        let mut texts = Vec::new();
        for file in ["en.md", "ur.md"] {
            let path = dir.join(file);
            texts.push((
                path.clone(),
                std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
            ));
        }
        let toml_path = dir.join("lesson.toml");
        let lesson: toml::Value = toml::from_str(&std::fs::read_to_string(&toml_path).unwrap()).unwrap();
        let mut toml_strings = Vec::new();
        strings(&lesson, &mut toml_strings);
        texts.extend(toml_strings.into_iter().map(|text| (toml_path.clone(), text)));
        for (path, text) in &texts {
            for sentence in safety::sentences(text) {
                n_sentences += 1;
                let flags = filter.check_answer(sentence);
                if !flags.is_empty() {
                    let name = path.strip_prefix(&curriculum).unwrap_or(path).display().to_string();
                    flagged.push(format!("{name}: {sentence}\n    {flags:?}"));
                }
            }
        }
    }
    println!("{n_sentences} sentences in {n_lessons} lessons");
    assert!(n_lessons >= 24 && n_sentences >= 2000, "{n_sentences} sentences in {n_lessons} lessons");
    assert!(flagged.is_empty(), "{} lesson sentences flagged:\n{}", flagged.len(), flagged.join("\n"));
}

/// Every string of every TOML file in `folder` (of the project root), except `skip`.
fn toml_strings(folder: &str, skip: &str) -> Vec<(String, String)> {
    let dir = crate::project_root().join(folder);
    let mut found = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml") && !path.ends_with(skip))
        .collect();
    paths.sort();
    for path in paths {
        let value: toml::Value = toml::from_str(&std::fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut texts = Vec::new();
        strings(&value, &mut texts);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        found.extend(texts.into_iter().map(|text| (name.clone(), text)));
    }
    found
}

#[test]
fn no_question_of_the_search_and_tutor_sets_is_flagged() {
    let filter = Filter::default();
    let mut questions = toml_strings("tests/search-quality", "");
    questions.extend(toml_strings("tests/tutor-eval", "safety.toml"));
    assert!(questions.len() >= 400, "{} questions", questions.len());
    let flagged: Vec<String> = questions
        .iter()
        .filter_map(|(file, text)| {
            let flags = filter.check(text);
            (!flags.is_empty()).then(|| format!("{file}: {text}\n    {flags:?}"))
        })
        .collect();
    println!("{} questions", questions.len());
    assert!(flagged.is_empty(), "{} harmless questions flagged:\n{}", flagged.len(), flagged.join("\n"));
}
