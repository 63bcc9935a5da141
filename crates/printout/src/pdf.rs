//! Writing laid-out pages as PDF: each font embedded whole as a CID-keyed TrueType font
//! (glyph ids as character codes, Identity-H), each glyph placed at its own position.

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str};
use rustybuzz::Face;

use crate::layout::{Page, PAGE_H, PAGE_W};

pub(crate) fn write(pages: &[Page], faces: &[Face<'_>], data: &[Vec<u8>]) -> Vec<u8> {
    let mut pdf = Pdf::new();
    let mut next = 1;
    let mut id = || {
        next += 1;
        Ref::new(next - 1)
    };
    let catalog = id();
    let tree = id();
    let mut font_ids = Vec::new();
    for (idx, face) in faces.iter().enumerate() {
        let (font, cid, descriptor, file) = (id(), id(), id(), id());
        font_ids.push(font);
        let name = Name(if idx == 0 { b"UstadArabic" } else { b"UstadLatin" });
        let scale = 1000.0 / face.units_per_em() as f32;
        pdf.type0_font(font).base_font(name).encoding_predefined(Name(b"Identity-H")).descendant_font(cid);
        pdf.cid_font(cid)
            .subtype(CidFontType::Type2)
            .base_font(name)
            .system_info(SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"Identity"), supplement: 0 })
            .font_descriptor(descriptor)
            .default_width(0.0)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        let bbox = face.global_bounding_box();
        pdf.font_descriptor(descriptor)
            .name(name)
            .flags(FontFlags::NON_SYMBOLIC)
            .bbox(Rect::new(
                bbox.x_min as f32 * scale,
                bbox.y_min as f32 * scale,
                bbox.x_max as f32 * scale,
                bbox.y_max as f32 * scale,
            ))
            .italic_angle(0.0)
            .ascent(face.ascender() as f32 * scale)
            .descent(face.descender() as f32 * scale)
            .cap_height(face.capital_height().unwrap_or(face.ascender()) as f32 * scale)
            .stem_v(80.0)
            .font_file2(file);
        let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&data[idx], 6);
        pdf.stream(file, &compressed).filter(Filter::FlateDecode).pair(Name(b"Length1"), data[idx].len() as i32);
    }
    let mut page_ids = Vec::new();
    for page in pages {
        let (page_id, content_id) = (id(), id());
        page_ids.push(page_id);
        let mut content = Content::new();
        content.set_line_width(0.4);
        content.set_stroke_gray(0.7);
        for &(x1, x2, y) in &page.rules {
            content.move_to(x1, y);
            content.line_to(x2, y);
        }
        content.stroke();
        content.begin_text();
        let mut current: Option<(usize, f32)> = None;
        for glyph in &page.glyphs {
            if current != Some((glyph.font, glyph.size)) {
                let name = if glyph.font == 0 { b"F0" as &[u8] } else { b"F1" };
                content.set_font(Name(name), glyph.size);
                current = Some((glyph.font, glyph.size));
            }
            content.set_text_matrix([1.0, 0.0, 0.0, 1.0, glyph.x, glyph.y]);
            content.show(Str(&glyph.gid.to_be_bytes()));
        }
        content.end_text();
        let stream = content.finish();
        pdf.stream(content_id, &stream);
        let mut page_writer = pdf.page(page_id);
        page_writer.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H)).parent(tree).contents(content_id);
        let mut resources = page_writer.resources();
        let mut fonts = resources.fonts();
        fonts.pair(Name(b"F0"), font_ids[0]);
        fonts.pair(Name(b"F1"), font_ids[1]);
        fonts.finish();
        resources.finish();
        page_writer.finish();
    }
    pdf.pages(tree).kids(page_ids.iter().copied()).count(page_ids.len() as i32);
    pdf.catalog(catalog).pages(tree);
    pdf.finish()
}
