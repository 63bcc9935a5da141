//! The class report.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use learner::{AssignPart, Assignment, AttemptRecord, Class, LearnerDb, Profile, ReadingEvent};
use serde::Serialize;
use ts_rs::TS;

use crate::{date_of, hard_questions, percent, HardQuestion, Lessons, Status, DAY_MS, WEEK_MS};

/// Weeks the activity chart shows, ending with the week of "today".
pub const WEEKS: usize = 12;
/// A quiz score below this share (percent) on an assigned quiz means the learner needs help.
pub const LOW_SCORE: u32 = 50;
/// Wrong answers to one question (over all attempts) that mean the learner needs help.
pub const REPEATED_WRONG: u32 = 3;

#[derive(Debug, Clone, Serialize, TS)]
pub struct ClassReport {
    pub class_id: String,
    pub class_name: String,
    pub today: String,
    pub assignments: Vec<AssignmentLine>,
    pub learners: Vec<LearnerLine>,
    /// How many learner × assigned quiz best scores fall in 0-19, 20-39, 40-59, 60-79, 80-100 %.
    pub score_bands: Vec<u32>,
    /// Reading minutes and quiz attempts per week, oldest first, the last being this week.
    pub weekly: Vec<Week>,
    /// The lessons of the heat map's columns: those assigned or worked on in the class.
    pub lessons: Vec<LessonRef>,
    /// Best quiz score (percent) per learner and lesson; `None` where no attempt was made.
    pub heatmap: Vec<Vec<Option<u32>>>,
    pub hard_questions: Vec<HardQuestion>,
    pub needs_help: Vec<NeedsHelp>,
    /// What the learners asked the tutor that the lessons do not cover, grouped.
    pub not_covered: Vec<Uncovered>,
    /// Tutor answers the teacher marked wrong (kept for the content authors).
    pub marked_wrong: Vec<MarkedAnswer>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct MarkedAnswer {
    pub exchange_id: String,
    pub learner: String,
    pub question: String,
    pub answer: String,
    pub mode: String,
    pub note: Option<String>,
}

impl ClassReport {
    /// How many of the class's learners need help (for whatever reasons).
    pub fn learners_needing_help(&self) -> u32 {
        self.learners.iter().filter(|l| l.needs_help).count() as u32
    }
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct AssignmentLine {
    pub id: String,
    pub lesson_id: String,
    pub lesson_title: String,
    pub part: String,
    pub due: Option<String>,
    pub overdue: bool,
    pub note: Option<String>,
    /// Learners it applies to, by status.
    pub not_started: u32,
    pub started: u32,
    pub done: u32,
    /// The lesson is no longer in the installed pack; it is read from the archive.
    pub archived: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct LearnerLine {
    pub id: String,
    pub name: String,
    pub avatar: Option<String>,
    /// One per assignment of the report, in the same order; `None` where it is not theirs.
    pub statuses: Vec<Option<Status>>,
    /// The mean of their best score in each lesson whose quiz they took.
    pub average_score: Option<u32>,
    pub minutes: u32,
    pub last_activity: Option<String>,
    pub quiz_hints: u32,
    pub tutor_questions: u32,
    pub needs_help: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct Week {
    /// `YYYY-MM-DD` of the week's first day.
    pub start: String,
    pub minutes: u32,
    pub attempts: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct LessonRef {
    pub id: String,
    pub title: String,
    /// No longer in the installed pack (kept in its archive).
    pub archived: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct NeedsHelp {
    pub learner_id: String,
    pub name: String,
    pub reason: HelpReason,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum HelpReason {
    /// The same quiz question answered wrong again and again.
    RepeatedWrong { lesson_id: String, question_id: String, times: u32 },
    /// A low best score on an assigned quiz.
    LowScore { lesson_id: String, percent: u32 },
    /// Assigned work past its due date and not done.
    Overdue { lesson_id: String, due: String },
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct Uncovered {
    /// The latest way it was asked.
    pub question: String,
    pub times: u32,
    pub learners: u32,
}

/// Milliseconds at the end of `today` (`YYYY-MM-DD`, UTC).
fn end_of(today: &str) -> anyhow::Result<i64> {
    let date = learner::clock::parse_date(today)
        .ok_or_else(|| learner::LearnerDbError::Invalid(format!("{today} is not a date (YYYY-MM-DD)")))?;
    Ok(date.midnight().assume_utc().unix_timestamp() * 1000 + DAY_MS)
}

/// Whether the assignment is for this learner.
fn applies(assignment: &Assignment, learner: &Profile) -> bool {
    assignment.group_id.as_ref().is_none_or(|g| learner.group_id.as_ref() == Some(g))
        && assignment.learner_id.as_ref().is_none_or(|l| *l == learner.id)
}

/// What a learner has done of each lesson: sections read, quiz attempts (best percent).
#[derive(Default)]
struct Work {
    sections: BTreeMap<String, BTreeSet<String>>,
    best: BTreeMap<String, u32>,
}

fn status(assignment: &Assignment, work: &Work, n_sections: usize) -> Status {
    let read = work.sections.get(&assignment.lesson_id).map_or(0, BTreeSet::len);
    let quiz_done = work.best.contains_key(&assignment.lesson_id);
    let lesson_done = read >= n_sections;
    let done = match assignment.part {
        AssignPart::Lesson => lesson_done,
        AssignPart::Quiz => quiz_done,
        AssignPart::Both => lesson_done && quiz_done,
    };
    match (done, read > 0 || quiz_done) {
        (true, _) => Status::Done,
        (false, true) => Status::Started,
        (false, false) => Status::NotStarted,
    }
}

/// The report of `class` as of `today` (`YYYY-MM-DD`), with lesson texts in `locale`.
pub fn class_report(
    db: &LearnerDb,
    pack: &pack::Pack,
    class: &Class,
    today: &str,
    locale: &str,
) -> anyhow::Result<ClassReport> {
    let end = end_of(today)?;
    let learners = db.class_learners(&class.id)?;
    let ids: Vec<String> = learners.iter().map(|l| l.id.clone()).collect();
    let attempts = db.attempts_of(&ids)?;
    let reading = db.reading_of(&ids)?;
    let assignments = db.class_assignments(&class.id)?;
    let mut lessons = Lessons::default();
    let mut titles: HashMap<String, (String, usize)> = HashMap::new();
    for lesson_id in assignments.iter().map(|a| &a.lesson_id).chain(attempts.iter().map(|a| &a.lesson_id)) {
        if !titles.contains_key(lesson_id) {
            if let Some(lesson) = lessons.get(pack, lesson_id) {
                let text = lesson.text(locale);
                titles.insert(lesson_id.clone(), (text.title.clone(), text.sections.len()));
            }
        }
    }
    let title = |id: &str| titles.get(id).map_or_else(|| id.to_owned(), |t| t.0.clone());
    let mut work: HashMap<&str, Work> = HashMap::new();
    for event in &reading {
        work.entry(&event.learner_id)
            .or_default()
            .sections
            .entry(event.lesson_id.clone())
            .or_default()
            .insert(event.section.clone());
    }
    for attempt in &attempts {
        let best = work.entry(&attempt.learner_id).or_default().best.entry(attempt.lesson_id.clone()).or_default();
        *best = (*best).max(percent(attempt.n_correct, attempt.n_questions));
    }
    let exchanges: Vec<learner::Exchange> = ids
        .iter()
        .map(|id| db.exchanges(Some(id), false))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .flatten()
        .collect();

    let mut lines = Vec::new();
    let mut needs_help = Vec::new();
    let mut bands = vec![0u32; 5];
    let empty = Work::default();
    for learner in &learners {
        let mine = work.get(learner.id.as_str()).unwrap_or(&empty);
        let mut statuses = Vec::new();
        for assignment in &assignments {
            if !applies(assignment, learner) {
                statuses.push(None);
                continue;
            }
            let n_sections = titles.get(&assignment.lesson_id).map_or(0, |t| t.1);
            let state = status(assignment, mine, n_sections);
            statuses.push(Some(state));
            let due_passed = assignment.due.as_deref().is_some_and(|due| due < today);
            if due_passed && state != Status::Done {
                let reason = HelpReason::Overdue {
                    lesson_id: assignment.lesson_id.clone(),
                    due: assignment.due.clone().unwrap_or_default(),
                };
                needs_help.push(NeedsHelp { learner_id: learner.id.clone(), name: learner.name.clone(), reason });
            }
            if assignment.part != AssignPart::Lesson {
                if let Some(best) = mine.best.get(&assignment.lesson_id) {
                    bands[(*best as usize / 20).min(4)] += 1;
                    if *best < LOW_SCORE {
                        let reason = HelpReason::LowScore { lesson_id: assignment.lesson_id.clone(), percent: *best };
                        needs_help.push(NeedsHelp {
                            learner_id: learner.id.clone(),
                            name: learner.name.clone(),
                            reason,
                        });
                    }
                }
            }
        }
        let my_attempts: Vec<&AttemptRecord> = attempts.iter().filter(|a| a.learner_id == learner.id).collect();
        let mut wrong: BTreeMap<(&str, &str), u32> = BTreeMap::new();
        for attempt in &my_attempts {
            for answer in attempt.answers.iter().filter(|a| !a.correct) {
                *wrong.entry((&attempt.lesson_id, &answer.question_id)).or_default() += 1;
            }
        }
        for ((lesson_id, question_id), times) in wrong.into_iter().filter(|(_, n)| *n >= REPEATED_WRONG) {
            let reason =
                HelpReason::RepeatedWrong { lesson_id: lesson_id.into(), question_id: question_id.into(), times };
            needs_help.push(NeedsHelp { learner_id: learner.id.clone(), name: learner.name.clone(), reason });
        }
        let my_reading = reading.iter().filter(|r| r.learner_id == learner.id);
        let seconds: u64 = my_reading.clone().map(|r| u64::from(r.seconds)).sum();
        let last = my_reading.map(|r| r.hlc).chain(my_attempts.iter().map(|a| a.hlc)).max();
        let scores: Vec<u32> = mine.best.values().copied().collect();
        lines.push(LearnerLine {
            id: learner.id.clone(),
            name: learner.name.clone(),
            avatar: learner.avatar.clone(),
            statuses,
            average_score: (!scores.is_empty()).then(|| scores.iter().sum::<u32>() / scores.len() as u32),
            minutes: seconds.div_ceil(60) as u32,
            last_activity: last.map(date_of),
            quiz_hints: my_attempts.iter().flat_map(|a| &a.answers).filter(|a| a.hint_used).count() as u32,
            tutor_questions: exchanges.iter().filter(|e| e.learner_id.as_deref() == Some(&learner.id)).count() as u32,
            needs_help: needs_help.iter().any(|n| n.learner_id == learner.id),
        });
    }

    let assignment_lines = assignments
        .iter()
        .enumerate()
        .map(|(idx, a)| {
            let count = |wanted: Status| lines.iter().filter(|l| l.statuses[idx] == Some(wanted)).count() as u32;
            AssignmentLine {
                id: a.id.clone(),
                lesson_id: a.lesson_id.clone(),
                lesson_title: title(&a.lesson_id),
                part: a.part.as_str().to_owned(),
                due: a.due.clone(),
                overdue: a.due.as_deref().is_some_and(|due| due < today),
                note: a.note.clone(),
                not_started: count(Status::NotStarted),
                started: count(Status::Started),
                done: count(Status::Done),
                archived: pack.is_archived(&a.lesson_id),
            }
        })
        .collect();

    let mut lesson_ids: Vec<String> = Vec::new();
    for id in assignments.iter().map(|a| &a.lesson_id).chain(attempts.iter().map(|a| &a.lesson_id)) {
        if !lesson_ids.contains(id) {
            lesson_ids.push(id.clone());
        }
    }
    let order: Vec<String> = pack.lessons(&pack::LessonFilter::default(), locale)?.into_iter().map(|l| l.id).collect();
    lesson_ids.sort_by_key(|id| order.iter().position(|o| o == id).unwrap_or(usize::MAX));
    let heatmap = learners
        .iter()
        .map(|l| {
            let mine = work.get(l.id.as_str()).unwrap_or(&empty);
            lesson_ids.iter().map(|id| mine.best.get(id).copied()).collect()
        })
        .collect();

    Ok(ClassReport {
        class_id: class.id.clone(),
        class_name: class.name.clone(),
        today: today.to_owned(),
        assignments: assignment_lines,
        learners: lines,
        score_bands: bands,
        weekly: weekly(end, &reading, &attempts),
        lessons: lesson_ids
            .iter()
            .map(|id| LessonRef { id: id.clone(), title: title(id), archived: pack.is_archived(id) })
            .collect(),
        heatmap,
        hard_questions: hard_questions(pack, &mut lessons, &attempts, locale, 5)?,
        needs_help,
        not_covered: not_covered(&exchanges),
        marked_wrong: db
            .marked_wrong()?
            .into_iter()
            .filter_map(|(id, note)| {
                let exchange = exchanges.iter().find(|e| e.id == id)?;
                let learner = learners.iter().find(|l| Some(&l.id) == exchange.learner_id.as_ref())?;
                Some(MarkedAnswer {
                    exchange_id: id,
                    learner: learner.name.clone(),
                    question: exchange.question.clone(),
                    answer: exchange.answer.clone(),
                    mode: exchange.mode.clone(),
                    note,
                })
            })
            .collect(),
    })
}

/// Reading minutes and attempts in each of the last [`WEEKS`] weeks before `end`.
fn weekly(end: i64, reading: &[ReadingEvent], attempts: &[AttemptRecord]) -> Vec<Week> {
    let mut weeks: Vec<Week> = (0..WEEKS)
        .map(|k| Week { start: date_of(end - (WEEKS - k) as i64 * WEEK_MS), minutes: 0, attempts: 0 })
        .collect();
    let slot = |hlc: i64| -> Option<usize> {
        let back = (end - 1 - hlc).div_euclid(WEEK_MS);
        (0..WEEKS as i64).contains(&back).then(|| WEEKS - 1 - back as usize)
    };
    let mut seconds = vec![0u64; WEEKS];
    for event in reading {
        if let Some(k) = slot(event.hlc) {
            seconds[k] += u64::from(event.seconds);
        }
    }
    for attempt in attempts {
        if let Some(k) = slot(attempt.hlc) {
            weeks[k].attempts += 1;
        }
    }
    for (week, seconds) in weeks.iter_mut().zip(seconds) {
        week.minutes = seconds.div_ceil(60) as u32;
    }
    weeks
}

/// Out-of-scope questions grouped by their terms (folded, stemmed, stop words dropped, as
/// search reads them), most asked first.
fn not_covered(exchanges: &[learner::Exchange]) -> Vec<Uncovered> {
    let mut groups: BTreeMap<Vec<String>, (String, u32, BTreeSet<String>)> = BTreeMap::new();
    for exchange in exchanges.iter().filter(|e| e.mode == "out_of_scope") {
        let mut words = textnorm::terms(&exchange.question);
        words.sort();
        words.dedup();
        let entry = groups.entry(words).or_insert_with(|| (exchange.question.clone(), 0, BTreeSet::new()));
        entry.1 += 1;
        entry.2.insert(exchange.learner_id.clone().unwrap_or_default());
    }
    let mut out: Vec<Uncovered> = groups
        .into_values()
        .map(|(question, times, learners)| Uncovered { question, times, learners: learners.len() as u32 })
        .collect();
    out.sort_by(|a, b| b.times.cmp(&a.times).then(b.learners.cmp(&a.learners)));
    out
}
