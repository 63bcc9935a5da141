//! Translations: the `.ftl` files under `locales/` (embedded at build time) read with Fluent.
//! The CLI and the app share them. A message missing in a locale falls back to English.

pub use fluent_bundle::FluentValue;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

mod files {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// Locale codes that have translation files, English first.
pub fn available_locales() -> Vec<&'static str> {
    let mut locales: Vec<&str> = files::FILES.iter().map(|(lang, _, _)| *lang).collect();
    locales.dedup();
    locales.sort_by_key(|l| (*l != "en", *l));
    locales
}

/// The messages of one locale, with English behind them.
pub struct Translator {
    locale: String,
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Translator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translator").field("locale", &self.locale).finish()
    }
}

fn bundle(locale: &str) -> Option<FluentBundle<FluentResource>> {
    let langid: LanguageIdentifier = locale.parse().ok()?;
    let mut bundle = FluentBundle::new(vec![langid]);
    // Terminals show the Unicode isolation marks as stray characters.
    bundle.set_use_isolating(false);
    let mut found = false;
    for (lang, _, source) in files::FILES.iter().filter(|(lang, _, _)| *lang == locale) {
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("locales/{lang}: invalid Fluent: {errors:?}"));
        bundle.add_resource(resource).unwrap_or_else(|errors| panic!("locales/{lang}: duplicate message: {errors:?}"));
        found = true;
    }
    found.then_some(bundle)
}

impl Translator {
    /// Messages for `locale`; unknown locales get English.
    pub fn new(locale: &str) -> Translator {
        let mut bundles = Vec::new();
        if locale != "en" {
            bundles.extend(bundle(locale));
        }
        bundles.extend(bundle("en"));
        Translator { locale: locale.to_owned(), bundles }
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// The message `id` with `args`; the id itself when no locale has it.
    pub fn t(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
            }
        }
        id.to_owned()
    }

    /// Whether this locale (not the English fallback) has message `id`.
    pub fn has_own(&self, id: &str) -> bool {
        self.locale == "en" || self.bundles.len() > 1 && self.bundles[0].has_message(id)
    }
}

/// Shorthand for a string argument.
pub fn arg<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    value.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_urdu_load_and_fall_back() {
        let en = Translator::new("en");
        assert_eq!(en.t("error-lesson-not-found", &[("id", arg("x"))]), "There is no lesson “x” in this pack.");
        let ur = Translator::new("ur");
        assert!(ur.t("error-lesson-not-found", &[("id", arg("x"))]).contains("سبق"));
        let unknown = Translator::new("fr");
        assert_eq!(unknown.t("quiz-correct", &[]), en.t("quiz-correct", &[]));
        assert_eq!(en.t("no-such-message", &[]), "no-such-message");
    }

    #[test]
    fn urdu_has_every_english_message() {
        let source = files::FILES.iter().filter(|(lang, _, _)| *lang == "en").map(|(_, _, s)| *s).collect::<Vec<_>>();
        let ur = Translator::new("ur");
        for text in source {
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =") {
                    if !id.starts_with(['#', ' ', '.', '-']) && !id.is_empty() {
                        assert!(ur.has_own(id.trim()), "ur is missing `{id}`");
                    }
                }
            }
        }
    }
}
