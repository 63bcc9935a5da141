//! Printable reports: headings, paragraphs and tables in Urdu (or another Arabic-script
//! language) and English, shaped with rustybuzz (HarfBuzz's shaping in Rust: Nastaliq's joined
//! letters, not isolated ones or boxes), ordered by the Unicode bidirectional algorithm, laid
//! out on A4 pages and written as PDF with the fonts embedded. A right-to-left document is set
//! from the right margin, its tables' first column on the right.

mod layout;
mod pdf;

pub use layout::{Block, Document};

/// The fonts a document is set in: one for Arabic script, one for the rest (Latin, digits).
pub struct Fonts {
    faces: Vec<Vec<u8>>,
}

/// The app's own Arabic-script fonts (OFL, `ui/public/fonts`), built in so that a report
/// prints the same on every laptop: Nastaliq for Urdu and Punjabi, Naskh for the others.
const NASTALIQ: &[u8] = include_bytes!("../../../ui/public/fonts/NotoNastaliqUrdu-Regular.ttf");
const NASKH: &[u8] = include_bytes!("../../../ui/public/fonts/NotoNaskhArabic-Regular.ttf");

#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("cannot read the font {path}: {detail}")]
    Font { path: String, detail: String },
}

impl PrintError {
    pub fn code(&self) -> error_codes::ErrorCode {
        error_codes::ErrorCode::IoError
    }
}

/// The font file for Latin text on Debian and Ubuntu (package `fonts-dejavu-core`, which
/// fontconfig, and so every desktop, depends on).
pub const LATIN_FONT: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

impl Fonts {
    /// The fonts for a report in `locale`: the built-in Arabic-script font that language is
    /// written in, and the system's Latin font ([`LATIN_FONT`]).
    pub fn for_locale(locale: &str) -> Result<Fonts, PrintError> {
        let arabic = if matches!(locale, "ur" | "pa-Arab") { NASTALIQ } else { NASKH };
        let latin = std::fs::read(LATIN_FONT)
            .map_err(|e| PrintError::Font { path: LATIN_FONT.to_owned(), detail: e.to_string() })?;
        Ok(Fonts { faces: vec![arabic.to_vec(), latin] })
    }

    /// Reads the Arabic-script font and the Latin one.
    pub fn load(arabic: &std::path::Path, latin: &std::path::Path) -> Result<Fonts, PrintError> {
        let read = |path: &std::path::Path| -> Result<Vec<u8>, PrintError> {
            let data = std::fs::read(path)
                .map_err(|e| PrintError::Font { path: path.display().to_string(), detail: e.to_string() })?;
            rustybuzz::Face::from_slice(&data, 0)
                .ok_or_else(|| PrintError::Font { path: path.display().to_string(), detail: "not a font".into() })?;
            Ok(data)
        };
        Ok(Fonts { faces: vec![read(arabic)?, read(latin)?] })
    }
}

/// What was printed: pages, glyphs, and glyphs neither font had (drawn as a box; 0 expected).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Printed {
    pub pages: usize,
    pub glyphs: usize,
    pub missing: usize,
}

/// The document as a PDF file.
pub fn render(document: &Document, fonts: &Fonts) -> (Vec<u8>, Printed) {
    let faces: Vec<rustybuzz::Face<'_>> =
        fonts.faces.iter().map(|data| rustybuzz::Face::from_slice(data, 0).expect("checked at load")).collect();
    let pages = layout::lay_out(document, &faces);
    let printed = Printed {
        pages: pages.len(),
        glyphs: pages.iter().flat_map(|p| &p.glyphs).count(),
        missing: pages.iter().flat_map(|p| &p.glyphs).filter(|g| g.gid == 0).count(),
    };
    (pdf::write(&pages, &faces, &fonts.faces), printed)
}
