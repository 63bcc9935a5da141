//! What the whole app knows: the learner, the languages, text size and the engines' state.

import { api, onEngines, toAppError } from "./api";
import type { AppError, Engines, Learner, LocaleInfo, TeacherView } from "./bindings";
import { LOCALES, NATIVE_NAMES, dirOf } from "./i18n";
import { applyLocale } from "./locale.svelte";
import { reset } from "./nav.svelte";

export const TEXT_SIZE_MIN = 80;
export const TEXT_SIZE_MAX = 200;
export const TEXT_SIZE_STEP = 10;

export const session = $state({
  phase: "loading" as "loading" | "failed" | "ready",
  error: null as AppError | null,
  /** False until a language was chosen (first run). */
  hasLocale: false,
  locales: [] as LocaleInfo[],
  learners: [] as Learner[],
  learner: null as Learner | null,
  /** The signed-in teacher (the backend holds the session; this only shows it). */
  teacher: null as TeacherView | null,
  textSize: 100,
  engines: null as Engines | null,
});

/** The languages to offer: the backend's list, or every locale with files. */
export function offeredLocales(): LocaleInfo[] {
  if (session.locales.length > 0) return session.locales;
  return LOCALES.map((code) => ({ code, name: NATIVE_NAMES[code] ?? code, dir: dirOf(code) }));
}

function localeInfo(code: string): LocaleInfo | undefined {
  return offeredLocales().find((l) => l.code === code);
}

export function applyTextSize(percent: number): void {
  session.textSize = Math.min(TEXT_SIZE_MAX, Math.max(TEXT_SIZE_MIN, percent));
  document.documentElement.style.setProperty("--text-scale", String(session.textSize / 100));
}

let unlistenEngines: (() => void) | null = null;

/** Keeps the newer of the engines' state the UI has and `engines`. */
export function updateEngines(engines: Engines): void {
  if (!session.engines || engines.version >= session.engines.version) session.engines = engines;
}

export async function boot(): Promise<void> {
  session.phase = "loading";
  try {
    // Listen before the first snapshot, so that no change is lost between the two; whichever
    // arrives last, the newest state is kept.
    unlistenEngines ??= await onEngines(updateEngines);
    const start = await api.start();
    session.locales = start.locales;
    session.learners = start.learners;
    session.learner = start.learner;
    updateEngines(start.engines);
    session.hasLocale = start.locale !== null;
    applyLocale(start.locale ?? "en", localeInfo(start.locale ?? "en")?.dir);
    applyTextSize(start.text_size);
    session.phase = "ready";
    // Once the first screen is painted, say so (`ustad bench app` times cold starts by it).
    requestAnimationFrame(() => requestAnimationFrame(() => void api.uiReady().catch(() => {})));
  } catch (error) {
    session.error = toAppError(error);
    session.phase = "failed";
  }
}

/** Switches the UI language at once, then tells the backend (the first run moves on once it knows). */
export async function chooseLocale(code: string): Promise<void> {
  applyLocale(code, localeInfo(code)?.dir);
  if (session.learner) session.learner = { ...session.learner, locale: code };
  await api.setLocale(code);
  session.hasLocale = true;
}

/** A learner was created or chosen: remember them, use their language, go home. */
export function learnerChosen(learner: Learner): void {
  session.learner = learner;
  const others = session.learners.filter((l) => l.id !== learner.id);
  session.learners = [...others, learner];
  if (learner.locale && localeInfo(learner.locale)) applyLocale(learner.locale, localeInfo(learner.locale)?.dir);
  reset({ name: "home" });
}

/** Back to "Who is learning?". */
export function switchLearner(): void {
  reset({ name: "learner" });
}

export async function changeTextSize(delta: number): Promise<void> {
  const before = session.textSize;
  applyTextSize(before + delta);
  if (session.textSize !== before) await api.setTextSize(session.textSize);
}

/** The learners of this laptop again (a sync may have brought new ones). */
export async function reloadLearners(): Promise<void> {
  const start = await api.start();
  session.learners = start.learners;
}

/** A teacher signed in: the learner's session ended in the backend. */
export function teacherSignedIn(teacher: TeacherView): void {
  session.teacher = teacher;
  session.learner = null;
  reset({ name: "teacher-home" });
}

/** The teacher signs out: back to "Who is learning?". */
export async function teacherSignOut(): Promise<void> {
  session.teacher = null;
  reset({ name: "learner" });
  await api.teacherSignOut().catch(() => {});
}
