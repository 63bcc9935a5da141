//! What installing a newer pack changes for learners: the lessons it adds, the lessons it no
//! longer has (archived on install, see [`crate::archive`]) and the lessons whose content
//! differs, by title. Shown before a teacher applies an update from a USB stick.

use serde::Serialize;

use crate::{LessonFilter, LessonSummary, Pack, Result};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PackDiff {
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub updated: Vec<String>,
}

impl PackDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.updated.is_empty()
    }
}

fn current(pack: &Pack, locale: &str) -> Result<Vec<LessonSummary>> {
    pack.lessons(&LessonFilter::default(), locale)
}

/// The lessons `new` adds to, removes from and changes in `old`, by their titles in `locale`
/// (removed ones by their old titles), each in the packs' lesson order.
pub fn diff(old: &Pack, new: &Pack, locale: &str) -> Result<PackDiff> {
    let (before, after) = (current(old, locale)?, current(new, locale)?);
    let mut diff = PackDiff::default();
    for lesson in &after {
        match before.iter().find(|b| b.id == lesson.id) {
            None => diff.added.push(lesson.title.clone()),
            Some(_) => {
                let was = serde_json::to_string(&old.lesson(&lesson.id)?)?;
                if was != serde_json::to_string(&new.lesson(&lesson.id)?)? {
                    diff.updated.push(lesson.title.clone());
                }
            }
        }
    }
    diff.removed = before.iter().filter(|b| !after.iter().any(|a| a.id == b.id)).map(|b| b.title.clone()).collect();
    Ok(diff)
}
