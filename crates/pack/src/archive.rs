//! Lessons removed from a newer pack are archived, not deleted: the pack that still had them is
//! kept in an archive folder beside the installed one (`packs/archive/<pack id>-<version>.ustadpack`),
//! and [`Pack::lesson`] and the other reads by lesson id fall back to it, so learners' progress,
//! reports and assignments keep their lesson. The lesson list, search and the tutor's retrieval
//! see the current pack only.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::{LessonFilter, LessonSummary, Pack, PackError, Result};

/// The archive folder's name inside the packs folder.
pub const ARCHIVE_DIR: &str = "archive";

/// `1.10.0` > `1.9.2`: dotted numbers compared as numbers.
pub fn version_key(version: &str) -> Vec<u64> {
    version.split(['.', '-', '+']).map(|part| part.parse().unwrap_or(0)).collect()
}

impl Pack {
    /// Puts the archived packs in `dir` behind this one, newest version first. A file there that
    /// does not open as a pack is left out (it was checked when it was installed).
    pub fn with_archive(mut self, dir: &Path) -> Pack {
        let mut archive: Vec<Pack> = archived_files(dir).iter().filter_map(|path| Pack::open(path).ok()).collect();
        archive.sort_by(|a, b| version_key(&b.info.version).cmp(&version_key(&a.info.version)));
        self.archive = archive;
        self
    }

    /// Whether the current pack (not its archive) has lesson `id`.
    pub fn has_lesson(&self, id: &str) -> Result<bool> {
        let found: Option<i64> = rusqlite::OptionalExtension::optional(
            self.conn.prepare_cached("SELECT 1 FROM lessons WHERE id = ?1")?.query_row([id], |row| row.get(0)),
        )?;
        Ok(found.is_some())
    }

    /// `LessonNotFound` unless the current pack has lesson `id` (new work is assigned only from
    /// the current lessons, never an archived one).
    pub fn require_current(&self, id: &str) -> Result<()> {
        if self.has_lesson(id)? {
            Ok(())
        } else {
            Err(PackError::LessonNotFound(id.to_owned()))
        }
    }

    /// Whether lesson `id` is no longer in the current pack but kept in its archive.
    pub fn is_archived(&self, id: &str) -> bool {
        !self.has_lesson(id).unwrap_or(true) && self.archive.iter().any(|old| old.has_lesson(id).unwrap_or(false))
    }

    /// The archived lessons (those the current pack lacks), newest archive first, titled in
    /// `locale` (or English).
    pub fn archived_lessons(&self, locale: &str) -> Result<Vec<LessonSummary>> {
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        for old in &self.archive {
            for summary in old.lessons(&LessonFilter::default(), locale)? {
                if !self.has_lesson(&summary.id)? && seen.insert(summary.id.clone()) {
                    out.push(summary);
                }
            }
        }
        Ok(out)
    }

    /// The pack to read lesson `id` from: this one, or the newest archived pack that has it.
    pub(crate) fn source(&self, id: &str) -> Result<&Pack> {
        if self.archive.is_empty() || self.has_lesson(id)? {
            return Ok(self);
        }
        for old in &self.archive {
            if old.has_lesson(id)? {
                return Ok(old);
            }
        }
        Ok(self)
    }
}

/// Before `new` replaces `old`: keeps `old` in the archive folder `dir` if it has lessons `new`
/// lacks, and removes archived packs all of whose lessons `new` has again. Returns the ids of the
/// lessons `new` lacks that some archived pack keeps. `old` is hard-linked (or copied through a
/// temporary file) into the archive, so the installed file is never moved away.
pub fn archive_removed(old: &Pack, new: &Pack, dir: &Path) -> Result<Vec<String>> {
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| PackError::Io { path, source }
    };
    let removed = lacking(old, new)?;
    if !removed.is_empty() {
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let kept = dir.join(archive_name(old));
        if !kept.exists() {
            let partial = kept.with_extension("partial");
            let _ = std::fs::remove_file(&partial);
            if std::fs::hard_link(old.path(), &partial).is_err() {
                std::fs::copy(old.path(), &partial).map_err(io(&partial))?;
            }
            std::fs::rename(&partial, &kept).map_err(io(&kept))?;
        }
    }
    // Older archives: dropped once the new pack has every lesson they kept.
    let mut archived: BTreeSet<String> = removed.into_iter().collect();
    for path in archived_files(dir) {
        let Ok(pack) = Pack::open(&path) else { continue };
        let lacking = lacking(&pack, new)?;
        if lacking.is_empty() {
            drop(pack);
            std::fs::remove_file(&path).map_err(io(&path))?;
        } else {
            archived.extend(lacking);
        }
    }
    Ok(archived.into_iter().collect())
}

/// The lessons of `pack` that `new` does not have.
fn lacking(pack: &Pack, new: &Pack) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for lesson in pack.lessons(&LessonFilter::default(), "en")? {
        if !new.has_lesson(&lesson.id)? {
            out.push(lesson.id);
        }
    }
    Ok(out)
}

/// `<pack id>-<version>.ustadpack`, with anything but letters, digits, `.`, `_` and `-` replaced.
fn archive_name(pack: &Pack) -> String {
    let clean = |s: &str| {
        s.chars().map(|c| if c.is_ascii_alphanumeric() || "._-".contains(c) { c } else { '_' }).collect::<String>()
    };
    format!("{}-{}.ustadpack", clean(&pack.info.pack_id), clean(&pack.info.version))
}

fn archived_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ustadpack"))
        .collect()
}
