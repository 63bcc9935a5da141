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
    use std::collections::{BTreeMap, BTreeSet};

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

    /// Each message of a Fluent source with the variables it uses.
    fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut current: Option<String> = None;
        for line in source.lines() {
            if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
                current = line.split_once('=').map(|(id, _)| id.trim().to_owned());
                found.entry(current.clone().unwrap_or_default()).or_default();
            } else if line.starts_with('#') {
                continue;
            }
            let Some(id) = &current else { continue };
            let body = if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
                line.split_once('=').map_or("", |(_, v)| v)
            } else {
                line
            };
            for (at, _) in body.match_indices('$') {
                let name: String = body[at + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                found.get_mut(id).expect("entry made above").insert(name);
            }
        }
        found
    }

    #[test]
    fn every_locale_has_every_english_message_with_the_same_placeholders() {
        let mut problems = Vec::new();
        let locales = available_locales();
        assert_eq!(locales, ["en", "pa-Arab", "ps", "sd", "ur"]);
        for (_, file, english) in files::FILES.iter().filter(|(lang, _, _)| *lang == "en") {
            let english = messages(english);
            for locale in locales.iter().filter(|l| **l != "en") {
                let Some((_, _, source)) = files::FILES.iter().find(|(l, f, _)| l == locale && f == file) else {
                    problems.push(format!("locales/{locale}/{file} is missing"));
                    continue;
                };
                let translated = messages(source);
                for (id, variables) in &english {
                    match translated.get(id) {
                        None => problems.push(format!("{locale}/{file}: `{id}` is missing")),
                        Some(theirs) if theirs != variables => problems
                            .push(format!("{locale}/{file}: `{id}` uses {theirs:?}, English uses {variables:?}")),
                        Some(_) => {}
                    }
                }
                for id in translated.keys().filter(|id| !english.contains_key(*id)) {
                    problems.push(format!("{locale}/{file}: `{id}` is not in English"));
                }
                // Every file loads: valid Fluent, no message defined twice.
                let _ = Translator::new(locale);
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn every_error_code_has_its_message_in_every_locale() {
        let mut problems = Vec::new();
        for locale in available_locales() {
            let tr = Translator::new(locale);
            for code in error_codes::ErrorCode::ALL {
                let id = code.message_id();
                if !tr.bundles.iter().any(|bundle| bundle.has_message(id)) || !tr.has_own(id) {
                    problems.push(format!("{locale}: {code} has no message `{id}`"));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn the_checker_sees_a_missing_message_and_a_changed_placeholder() {
        let english = messages(
            "a = One { $n }\n# comment\nb =\n    { $count ->\n        [one] x\n       *[other] { $count } y\n    }\n",
        );
        assert_eq!(english.len(), 2);
        assert_eq!(english["b"], BTreeSet::from(["count".to_owned()]));
        let changed = messages("a = Ek { $number }\n");
        assert_ne!(changed.get("a"), english.get("a"));
        assert!(!changed.contains_key("b"));
    }
}
