//! What the CLI and the app share of the teacher's reports: today's date, and the class
//! report's CSV with its words in the reader's language.

use i18n::Translator;

/// Today's date (UTC), `YYYY-MM-DD`: what a report calls overdue.
pub fn today() -> String {
    let now = time::OffsetDateTime::now_utc().date();
    format!("{:04}-{:02}-{:02}", now.year(), u8::from(now.month()), now.day())
}

/// The class report's progress table as CSV, headings and statuses translated.
pub fn report_csv(tr: &Translator, report: &reports::ClassReport) -> String {
    let t = |id: &str| tr.t(id, &[]);
    let texts = [
        "report-learner",
        "report-average",
        "report-minutes",
        "report-last-activity",
        "report-needs-help",
        "report-status-not-started",
        "report-status-started",
        "report-status-done",
        "report-not-assigned",
        "report-yes",
        "report-no",
    ]
    .map(t);
    let words = reports::csv::Words {
        learner: &texts[0],
        average: &texts[1],
        minutes: &texts[2],
        last_activity: &texts[3],
        needs_help: &texts[4],
        not_started: &texts[5],
        started: &texts[6],
        done: &texts[7],
        not_assigned: &texts[8],
        yes: &texts[9],
        no: &texts[10],
    };
    reports::csv::class_csv(report, &words)
}
