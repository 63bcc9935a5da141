//! A lesson section's Markdown as plain blocks (paragraphs, lists, tables) of styled text, with
//! glossary terms marked, so that the UI renders it with its own elements and never injects HTML.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;
use ts_rs::TS;

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Inline {
    pub text: String,
    pub strong: bool,
    pub em: bool,
    /// Index of the glossary term this text is, if it is one.
    pub term: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    Paragraph { inlines: Vec<Inline> },
    List { ordered: bool, items: Vec<Vec<Inline>> },
    Table { head: Vec<Vec<Inline>>, rows: Vec<Vec<Vec<Inline>>> },
}

/// The cells of one table row.
type Row = Vec<Vec<Inline>>;

/// Where the text being read goes.
#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    inlines: Vec<Inline>,
    strong: u32,
    em: u32,
    list: Option<(bool, Vec<Vec<Inline>>)>,
    /// The table being read: its head, its rows, and whether the head is being read.
    table: Option<(Row, Vec<Row>, bool)>,
    row: Row,
}

impl Builder {
    fn text(&mut self, text: &str) {
        let (strong, em) = (self.strong > 0, self.em > 0);
        match self.inlines.last_mut() {
            Some(last) if last.strong == strong && last.em == em && last.term.is_none() => last.text.push_str(text),
            _ => self.inlines.push(Inline { text: text.to_owned(), strong, em, term: None }),
        }
    }

    fn take(&mut self) -> Vec<Inline> {
        std::mem::take(&mut self.inlines)
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Text(text) | Event::Code(text) => self.text(&text),
            Event::SoftBreak | Event::HardBreak => self.text(" "),
            Event::Start(Tag::Strong) => self.strong += 1,
            Event::End(TagEnd::Strong) => self.strong -= 1,
            Event::Start(Tag::Emphasis) => self.em += 1,
            Event::End(TagEnd::Emphasis) => self.em -= 1,
            Event::Start(Tag::List(start)) => self.list = Some((start.is_some(), Vec::new())),
            Event::End(TagEnd::Item) => {
                let item = self.take();
                if let Some((_, items)) = self.list.as_mut() {
                    items.push(item);
                }
            }
            Event::End(TagEnd::List(_)) => {
                if let Some((ordered, items)) = self.list.take() {
                    self.blocks.push(Block::List { ordered, items });
                }
            }
            Event::End(TagEnd::Paragraph) if self.list.is_none() => {
                let inlines = self.take();
                self.blocks.push(Block::Paragraph { inlines });
            }
            Event::Start(Tag::Table(_)) => self.table = Some((Vec::new(), Vec::new(), true)),
            Event::End(TagEnd::TableCell) => {
                let cell = self.take();
                self.row.push(cell);
            }
            Event::End(TagEnd::TableHead) => {
                let row = std::mem::take(&mut self.row);
                if let Some((head, _, in_head)) = self.table.as_mut() {
                    *head = row;
                    *in_head = false;
                }
            }
            Event::End(TagEnd::TableRow) => {
                let row = std::mem::take(&mut self.row);
                if let Some((_, rows, _)) = self.table.as_mut() {
                    rows.push(row);
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some((head, rows, _)) = self.table.take() {
                    self.blocks.push(Block::Table { head, rows });
                }
            }
            // Raw HTML, images and links are not part of lessons: their text is kept as text.
            Event::Html(text) | Event::InlineHtml(text) => self.text(&text),
            _ => {}
        }
    }
}

/// The blocks of `markdown`; the first time each of `terms` appears it is marked with its index.
pub fn blocks(markdown: &str, terms: &[String]) -> Vec<Block> {
    let mut builder = Builder::default();
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        builder.event(event);
    }
    let leftover = builder.take();
    if !leftover.is_empty() {
        builder.blocks.push(Block::Paragraph { inlines: leftover });
    }
    let mut blocks = builder.blocks;
    let mut marked = vec![false; terms.len()];
    for block in &mut blocks {
        match block {
            Block::Paragraph { inlines } => mark_terms(inlines, terms, &mut marked),
            Block::List { items, .. } => items.iter_mut().for_each(|i| mark_terms(i, terms, &mut marked)),
            Block::Table { head, rows } => {
                head.iter_mut().chain(rows.iter_mut().flatten()).for_each(|c| mark_terms(c, terms, &mut marked))
            }
        }
    }
    blocks
}

/// Splits the runs of `inlines` where a term not yet `marked` first appears (case-insensitive).
fn mark_terms(inlines: &mut Vec<Inline>, terms: &[String], marked: &mut [bool]) {
    let mut out = Vec::with_capacity(inlines.len());
    for inline in inlines.drain(..) {
        let mut rest = inline;
        while let Some((at, len, idx)) = first_term(&rest.text, terms, marked) {
            marked[idx] = true;
            let after = rest.text.split_off(at + len);
            let term_text = rest.text.split_off(at);
            if !rest.text.is_empty() {
                out.push(rest.clone());
            }
            out.push(Inline { text: term_text, term: Some(idx as u32), ..rest.clone() });
            rest = Inline { text: after, ..rest };
        }
        if !rest.text.is_empty() {
            out.push(rest);
        }
    }
    *inlines = out;
}

/// The earliest (then longest) unmarked term in `text` that stands as whole words:
/// (byte offset, byte length, term index).
fn first_term(text: &str, terms: &[String], marked: &[bool]) -> Option<(usize, usize, usize)> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return None; // Lower-casing changed the byte offsets; leave this run as it is.
    }
    let mut best: Option<(usize, usize, usize)> = None;
    for (idx, term) in terms.iter().enumerate() {
        let needle = term.to_lowercase();
        if marked[idx] || needle.is_empty() {
            continue;
        }
        let mut from = 0;
        while let Some(pos) = lower[from..].find(&needle) {
            let at = from + pos;
            let end = at + needle.len();
            let boundary_before = lower[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let boundary_after = lower[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            if boundary_before && boundary_after {
                if best.is_none_or(|(b_at, b_len, _)| at < b_at || (at == b_at && needle.len() > b_len)) {
                    best = Some((at, needle.len(), idx));
                }
                break;
            }
            from = end;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(inlines: &[Inline]) -> Vec<(&str, bool, Option<u32>)> {
        inlines.iter().map(|i| (i.text.as_str(), i.strong, i.term)).collect()
    }

    #[test]
    fn paragraphs_lists_and_tables_become_blocks() {
        let md = "Plants make **food**.\n\n- one\n- *two*\n\n1. first\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        let blocks = blocks(md, &[]);
        assert_eq!(blocks.len(), 4, "{blocks:?}");
        let Block::Paragraph { inlines } = &blocks[0] else { panic!() };
        assert_eq!(texts(inlines), [("Plants make ", false, None), ("food", true, None), (".", false, None)]);
        let Block::List { ordered: false, items } = &blocks[1] else { panic!() };
        assert!(items[1][0].em);
        assert!(matches!(&blocks[2], Block::List { ordered: true, items } if items.len() == 1));
        let Block::Table { head, rows } = &blocks[3] else { panic!() };
        assert_eq!((head.len(), rows.len(), rows[0][1][0].text.as_str()), (2, 1, "2"));
    }

    #[test]
    fn a_glossary_term_is_marked_once_as_whole_words_in_any_script() {
        let terms = ["chlorophyll".to_owned(), "food".to_owned(), "ضیائی تالیف".to_owned()];
        let blocks = blocks("Seafood is not **food**; food and Chlorophyll.\n\nضیائی تالیف سے", &terms);
        let Block::Paragraph { inlines } = &blocks[0] else { panic!() };
        let marked: Vec<_> = inlines.iter().filter_map(|i| Some((i.text.as_str(), i.term?))).collect();
        assert_eq!(marked, [("food", 1), ("Chlorophyll", 0)]);
        assert!(inlines.iter().any(|i| i.text == "food" && i.strong && i.term == Some(1)));
        let Block::Paragraph { inlines } = &blocks[1] else { panic!() };
        assert_eq!(inlines[0].term, Some(2));
    }

    #[test]
    fn html_in_a_lesson_stays_text() {
        let blocks = blocks("a <script>alert(1)</script> b", &[]);
        let Block::Paragraph { inlines } = &blocks[0] else { panic!() };
        assert!(inlines.iter().map(|i| i.text.as_str()).collect::<String>().contains("<script>"));
    }
}
