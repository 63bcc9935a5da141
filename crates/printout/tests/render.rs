//! The PDF as a reader sees it: rendered to pixels by poppler's `pdftoppm` (as a PDF viewer
//! would), Urdu comes out joined and shaped (a word is much narrower than its letters set
//! apart, and no glyph is missing, so no boxes), right-aligned in a right-to-left document.

use printout::{Block, Document, Fonts};

/// Renders page 1 of `pdf` at 72 dpi; returns width, height and grey pixels (0 = black).
fn raster(pdf: &[u8]) -> (usize, usize, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = dir.path().join("page");
    let status = std::process::Command::new("pdftoppm")
        .args(["-gray", "-r", "72", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&path)
        .arg(&out)
        .status()
        .expect("pdftoppm (poppler-utils, installed by scripts/test.sh)");
    assert!(status.success());
    let bytes = std::fs::read(dir.path().join("page.pgm")).unwrap();
    // A binary PGM: "P5\n<w> <h>\n255\n" then one byte a pixel.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, bytes[at + 1..].to_vec())
}

/// The leftmost and rightmost columns with ink.
fn ink_columns(page: &(usize, usize, Vec<u8>)) -> Option<(usize, usize)> {
    let (w, h, pixels) = page;
    let inked: Vec<usize> = (0..*w).filter(|x| (0..*h).any(|y| pixels[y * w + x] < 128)).collect();
    Some((*inked.first()?, *inked.last()?))
}

fn pdf(rtl: bool, text: &str) -> (Vec<u8>, printout::Printed) {
    let fonts = Fonts::for_locale("ur").unwrap();
    printout::render(&Document { rtl, blocks: vec![Block::Heading(text.into())] }, &fonts)
}

#[test]
fn urdu_is_printed_joined_and_from_the_right() {
    let (joined, printed) = pdf(true, "پاکستان");
    assert_eq!(printed.missing, 0, "every letter has its glyph: no boxes");
    let (apart, _) = pdf(true, "پ ا ک س ت ا ن");
    let joined = raster(&joined);
    let (left, right) = ink_columns(&joined).expect("the word is drawn");
    let (apart_left, apart_right) = ink_columns(&raster(&apart)).unwrap();
    let (word, letters) = (right - left, apart_right - apart_left);
    assert!(word * 10 < letters * 7, "joined Nastaliq is narrower than its letters apart: {word} vs {letters} px");
    assert!(left > joined.0 / 2, "a right-to-left heading starts at the right margin (ink from x = {left})");

    let (english, printed) = pdf(false, "Class 5 report");
    assert_eq!(printed.missing, 0);
    let english = raster(&english);
    let (left, _) = ink_columns(&english).unwrap();
    assert!(left < english.0 / 4, "an English heading starts at the left margin");
}

#[test]
fn long_text_wraps_and_tables_flow_onto_more_pages() {
    let fonts = Fonts::for_locale("ur").unwrap();
    let rows: Vec<Vec<String>> =
        (0..200).map(|i| vec![format!("طالب علم {i}"), "مکمل".into(), format!("{i}%")]).collect();
    let document = Document {
        rtl: true,
        blocks: vec![
            Block::Paragraph("یہ ایک لمبا جملہ ہے جو ایک سطر میں نہیں سماتا۔ ".repeat(20)),
            Block::Table { header: vec!["نام".into(), "حالت".into(), "نمبر".into()], rows },
        ],
    };
    let (bytes, printed) = printout::render(&document, &fonts);
    assert!(printed.pages >= 3, "{printed:?}");
    assert_eq!(printed.missing, 0);
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(ink_columns(&raster(&bytes)).is_some());
}
