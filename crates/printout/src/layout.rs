//! Shaping and layout: text to positioned glyphs on A4 pages.

use rustybuzz::{Direction, Face, UnicodeBuffer};
use unicode_bidi::{BidiInfo, Level};

/// A4 in points, and the margins.
pub(crate) const PAGE_W: f32 = 595.28;
pub(crate) const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 42.0;
const HEADING: f32 = 16.0;
const BODY: f32 = 10.5;
const TABLE: f32 = 9.0;

/// What a printed report holds, in order.
#[derive(Debug, Clone)]
pub enum Block {
    Heading(String),
    Paragraph(String),
    /// A header row and rows of cells, columns of equal width.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

#[derive(Debug, Clone)]
pub struct Document {
    /// Right to left (Urdu, Pashto, Sindhi, Punjabi): lines from the right margin.
    pub rtl: bool,
    pub blocks: Vec<Block>,
}

/// One glyph on a page: font, glyph id, size, and its origin in PDF points (from bottom left).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Placed {
    pub font: usize,
    pub gid: u16,
    pub size: f32,
    pub x: f32,
    pub y: f32,
}

#[derive(Debug, Default)]
pub(crate) struct Page {
    pub glyphs: Vec<Placed>,
    /// Horizontal rules: (x1, x2, y).
    pub rules: Vec<(f32, f32, f32)>,
}

/// A shaped line: glyphs left to right with x from 0, and its width.
struct Line {
    glyphs: Vec<(usize, u16, f32, f32)>,
    width: f32,
}

fn is_bidi_control(c: char) -> bool {
    matches!(c as u32, 0x200E | 0x200F | 0x061C | 0x202A..=0x202E | 0x2066..=0x2069)
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Font 0 (Arabic script) for Arabic letters, and for neutral characters inside a
/// right-to-left run when it has them; font 1 otherwise; the other when one lacks the glyph.
fn font_for(c: char, rtl_run: bool, faces: &[Face<'_>]) -> usize {
    let preferred = if is_arabic(c) || (rtl_run && !c.is_ascii_alphabetic()) { 0 } else { 1 };
    if faces[preferred].glyph_index(c).is_some() || c.is_whitespace() {
        preferred
    } else {
        1 - preferred
    }
}

/// Shapes `text` at `size` as one line, in visual order (the bidi algorithm with the
/// document's direction as the paragraph's).
fn shape(text: &str, size: f32, rtl: bool, faces: &[Face<'_>]) -> Line {
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let bidi = BidiInfo::new(text, Some(level));
    let mut glyphs = Vec::new();
    let mut x = 0.0;
    for para in &bidi.paragraphs {
        let (levels, runs) = bidi.visual_runs(para, para.range.clone());
        for run in runs {
            let run_rtl = levels[run.start].is_rtl();
            let slice = &text[run.clone()];
            // Split the run where the font changes; a right-to-left run's pieces go right to left.
            let mut pieces: Vec<(usize, String)> = Vec::new();
            // Bidi controls (isolates around a date in a sentence) have done their work.
            for c in slice.chars().filter(|c| !is_bidi_control(*c)) {
                let font = font_for(c, run_rtl, faces);
                match pieces.last_mut() {
                    Some((f, piece)) if *f == font => piece.push(c),
                    _ => pieces.push((font, c.to_string())),
                }
            }
            if run_rtl {
                pieces.reverse();
            }
            for (font, piece) in pieces {
                let face = &faces[font];
                let scale = size / face.units_per_em() as f32;
                let mut buffer = UnicodeBuffer::new();
                buffer.push_str(&piece);
                buffer.set_direction(if run_rtl { Direction::RightToLeft } else { Direction::LeftToRight });
                buffer.guess_segment_properties();
                let shaped = rustybuzz::shape(face, &[], buffer);
                for (info, pos) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
                    let gid = info.glyph_id as u16;
                    glyphs.push((font, gid, x + pos.x_offset as f32 * scale, pos.y_offset as f32 * scale));
                    x += pos.x_advance as f32 * scale;
                }
            }
        }
    }
    Line { glyphs, width: x }
}

/// The height of a line at `size`: the taller of the fonts' ascent-to-descent, with air.
fn line_height(size: f32, faces: &[Face<'_>]) -> f32 {
    let tallest = faces
        .iter()
        .map(|f| (f.ascender() as f32 - f.descender() as f32) / f.units_per_em() as f32)
        .fold(1.0, f32::max);
    size * tallest * 1.05
}

struct Cursor<'a> {
    faces: &'a [Face<'a>],
    rtl: bool,
    pages: Vec<Page>,
    /// Baseline of the next line.
    y: f32,
}

impl Cursor<'_> {
    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = PAGE_H - MARGIN;
    }

    /// Moves down one line of `size`, starting a page when there is no room.
    fn advance(&mut self, size: f32) -> f32 {
        let height = line_height(size, self.faces);
        if self.y - height < MARGIN {
            self.new_page();
        }
        self.y -= height;
        self.y + height * 0.3
    }

    /// Places a shaped line in the box [left, left + width], at the start edge of the document's
    /// direction.
    fn place(&mut self, line: &Line, size: f32, left: f32, width: f32, baseline: f32) {
        let start = if self.rtl { left + width - line.width } else { left };
        let page = self.pages.last_mut().expect("a page");
        for &(font, gid, x, y) in &line.glyphs {
            page.glyphs.push(Placed { font, gid, size, x: start + x, y: baseline + y });
        }
    }

    fn paragraph(&mut self, text: &str, size: f32) {
        let width = PAGE_W - 2.0 * MARGIN;
        let mut current = String::new();
        for word in text.split_whitespace() {
            let candidate = if current.is_empty() { word.to_owned() } else { format!("{current} {word}") };
            if !current.is_empty() && shape(&candidate, size, self.rtl, self.faces).width > width {
                let line = shape(&current, size, self.rtl, self.faces);
                let baseline = self.advance(size);
                self.place(&line, size, MARGIN, width, baseline);
                current = word.to_owned();
            } else {
                current = candidate;
            }
        }
        if !current.is_empty() {
            let line = shape(&current, size, self.rtl, self.faces);
            let baseline = self.advance(size);
            self.place(&line, size, MARGIN, width, baseline);
        }
    }

    /// A cell's text, shortened with "…" until it fits `width`.
    fn fitted(&self, text: &str, size: f32, width: f32) -> Line {
        let mut chars: Vec<char> = text.chars().collect();
        let mut line = shape(text, size, self.rtl, self.faces);
        while line.width > width && !chars.is_empty() {
            chars.pop();
            let shorter: String = chars.iter().collect::<String>() + "…";
            line = shape(&shorter, size, self.rtl, self.faces);
        }
        line
    }

    fn row(&mut self, cells: &[String], size: f32) {
        let columns = cells.len().max(1);
        let width = (PAGE_W - 2.0 * MARGIN) / columns as f32;
        let baseline = self.advance(size);
        for (idx, cell) in cells.iter().enumerate() {
            // The first column at the start edge: the left in English, the right in Urdu.
            let slot = if self.rtl { columns - 1 - idx } else { idx };
            let left = MARGIN + slot as f32 * width;
            let line = self.fitted(cell, size, width - 6.0);
            self.place(&line, size, left + 3.0, width - 6.0, baseline);
        }
        let rule_y = baseline - line_height(size, self.faces) * 0.3;
        self.pages.last_mut().expect("a page").rules.push((MARGIN, PAGE_W - MARGIN, rule_y));
    }
}

pub(crate) fn lay_out(document: &Document, faces: &[Face<'_>]) -> Vec<Page> {
    let mut cursor = Cursor { faces, rtl: document.rtl, pages: Vec::new(), y: 0.0 };
    cursor.new_page();
    for block in &document.blocks {
        match block {
            Block::Heading(text) => {
                cursor.y -= HEADING * 0.5;
                cursor.paragraph(text, HEADING);
            }
            Block::Paragraph(text) => cursor.paragraph(text, BODY),
            Block::Table { header, rows } => {
                cursor.row(header, TABLE);
                for row in rows {
                    cursor.row(row, TABLE);
                }
                cursor.y -= TABLE;
            }
        }
    }
    cursor.pages
}

#[cfg(test)]
mod tests {
    use super::*;

    fn faces() -> Vec<Vec<u8>> {
        let root = std::path::PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo"))
            .join("../../ui/public/fonts");
        vec![
            std::fs::read(root.join("NotoNastaliqUrdu-Regular.ttf")).unwrap(),
            std::fs::read(crate::LATIN_FONT).unwrap(),
        ]
    }

    #[test]
    fn urdu_is_shaped_into_joined_forms_and_set_right_to_left() {
        let data = faces();
        let faces: Vec<Face<'_>> = data.iter().map(|d| Face::from_slice(d, 0).unwrap()).collect();
        // The same letters joined, and each alone: shaping gives other glyphs (initial, medial,
        // final forms, ligatures) for the joined word.
        let joined = shape("ہے", BODY, true, &faces);
        let alone: Vec<u16> =
            ["ہ", "ے"].iter().flat_map(|l| shape(l, BODY, true, &faces).glyphs).map(|g| g.1).collect();
        let joined_ids: Vec<u16> = joined.glyphs.iter().map(|g| g.1).collect();
        assert!(joined_ids.iter().all(|g| *g != 0), "no missing glyphs: {joined_ids:?}");
        assert_ne!(
            joined_ids.iter().copied().collect::<std::collections::BTreeSet<_>>(),
            alone.iter().copied().collect()
        );
        // A number inside Urdu keeps its digits left to right; a date isolated (as
        // `session::help_text` does) keeps its order, and the isolates draw nothing.
        let mixed = shape("کلاس 5 کی رپورٹ 2026", BODY, true, &faces);
        assert!(mixed.glyphs.iter().all(|g| g.1 != 0));
        let date = shape("تاریخ \u{2066}2026-11-01\u{2069} تھی", BODY, true, &faces);
        let plain = shape("تاریخ 2026-11-01 تھی", BODY, true, &faces);
        assert!(date.glyphs.iter().all(|g| g.1 != 0));
        assert_eq!(date.glyphs.len(), plain.glyphs.len());
        let digits = |line: &Line| line.glyphs.iter().filter(|g| g.0 == 1).map(|g| g.1).collect::<Vec<_>>();
        let two = faces[1].glyph_index('2').unwrap().0;
        assert_eq!(digits(&date)[0], two, "2026-11-01 reads left to right from its first digit");
        assert_ne!(digits(&plain)[0], two, "without the isolate the bidi algorithm turns the date round");
        let latin = shape("Class 5 report", BODY, false, &faces);
        assert!(latin.glyphs.iter().all(|g| g.0 == 1 || g.1 == 0) && latin.width > 0.0);
    }
}
