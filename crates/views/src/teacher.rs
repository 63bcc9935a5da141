//! What the teacher's screens show: the teacher's home (classes, who needs help, recent
//! flagged conversations), a class page (its report, groups, learners to enrol, lessons to
//! assign) and conversations. The reports themselves are the `reports` crate's.

use learner::{Class, Exchange, LearnerDb, Teacher};
use serde::Serialize;
use ts_rs::TS;

use crate::Learner;

#[derive(Debug, Clone, Serialize, TS)]
pub struct TeacherView {
    pub id: String,
    pub name: String,
}

impl From<&Teacher> for TeacherView {
    fn from(t: &Teacher) -> TeacherView {
        TeacherView { id: t.id().to_owned(), name: t.name().to_owned() }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ClassCard {
    pub id: String,
    pub name: String,
    pub learners: u32,
    pub needs_help: u32,
    #[ts(type = "\"on\" | \"hints\" | \"off\"")]
    pub tutor_mode: String,
    pub daily_limit: Option<u32>,
}

/// One learner who needs help, in one of the teacher's classes.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HelpItem {
    pub class_id: String,
    pub class_name: String,
    pub learner_id: String,
    pub name: String,
    pub reason: reports::HelpReason,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct TeacherHome {
    pub teacher: TeacherView,
    pub classes: Vec<ClassCard>,
    pub needs_help: Vec<HelpItem>,
    /// The most recent flagged conversations of the teacher's learners.
    pub flagged: Vec<ExchangeView>,
}

/// A tutor question and answer, as the teacher reads it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ExchangeView {
    pub id: String,
    pub learner_id: String,
    pub learner: String,
    pub lesson_id: Option<String>,
    pub question: String,
    pub answer: String,
    pub mode: String,
    pub citations: Vec<String>,
    /// Safety categories that flagged it.
    pub flags: Vec<String>,
    pub at: String,
    pub marked_wrong: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct GroupView {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct LessonOption {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ClassPage {
    pub class: ClassCard,
    pub report: reports::ClassReport,
    pub groups: Vec<GroupView>,
    /// Learners of this laptop in no class yet, who can be enrolled.
    pub unenrolled: Vec<Learner>,
    pub lessons: Vec<LessonOption>,
}

/// A class's card; its counts come from the class's report (`None` for a new class).
pub fn class_card(class: &Class, report: Option<&reports::ClassReport>) -> ClassCard {
    ClassCard {
        id: class.id.clone(),
        name: class.name.clone(),
        learners: report.map_or(0, |r| r.learners.len() as u32),
        needs_help: report.map_or(0, reports::ClassReport::learners_needing_help),
        tutor_mode: class.tutor_mode.as_str().to_owned(),
        daily_limit: class.daily_limit,
    }
}

/// The exchanges of `learners` (id, name), flagged ones first, then newest first.
pub fn conversations(
    db: &LearnerDb,
    learners: &[(String, String)],
    limit: usize,
) -> learner::Result<Vec<ExchangeView>> {
    let marked: Vec<String> = db.marked_wrong()?.into_iter().map(|(id, _)| id).collect();
    let mut all = Vec::new();
    for (id, name) in learners {
        all.extend(db.exchanges(Some(id), false)?.into_iter().map(|e| (e, name)));
    }
    all.sort_by(|(a, _), (b, _)| {
        let flagged = |e: &Exchange| e.flags.as_array().is_some_and(|f| !f.is_empty());
        flagged(b).cmp(&flagged(a)).then((b.hlc, &b.device_id).cmp(&(a.hlc, &a.device_id)))
    });
    Ok(all.into_iter().take(limit).map(|(e, name)| view(e, name, &marked)).collect())
}

fn view(exchange: Exchange, learner: &str, marked: &[String]) -> ExchangeView {
    let citations = exchange
        .citations
        .as_array()
        .map(|c| c.iter().filter_map(|c| c["lesson_id"].as_str().map(str::to_owned)).collect())
        .unwrap_or_default();
    let flags = exchange
        .flags
        .as_array()
        .map(|f| f.iter().filter_map(|f| f["category"].as_str().map(str::to_owned)).collect())
        .unwrap_or_default();
    ExchangeView {
        marked_wrong: marked.contains(&exchange.id),
        id: exchange.id,
        learner_id: exchange.learner_id.unwrap_or_default(),
        learner: learner.to_owned(),
        lesson_id: exchange.lesson_id,
        question: exchange.question,
        answer: exchange.answer,
        mode: exchange.mode,
        citations,
        flags,
        at: exchange.at,
    }
}
