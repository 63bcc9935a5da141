//! Translations: the same `locales/<lang>/*.ftl` files the Rust side embeds, bundled at build
//! time and read with Fluent. A message missing in a locale falls back to English.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { ERROR_MESSAGES, type AppError, type ErrorCode } from "./bindings";

export type Args = Record<string, FluentVariable>;

/** Every `.ftl` file of the repository, keyed by its path (`../../../locales/ur/app.ftl`). */
const sources = import.meta.glob("../../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** Locale codes that have translation files, English first (as `i18n::available_locales`). */
export const LOCALES: string[] = [...new Set(Object.keys(sources).map(localeOfPath))].sort((a, b) =>
  a === "en" ? -1 : b === "en" ? 1 : a < b ? -1 : a > b ? 1 : 0,
);

/** Language names in their own script, for the language pickers. */
export const NATIVE_NAMES: Record<string, string> = {
  en: "English",
  ur: "اردو",
  ps: "پښتو",
  sd: "سنڌي",
  "pa-Arab": "پنجابی",
};

const RTL = new Set(["ur", "ps", "sd", "pa-Arab", "ar", "fa"]);

/** Writing direction of a locale, for when the backend's `LocaleInfo.dir` is not at hand. */
export function dirOf(locale: string): "ltr" | "rtl" {
  return RTL.has(locale) ? "rtl" : "ltr";
}

function localeOfPath(path: string): string {
  const parts = path.split("/");
  return parts[parts.length - 2];
}

/** Files of one locale as `[file name, source]`, sorted so the result does not depend on globbing. */
export function filesOf(locale: string): [string, string][] {
  return Object.entries(sources)
    .filter(([path]) => localeOfPath(path) === locale)
    .map(([path, source]): [string, string] => [path.split("/").pop() ?? path, source])
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** One locale's messages in a bundle; the errors are syntax errors and duplicate messages. */
export function makeBundle(locale: string): { bundle: FluentBundle; errors: string[] } {
  // Plain digits everywhere, as the Rust side prints them (Intl would give ۱۲۳ for sd and ps).
  const bundle = new FluentBundle(`${locale}-u-nu-latn`, { useIsolating: false });
  const errors: string[] = [];
  for (const [file, source] of filesOf(locale)) {
    const resource = new FluentResource(source);
    for (const error of bundle.addResource(resource)) errors.push(`${locale}/${file}: ${error.message}`);
  }
  return { bundle, errors };
}

const cache = new Map<string, FluentBundle>();

function bundleFor(locale: string): FluentBundle | null {
  if (!LOCALES.includes(locale)) return null;
  let bundle = cache.get(locale);
  if (!bundle) {
    bundle = makeBundle(locale).bundle;
    cache.set(locale, bundle);
  }
  return bundle;
}

/** The bundles to look in for `locale`: its own, then English. */
function chain(locale: string): FluentBundle[] {
  return [bundleFor(locale), locale === "en" ? null : bundleFor("en")].filter((b): b is FluentBundle => b !== null);
}

/**
 * Formats message `id`, or returns null when no bundle has it or it needs variables that were
 * not given (so a command-line message with `{ $path }` is never shown half-filled).
 */
export function tryFormat(locale: string, id: string, args?: Args): string | null {
  for (const bundle of chain(locale)) {
    const message = bundle.getMessage(id);
    if (!message?.value) continue;
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, args ?? null, errors);
    return errors.length === 0 ? text : null;
  }
  return null;
}

/** Message `id` in `locale` (English behind it); the id itself when nobody has it. */
export function format(locale: string, id: string, args?: Args): string {
  return tryFormat(locale, id, args) ?? id;
}

/** `PIN_WRONG` → `pin-wrong`. */
export function codeToKebab(code: string): string {
  return code.toLowerCase().replace(/_/g, "-");
}

/**
 * The UI's own message ids for an error code, in order: `app-error-<code>` (the app's wording
 * where the command line's message talks about commands or needs variables), then the message
 * Rust names for the code (`ERROR_MESSAGES`, generated), or `error-<code>` for a code this UI
 * does not know.
 */
export function errorMessageIds(code: ErrorCode | string): string[] {
  const kebab = codeToKebab(code);
  const named = (ERROR_MESSAGES as Record<string, string>)[code] ?? `error-${kebab}`;
  return [`app-error-${kebab}`, named];
}

/**
 * The text for an error: the UI's own message for its code (one that needs no variables), else
 * the error's `message` (Rust sends it already in the learner's language), else `error-generic`.
 */
export function formatError(locale: string, error: AppError | { code: string; message: string }): string {
  for (const id of errorMessageIds(error.code)) {
    const text = tryFormat(locale, id);
    if (text !== null) return text;
  }
  if (error.message.trim() !== "") return error.message;
  return format(locale, "error-generic");
}
