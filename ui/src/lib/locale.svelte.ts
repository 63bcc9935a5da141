//! The UI's current language, as reactive state: changing it re-renders every `t(...)` and
//! sets `<html lang dir>`.

import type { AppError } from "./bindings";
import { dirOf, format, formatError, tryFormat, type Args } from "./i18n";

export const locale = $state({ code: "en", dir: "ltr" as "ltr" | "rtl" });

/** Switches the whole UI to `code`; `dir` comes from the backend's `LocaleInfo` when known. */
export function applyLocale(code: string, dir?: string): void {
  locale.code = code;
  locale.dir = dir === "rtl" || dir === "ltr" ? dir : dirOf(code);
  document.documentElement.lang = code;
  document.documentElement.dir = locale.dir;
}

/** Message `id` in the current language. */
export function t(id: string, args?: Args): string {
  return format(locale.code, id, args);
}

/** Message `id` in another language (the first-run screen greets in all of them). */
export function tIn(code: string, id: string, args?: Args): string {
  return format(code, id, args);
}

/** The translated text for an error. */
export function te(error: AppError): string {
  return formatError(locale.code, error);
}

/** Message `id`, or null when no language has it (e.g. a subject without a translated name). */
export function tryT(id: string, args?: Args): string | null {
  return tryFormat(locale.code, id, args);
}
