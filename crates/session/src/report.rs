//! What the CLI and the app share of the teacher's reports: today's date, the words of a
//! report in the reader's language, the class report's CSV and its printable PDF.

use i18n::{arg, Translator};
use reports::{ClassReport, HelpReason};

/// Today's date (UTC), `YYYY-MM-DD`: what a report calls overdue.
pub fn today() -> String {
    learner::clock::date_of(learner::clock::wall_ms())
}

/// The words of the progress table, translated.
pub fn report_words(tr: &Translator) -> reports::csv::Words {
    let t = |id: &str| tr.t(id, &[]);
    reports::csv::Words {
        learner: t("report-learner"),
        average: t("report-average"),
        minutes: t("report-minutes"),
        last_activity: t("report-last-activity"),
        needs_help: t("report-needs-help"),
        not_started: t("report-status-not-started"),
        started: t("report-status-started"),
        done: t("report-status-done"),
        not_assigned: t("report-not-assigned"),
        archived: t("report-archived"),
        yes: t("report-yes"),
        no: t("report-no"),
    }
}

/// The class report's progress table as CSV, headings and statuses translated.
pub fn report_csv(tr: &Translator, report: &ClassReport) -> String {
    reports::csv::class_csv(report, &report_words(tr))
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

/// The class report to print: title, assignments, the progress table (the screen's and the
/// CSV's rows and columns), who needs help, the hardest questions and what the lessons do not cover, set in
/// the reader's language and direction.
pub fn report_pdf(tr: &Translator, locale: &str, report: &ClassReport) -> anyhow::Result<Vec<u8>> {
    use printout::Block;
    let words = report_words(tr);
    let t = |id: &str| tr.t(id, &[]);
    let mut blocks = vec![
        Block::Heading(tr.t("report-title-class", &[("class", arg(report.class_name.as_str()))])),
        Block::Paragraph(report.today.clone()),
        Block::Heading(t("report-assignments")),
    ];
    blocks.push(Block::Table {
        header: vec![
            t("class-assign-lesson"),
            t("class-assign-due"),
            words.done.clone(),
            words.started.clone(),
            words.not_started.clone(),
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
    let (header, rows) = reports::csv::progress_table(report, &words);
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
