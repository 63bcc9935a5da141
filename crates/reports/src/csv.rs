//! The class report's progress table, with the same rows and columns as the screen: learner,
//! one column per assignment (its status), average score, minutes, last activity, needs help;
//! as CSV, and as rows for the printed report. CSV fields are quoted where they need it
//! (RFC 4180); the file starts with a UTF-8 byte order mark so that spreadsheet programs read
//! Urdu names correctly.

use crate::{ClassReport, Status};

/// Text of each heading, status and yes/no, in the reader's language (from the caller's
/// translations).
pub struct Words {
    pub learner: String,
    pub average: String,
    pub minutes: String,
    pub last_activity: String,
    pub needs_help: String,
    pub not_started: String,
    pub started: String,
    pub done: String,
    pub not_assigned: String,
    /// Beside an assignment whose lesson a newer pack removed.
    pub archived: String,
    pub yes: String,
    pub no: String,
}

impl Words {
    /// The word for a learner's status in one assignment (`None`: not theirs).
    pub fn status(&self, status: Option<Status>) -> &str {
        match status {
            None => &self.not_assigned,
            Some(Status::NotStarted) => &self.not_started,
            Some(Status::Started) => &self.started,
            Some(Status::Done) => &self.done,
        }
    }
}

/// The progress table: its header and one row per learner.
pub fn progress_table(report: &ClassReport, words: &Words) -> (Vec<String>, Vec<Vec<String>>) {
    let mut header = vec![words.learner.clone()];
    for a in &report.assignments {
        let mut heading = a.lesson_title.clone();
        if a.archived {
            heading = format!("{heading} [{}]", words.archived);
        }
        if let Some(due) = &a.due {
            heading = format!("{heading} ({due})");
        }
        header.push(heading);
    }
    header.extend([&words.average, &words.minutes, &words.last_activity, &words.needs_help].map(String::clone));
    let rows = report
        .learners
        .iter()
        .map(|line| {
            let mut row = vec![line.name.clone()];
            row.extend(line.statuses.iter().map(|s| words.status(*s).to_owned()));
            row.push(line.average_score.map_or_else(String::new, |s| format!("{s}%")));
            row.push(line.minutes.to_string());
            row.push(line.last_activity.clone().unwrap_or_default());
            row.push(if line.needs_help { &words.yes } else { &words.no }.clone());
            row
        })
        .collect();
    (header, rows)
}

fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

pub fn class_csv(report: &ClassReport, words: &Words) -> String {
    let (header, rows) = progress_table(report, words);
    let mut out = String::from("\u{feff}");
    for row in std::iter::once(&header).chain(&rows) {
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}
