//! CSV of the class report, with the same rows and columns as the screen's progress table:
//! learner, one column per assignment (its status), average score, minutes, last activity,
//! needs help. Fields are quoted where they need it (RFC 4180); the file starts with a UTF-8
//! byte order mark so that spreadsheet programs read Urdu names correctly.

use crate::{ClassReport, Status};

/// Text of each status and yes/no, in the reader's language (from the caller's translations).
pub struct Words<'a> {
    pub learner: &'a str,
    pub average: &'a str,
    pub minutes: &'a str,
    pub last_activity: &'a str,
    pub needs_help: &'a str,
    pub not_started: &'a str,
    pub started: &'a str,
    pub done: &'a str,
    pub not_assigned: &'a str,
    pub yes: &'a str,
    pub no: &'a str,
}

fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

pub fn class_csv(report: &ClassReport, words: &Words<'_>) -> String {
    let mut header = vec![words.learner.to_owned()];
    for a in &report.assignments {
        header.push(match &a.due {
            Some(due) => format!("{} ({due})", a.lesson_title),
            None => a.lesson_title.clone(),
        });
    }
    header.extend([words.average, words.minutes, words.last_activity, words.needs_help].map(str::to_owned));
    let mut out = String::from("\u{feff}");
    out.push_str(&header.iter().map(|h| field(h)).collect::<Vec<_>>().join(","));
    out.push_str("\r\n");
    for line in &report.learners {
        let mut row = vec![line.name.clone()];
        for status in &line.statuses {
            row.push(
                match status {
                    None => words.not_assigned,
                    Some(Status::NotStarted) => words.not_started,
                    Some(Status::Started) => words.started,
                    Some(Status::Done) => words.done,
                }
                .to_owned(),
            );
        }
        row.push(line.average_score.map_or_else(String::new, |s| format!("{s}%")));
        row.push(line.minutes.to_string());
        row.push(line.last_activity.clone().unwrap_or_default());
        row.push(if line.needs_help { words.yes } else { words.no }.to_owned());
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}
