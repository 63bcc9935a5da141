//! Reading a curriculum folder: `pack.toml`, then every lesson folder's `lesson.toml` and locale
//! Markdown files, checked against each other. Problems become [`Diagnostics`] with file and line.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest, Sha256};
use toml::Spanned;

use crate::diagnostics::line_of;
use crate::markdown::{self, ParsedText};
use crate::script;
use crate::{
    Answer, Asks, Curriculum, Diagnostics, Explains, GlossaryEntry, Lesson, Localized, PackMeta, Question,
    QuestionKind, Subject, LOCALES, REQUIRED_LOCALES,
};

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("the curriculum has errors:\n{0}")]
    Invalid(Diagnostics),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPack {
    id: String,
    version: String,
    #[serde(default)]
    publisher: String,
    title: Spanned<Localized>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLesson {
    id: Spanned<String>,
    grade: u8,
    subject: Spanned<String>,
    order: u32,
    #[serde(default)]
    slo: String,
    keywords: Spanned<BTreeMap<String, Vec<String>>>,
    #[serde(default)]
    glossary: Vec<Spanned<RawGlossary>>,
    #[serde(default)]
    quiz: Vec<Spanned<RawQuestion>>,
    #[serde(default)]
    explains: Vec<Spanned<RawExplains>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExplains {
    kind: Asks,
    section: String,
    question: Localized,
    #[serde(default)]
    words: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGlossary {
    term: Localized,
    definition: Localized,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    #[serde(rename = "type")]
    kind: Spanned<String>,
    question: Localized,
    #[serde(default)]
    options: Vec<Localized>,
    answer: Spanned<toml::Value>,
    unit: Option<Localized>,
    hint: Localized,
    explanation: Localized,
}

/// Reads and validates the curriculum in `dir`. Warnings come back with the curriculum; any
/// error fails the read with every finding.
pub fn read_curriculum(dir: &Path) -> Result<(Curriculum, Diagnostics), ReadError> {
    let mut diags = Diagnostics::default();
    let mut hasher = Sha256::new();
    let pack_path = dir.join("pack.toml");
    let pack_source = read(&pack_path)?;
    hash_file(&mut hasher, "pack.toml", &pack_source);
    let pack = match toml::from_str::<RawPack>(&pack_source) {
        Ok(raw) => {
            let line = line_of(&pack_source, raw.title.span().start);
            check_localized(&mut diags, &pack_path, line, "title", raw.title.get_ref());
            Some(PackMeta { id: raw.id, version: raw.version, publisher: raw.publisher, title: raw.title.into_inner() })
        }
        Err(err) => {
            toml_error(&mut diags, &pack_path, &pack_source, &err);
            None
        }
    };

    let mut lesson_dirs: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|source| ReadError::Io { path: dir.to_owned(), source })?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_dir())
        .collect();
    lesson_dirs.sort();
    let mut lessons = Vec::new();
    for lesson_dir in &lesson_dirs {
        if let Some(lesson) = read_lesson(dir, lesson_dir, &mut hasher, &mut diags)? {
            lessons.push(lesson);
        }
    }
    if lesson_dirs.is_empty() {
        diags.error(dir, 0, "no lesson folders");
    }
    let content_hash = hex(&hasher.finalize());
    match pack {
        Some(pack) if !diags.has_errors() => Ok((Curriculum { pack, lessons, content_hash }, diags)),
        _ => Err(ReadError::Invalid(diags)),
    }
}

fn read(path: &Path) -> Result<String, ReadError> {
    fs::read_to_string(path).map_err(|source| ReadError::Io { path: path.to_owned(), source })
}

fn hash_file(hasher: &mut Sha256, name: &str, content: &str) {
    hasher.update(name.as_bytes());
    hasher.update([0]);
    hasher.update((content.len() as u64).to_le_bytes());
    hasher.update(content.as_bytes());
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn toml_error(diags: &mut Diagnostics, path: &Path, source: &str, err: &toml::de::Error) {
    let line = err.span().map_or(0, |span| line_of(source, span.start));
    diags.error(path, line, err.message().trim().to_owned());
}

fn read_lesson(
    root: &Path,
    dir: &Path,
    hasher: &mut Sha256,
    diags: &mut Diagnostics,
) -> Result<Option<Lesson>, ReadError> {
    let folder = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let toml_path = dir.join("lesson.toml");
    if !toml_path.is_file() {
        diags.error(dir, 0, "lesson folder without a lesson.toml");
        return Ok(None);
    }
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|source| ReadError::Io { path: dir.to_owned(), source })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    let mut texts: BTreeMap<String, ParsedText> = BTreeMap::new();
    let mut toml_source = String::new();
    for file in &files {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let relative = file.strip_prefix(root).unwrap_or(file).to_string_lossy().replace('\\', "/");
        if name == "lesson.toml" {
            toml_source = read(file)?;
            hash_file(hasher, &relative, &toml_source);
        } else if let Some(locale) = name.strip_suffix(".md") {
            let source = read(file)?;
            hash_file(hasher, &relative, &source);
            if !LOCALES.contains(&locale) {
                diags.error(file, 0, format!("`{locale}` is not a known locale (known: {})", LOCALES.join(", ")));
                continue;
            }
            check_script(diags, file, locale, &source);
            if let Some(parsed) = markdown::parse(&source, file, diags) {
                texts.insert(locale.to_owned(), parsed);
            }
        } else if !name.starts_with('.') {
            diags.warning(file, 0, "not a lesson file; ignored");
        }
    }
    let raw: RawLesson = match toml::from_str(&toml_source) {
        Ok(raw) => raw,
        Err(err) => {
            toml_error(diags, &toml_path, &toml_source, &err);
            return Ok(None);
        }
    };
    let at = |offset: usize| line_of(&toml_source, offset);
    if raw.id.get_ref() != &folder {
        diags.error(
            &toml_path,
            at(raw.id.span().start),
            format!("id `{}` differs from the folder name `{folder}`", raw.id.get_ref()),
        );
    }
    let subject = Subject::parse(raw.subject.get_ref());
    if subject.is_none() {
        diags.error(
            &toml_path,
            at(raw.subject.span().start),
            format!("subject `{}` is not `science` or `mathematics`", raw.subject.get_ref()),
        );
    }
    for locale in REQUIRED_LOCALES {
        if !texts.contains_key(locale) && !dir.join(format!("{locale}.md")).is_file() {
            diags.error(dir, 0, format!("missing {locale}.md (every lesson needs {})", REQUIRED_LOCALES.join(" and ")));
        }
    }
    check_keywords(diags, &toml_path, at(raw.keywords.span().start), raw.keywords.get_ref());
    let glossary = read_glossary(diags, &toml_path, &at, &raw.glossary);
    let quiz = read_quiz(diags, &toml_path, &at, &raw.quiz);
    let explains = read_explains(diags, &toml_path, &at, &raw.explains, &texts);
    check_texts(diags, dir, &texts, subject);

    let lesson = Lesson {
        id: folder,
        grade: raw.grade,
        subject: subject.unwrap_or(Subject::Science),
        order: raw.order,
        slo: Some(raw.slo.trim().to_owned()).filter(|s| !s.is_empty()),
        keywords: raw.keywords.into_inner(),
        glossary,
        quiz,
        explains,
        texts: texts.into_iter().map(|(locale, parsed)| (locale, parsed.text)).collect(),
    };
    Ok(Some(lesson))
}

/// Each line of a locale's text in its own letters (section anchors are not text).
fn check_script(diags: &mut Diagnostics, file: &Path, locale: &str, source: &str) {
    for (idx, line) in source.lines().enumerate() {
        let text = line.split("{#").next().unwrap_or(line);
        if let Some(problem) = script::problem(locale, text) {
            diags.error(file, idx + 1, problem);
        }
    }
}

fn check_localized(diags: &mut Diagnostics, file: &Path, line: usize, field: &str, text: &Localized) {
    for locale in REQUIRED_LOCALES {
        if text.get(locale).is_none_or(|t| t.trim().is_empty()) {
            diags.error(file, line, format!("`{field}` has no `{locale}` text"));
        }
    }
    for (locale, value) in text {
        if !LOCALES.contains(&locale.as_str()) {
            diags.error(file, line, format!("`{field}` has text for unknown locale `{locale}`"));
        } else if let Some(problem) = script::problem(locale, value) {
            diags.error(file, line, format!("`{field}.{locale}`: {problem}"));
        }
    }
}

fn check_keywords(diags: &mut Diagnostics, file: &Path, line: usize, keywords: &BTreeMap<String, Vec<String>>) {
    let joined: Localized = keywords.iter().map(|(locale, words)| (locale.clone(), words.join(" "))).collect();
    check_localized(diags, file, line, "keywords", &joined);
}

fn read_glossary(
    diags: &mut Diagnostics,
    file: &Path,
    at: &dyn Fn(usize) -> usize,
    raw: &[Spanned<RawGlossary>],
) -> Vec<GlossaryEntry> {
    if !(5..=10).contains(&raw.len()) {
        diags.warning(file, 0, format!("the glossary has {} terms; lessons carry 5 to 10", raw.len()));
    }
    raw.iter()
        .map(|entry| {
            let line = at(entry.span().start);
            check_localized(diags, file, line, "glossary term", &entry.get_ref().term);
            check_localized(diags, file, line, "glossary definition", &entry.get_ref().definition);
            GlossaryEntry { term: entry.get_ref().term.clone(), definition: entry.get_ref().definition.clone() }
        })
        .collect()
}

fn read_explains(
    diags: &mut Diagnostics,
    file: &Path,
    at: &dyn Fn(usize) -> usize,
    raw: &[Spanned<RawExplains>],
    texts: &BTreeMap<String, ParsedText>,
) -> Vec<Explains> {
    if raw.is_empty() {
        diags.warning(
            file,
            0,
            "the lesson lists no `[[explains]]`: the tutor cannot tell which why, who, when, where and how-many questions it answers",
        );
    }
    raw.iter()
        .map(|entry| {
            let line = at(entry.span().start);
            let entry = entry.get_ref();
            check_localized(diags, file, line, "explains question", &entry.question);
            let words: Localized = entry.words.iter().map(|(l, w)| (l.clone(), w.join(" "))).collect();
            for (locale, joined) in &words {
                if !LOCALES.contains(&locale.as_str()) {
                    diags.error(file, line, format!("`explains words` has words for unknown locale `{locale}`"));
                } else if let Some(problem) = script::problem(locale, joined) {
                    diags.error(file, line, format!("`explains words.{locale}`: {problem}"));
                }
            }
            let known = texts.get("en").is_none_or(|parsed| {
                parsed.text.sections.iter().any(|s| s.id == entry.section && s.id != "objectives")
            });
            if !known {
                diags.error(
                    file,
                    line,
                    format!("`explains` names section `{}`, which en.md does not have", entry.section),
                );
            }
            Explains {
                kind: entry.kind,
                section: entry.section.clone(),
                question: entry.question.clone(),
                words: entry.words.clone(),
            }
        })
        .collect()
}

fn read_quiz(
    diags: &mut Diagnostics,
    file: &Path,
    at: &dyn Fn(usize) -> usize,
    raw: &[Spanned<RawQuestion>],
) -> Vec<Question> {
    if raw.len() < 5 {
        diags.warning(file, 0, format!("the quiz has {} questions; lessons carry 5 or more", raw.len()));
    }
    let mut seen_ids = BTreeSet::new();
    let mut quiz = Vec::new();
    for spanned in raw {
        let line = at(spanned.span().start);
        let q = spanned.get_ref();
        if !seen_ids.insert(q.id.clone()) {
            diags.error(file, line, format!("quiz question id `{}` is used twice", q.id));
        }
        let label = format!("quiz `{}`", q.id);
        for (field, text) in [("question", &q.question), ("hint", &q.hint), ("explanation", &q.explanation)] {
            check_localized(diags, file, line, &format!("{label} {field}"), text);
        }
        let answer_line = at(q.answer.span().start);
        let kind_line = at(q.kind.span().start);
        let answer_value = q.answer.get_ref();
        let kind = q.kind.get_ref().as_str();
        let answer = match kind {
            "choice" => {
                if !(2..=5).contains(&q.options.len()) {
                    diags.error(
                        file,
                        line,
                        format!("{label}: a choice question needs 2 to 5 options, not {}", q.options.len()),
                    );
                }
                for option in &q.options {
                    check_localized(diags, file, line, &format!("{label} option"), option);
                }
                let letter = answer_value.as_str().and_then(|s| s.chars().next()).map(|c| c.to_ascii_lowercase());
                match letter
                    .map(|c| c as usize)
                    .filter(|c| (b'a' as usize..b'a' as usize + q.options.len()).contains(c))
                {
                    Some(c) => Some(Answer::Choice(c - b'a' as usize)),
                    None => {
                        diags.error(
                            file,
                            answer_line,
                            format!(
                                "{label}: answer {answer_value} is not the letter of one of its {} options",
                                q.options.len()
                            ),
                        );
                        None
                    }
                }
            }
            "true-false" => match answer_value.as_bool() {
                Some(value) => Some(Answer::TrueFalse(value)),
                None => {
                    diags.error(
                        file,
                        answer_line,
                        format!("{label}: a true-false answer is `true` or `false`, not {answer_value}"),
                    );
                    None
                }
            },
            "number" => match answer_value.as_float().or_else(|| answer_value.as_integer().map(|i| i as f64)) {
                Some(value) => Some(Answer::Number(value)),
                None => {
                    diags.error(
                        file,
                        answer_line,
                        format!("{label}: a number question's answer is a number, not {answer_value}"),
                    );
                    None
                }
            },
            other => {
                diags.error(
                    file,
                    kind_line,
                    format!("{label}: type `{other}` is not `choice`, `true-false` or `number`"),
                );
                None
            }
        };
        if kind != "choice" && !q.options.is_empty() {
            diags.error(file, line, format!("{label}: only choice questions have options"));
        }
        if kind != "number" && q.unit.is_some() {
            diags.error(file, line, format!("{label}: only number questions have a unit"));
        }
        let Some(answer) = answer else { continue };
        let kind = match answer {
            Answer::Choice(_) => QuestionKind::Choice,
            Answer::TrueFalse(_) => QuestionKind::TrueFalse,
            Answer::Number(_) => QuestionKind::Number,
        };
        quiz.push(Question {
            id: q.id.clone(),
            kind,
            question: q.question.clone(),
            options: q.options.clone(),
            answer,
            unit: q.unit.clone(),
            hint: q.hint.clone(),
            explanation: q.explanation.clone(),
        });
    }
    quiz
}

/// Cross-checks the locale files: Urdu has exactly the English sections, other locales only
/// sections English has; the content rules of the outline become warnings.
fn check_texts(diags: &mut Diagnostics, dir: &Path, texts: &BTreeMap<String, ParsedText>, subject: Option<Subject>) {
    let Some(english) = texts.get("en") else { return };
    let english_ids: Vec<&str> = english.text.sections.iter().map(|s| s.id.as_str()).collect();
    let en_path = dir.join("en.md");
    for (locale, parsed) in texts {
        let path = dir.join(format!("{locale}.md"));
        let n_objectives = parsed.text.objectives.len();
        if REQUIRED_LOCALES.contains(&locale.as_str()) && !(2..=4).contains(&n_objectives) {
            diags.warning(&path, 0, format!("{n_objectives} objectives; lessons carry 2 to 4"));
        }
        if locale == "en" {
            continue;
        }
        let ids: Vec<&str> = parsed.text.sections.iter().map(|s| s.id.as_str()).collect();
        if REQUIRED_LOCALES.contains(&locale.as_str()) {
            if let Some(pos) = (0..english_ids.len().max(ids.len())).find(|&i| english_ids.get(i) != ids.get(i)) {
                let line = parsed.section_lines.get(pos).copied().unwrap_or(0);
                let expected = english_ids.get(pos).map_or("no more sections".to_owned(), |id| format!("`{{#{id}}}`"));
                let found = ids.get(pos).map_or("no section".to_owned(), |id| format!("`{{#{id}}}`"));
                diags.error(
                    &path,
                    line,
                    format!("section {} should be {expected} as in en.md, found {found}", pos + 1),
                );
            }
        } else {
            for (id, line) in ids.iter().zip(&parsed.section_lines) {
                if !english_ids.contains(id) {
                    diags.error(&path, *line, format!("section `{{#{id}}}` is not in en.md"));
                }
            }
        }
    }
    if !(350..=700).contains(&english.body_words) {
        diags.warning(
            &en_path,
            0,
            format!("the English body has {} words; lessons have 350 to 700", english.body_words),
        );
    }
    let n_examples = english.text.sections.iter().filter(|s| s.is_example()).count();
    let needed = if subject == Some(Subject::Mathematics) { 2 } else { 1 };
    if n_examples < needed {
        diags.warning(
            &en_path,
            0,
            format!("{n_examples} worked examples (`{{#example...}}` sections); this subject needs {needed}"),
        );
    }
}
