//! What the CLI and the app share of the teacher's reports: today's date, the words of a
//! report in the reader's language, the class report's CSV and its printable PDF.

use i18n::{arg, Translator};
use reports::{ClassReport, HelpReason, Status};

/// Today's date (UTC), `YYYY-MM-DD`: what a report calls overdue.
pub fn today() -> String {
    let now = time::OffsetDateTime::now_utc().date();
    format!("{:04}-{:02}-{:02}", now.year(), u8::from(now.month()), now.day())
}

/// The words of the progress table, translated.
struct Words([String; 11]);

impl Words {
    fn new(tr: &Translator) -> Words {
        Words(
            [
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
            .map(|id| tr.t(id, &[])),
        )
    }

    fn csv(&self) -> reports::csv::Words<'_> {
        let w = &self.0;
        reports::csv::Words {
            learner: &w[0],
            average: &w[1],
            minutes: &w[2],
            last_activity: &w[3],
            needs_help: &w[4],
            not_started: &w[5],
            started: &w[6],
            done: &w[7],
            not_assigned: &w[8],
            yes: &w[9],
            no: &w[10],
        }
    }
}

/// The class report's progress table as CSV, headings and statuses translated.
pub fn report_csv(tr: &Translator, report: &ClassReport) -> String {
    reports::csv::class_csv(report, &Words::new(tr).csv())
}

/// What a needs-help reason says, in the reader's language, with the lesson's title.
pub fn help_text(tr: &Translator, report: &ClassReport, reason: &HelpReason) -> String {
    let title =
        |id: &str| report.lessons.iter().find(|l| l.id == id).map_or_else(|| id.to_owned(), |l| l.title.clone());
    match reason {
        HelpReason::RepeatedWrong { lesson_id, question_id, times } => tr.t(
            "report-help-repeated-wrong",
            &[("lesson", arg(title(lesson_id))), ("question", arg(question_id.as_str())), ("times", arg(*times))],
        ),
        HelpReason::LowScore { lesson_id, percent } => {
            tr.t("report-help-low-score", &[("lesson", arg(title(lesson_id))), ("percent", arg(*percent))])
        }
        // A date in a right-to-left sentence is isolated, or "2026-11-01" reads "01-11-2026".
        HelpReason::Overdue { lesson_id, due } => tr.t(
            "report-help-overdue",
            &[("lesson", arg(title(lesson_id))), ("due", arg(format!("\u{2066}{due}\u{2069}")))],
        ),
    }
}

/// The class report to print: title, assignments, the progress table (as on screen and in
/// the CSV), who needs help, the hardest questions and what the lessons do not cover, set in
/// the reader's language and direction.
pub fn report_pdf(tr: &Translator, locale: &str, report: &ClassReport) -> anyhow::Result<Vec<u8>> {
    use printout::Block;
    let words = Words::new(tr);
    let csv = words.csv();
    let t = |id: &str| tr.t(id, &[]);
    let mut blocks = vec![
        Block::Heading(tr.t("report-title-class", &[("class", arg(report.class_name.as_str()))])),
        Block::Paragraph(report.today.clone()),
        Block::Heading(t("report-assignments")),
    ];
    let status = |s: &Option<Status>| {
        match s {
            None => csv.not_assigned,
            Some(Status::NotStarted) => csv.not_started,
            Some(Status::Started) => csv.started,
            Some(Status::Done) => csv.done,
        }
        .to_owned()
    };
    blocks.push(Block::Table {
        header: vec![
            t("class-assign-lesson"),
            t("class-assign-due"),
            csv.done.into(),
            csv.started.into(),
            csv.not_started.into(),
        ],
        rows: report
            .assignments
            .iter()
            .map(|a| {
                vec![
                    a.lesson_title.clone(),
                    a.due.clone().unwrap_or_default(),
                    a.done.to_string(),
                    a.started.to_string(),
                    a.not_started.to_string(),
                ]
            })
            .collect(),
    });
    let mut header = vec![csv.learner.to_owned()];
    header.extend(report.assignments.iter().map(|a| a.lesson_title.clone()));
    header.extend([csv.average, csv.minutes, csv.last_activity, csv.needs_help].map(str::to_owned));
    let rows = report
        .learners
        .iter()
        .map(|line| {
            let mut row = vec![line.name.clone()];
            row.extend(line.statuses.iter().map(status));
            row.push(line.average_score.map_or_else(String::new, |s| format!("{s}%")));
            row.push(line.minutes.to_string());
            row.push(line.last_activity.clone().unwrap_or_default());
            row.push(if line.needs_help { csv.yes } else { csv.no }.to_owned());
            row
        })
        .collect();
    blocks.push(Block::Heading(t("class-tab-progress")));
    blocks.push(Block::Table { header, rows });
    blocks.push(Block::Heading(t("report-needs-help")));
    for n in &report.needs_help {
        blocks.push(Block::Paragraph(format!("{}: {}", n.name, help_text(tr, report, &n.reason))));
    }
    blocks.push(Block::Heading(t("report-hard-questions")));
    for q in &report.hard_questions {
        let chosen: Vec<String> = q.wrong_answers.iter().map(|(r, n)| format!("{r} ×{n}")).collect();
        blocks.push(Block::Paragraph(format!(
            "{} — {} ({}/{}); {}: {}",
            q.lesson_title,
            q.question,
            q.wrong,
            q.answered,
            t("report-wrong-chosen"),
            chosen.join(", ")
        )));
    }
    blocks.push(Block::Heading(t("report-not-covered")));
    for u in &report.not_covered {
        let asked = tr.t("report-asked", &[("times", arg(u.times)), ("learners", arg(u.learners))]);
        blocks.push(Block::Paragraph(format!("“{}” — {asked}", u.question)));
    }
    let document = printout::Document { rtl: locale != "en", blocks };
    let fonts = printout::Fonts::for_locale(locale)?;
    Ok(printout::render(&document, &fonts).0)
}
