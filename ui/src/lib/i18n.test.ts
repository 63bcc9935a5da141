import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AVATARS } from "./avatars";
import { LOCALES, dirOf, errorMessageIds, filesOf, format, formatError, makeBundle, tryFormat } from "./i18n";

/** Each message of a Fluent source with the variables it uses (as the Rust test reads them). */
function messages(source: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  let current: string | null = null;
  for (const line of source.split("\n")) {
    if (line.startsWith("#")) continue;
    let body = line;
    if (/^[a-zA-Z]/.test(line)) {
      current = line.split("=")[0].trim();
      found.set(current, new Set());
      body = line.slice(line.indexOf("=") + 1);
    }
    if (current === null) continue;
    for (const match of body.matchAll(/\$([a-zA-Z0-9_-]+)/g)) found.get(current)?.add(match[1]);
  }
  return found;
}

function source(locale: string, file: string): string {
  const entry = filesOf(locale).find(([name]) => name === file);
  if (!entry) throw new Error(`locales/${locale}/${file} is missing`);
  return entry[1];
}

describe("translations", () => {
  it("loads the five locales, English first, without errors or duplicate messages", () => {
    expect(LOCALES).toEqual(["en", "pa-Arab", "ps", "sd", "ur"]);
    for (const locale of LOCALES) expect(makeBundle(locale).errors).toEqual([]);
  });

  it("has every English app message in every locale, with the same placeholders", () => {
    const english = messages(source("en", "app.ftl"));
    expect(english.size).toBeGreaterThan(50);
    for (const locale of LOCALES.filter((l) => l !== "en")) {
      const theirs = messages(source(locale, "app.ftl"));
      for (const [id, variables] of english) {
        expect(theirs.get(id), `${locale}: ${id}`).toEqual(variables);
      }
      expect(
        [...theirs.keys()].filter((id) => !english.has(id)),
        locale,
      ).toEqual([]);
    }
  });

  it("falls back to English, and to the id when nobody has the message", () => {
    expect(format("fr", "tutor-send")).toBe("Send");
    expect(format("ur", "tutor-send")).toBe("بھیجیں");
    expect(format("ur", "no-such-message")).toBe("no-such-message");
    expect(tryFormat("ur", "no-such-message")).toBeNull();
  });

  it("fills placeholders and refuses a message whose variables are missing", () => {
    expect(format("en", "quiz-question-number", { number: 2, total: 5 })).toBe("Question 2 of 5");
    expect(tryFormat("en", "quiz-question-number")).toBeNull();
  });

  it("gives each locale its direction", () => {
    expect(LOCALES.map(dirOf)).toEqual(["ltr", "rtl", "rtl", "rtl", "rtl"]);
  });
});

describe("errors", () => {
  it("maps a code to app-error- and error-", () => {
    expect(errorMessageIds("PIN_WRONG")).toEqual(["app-error-pin-wrong", "error-pin-wrong"]);
  });

  it("shows the UI's own message for a code it knows, before the error's message", () => {
    const error = { code: "PIN_WRONG", message: "wrong PIN (detail for logs)" };
    expect(formatError("en", error)).toBe("That secret number is not right. Please try again.");
    expect(formatError("ur", error)).toBe("یہ خفیہ نمبر درست نہیں۔ دوبارہ کوشش کریں۔");
  });

  it("prefers the app's wording over a command-line message, and skips messages that need variables", () => {
    expect(formatError("en", { code: "LESSON_NOT_FOUND", message: "" })).toBe("This lesson is not on this laptop.");
    expect(formatError("en", { code: "DISK_FULL", message: "" })).toBe(format("en", "error-disk-full"));
  });

  it("falls back to the error's own (already translated) message, then error-generic", () => {
    // error-pack-corrupt needs variables, and no app-error-pack-corrupt exists.
    expect(formatError("ur", { code: "PACK_CORRUPT", message: "سبق کا پیک خراب ہے" })).toBe("سبق کا پیک خراب ہے");
    expect(formatError("en", { code: "SOMETHING_NEW", message: "Something new went wrong." })).toBe(
      "Something new went wrong.",
    );
    const generic = format("en", "error-generic");
    expect(generic).not.toBe("error-generic");
    expect(formatError("en", { code: "PACK_CORRUPT", message: "" })).toBe(generic);
    expect(formatError("en", { code: "SOMETHING_NEW", message: "  " })).toBe(generic);
    expect(formatError("ps", { code: "SOMETHING_NEW", message: "" })).toBe(format("ps", "error-generic"));
  });

  it("has its own message for each code the app expects, in every locale", () => {
    const codes = [
      "PIN_WRONG",
      "PIN_REQUIRED",
      "NAME_REQUIRED",
      "NO_MICROPHONE",
      "MICROPHONE_FAILED",
      "RECORDING_EMPTY",
      "RESPONSE_NOT_UNDERSTOOD",
      "LESSON_NOT_FOUND",
      "NO_LEARNER",
      "AUDIO_UNREADABLE",
      "TUTOR_FAILED",
      "WORKER_MISSING",
      "CPU_UNSUPPORTED",
      "INTERNAL",
    ];
    for (const locale of LOCALES) {
      const generic = format(locale, "error-generic");
      for (const code of codes)
        expect(formatError(locale, { code, message: "" }), `${locale} ${code}`).not.toBe(generic);
    }
  });
});

describe("the UI's message ids", () => {
  /** Message ids named in the UI's source: t("…"), tIn(x, "…"), tryT("…") and the fixed lists. */
  function usedIds(): string[] {
    const ids = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(svelte|ts)$/.test(entry.name) && !entry.name.endsWith(".test.ts")) {
          const text = readFileSync(path, "utf8");
          for (const m of text.matchAll(/\b(?:t|tIn|tryT)\((?:[\w.]+, )?"([a-z0-9-]+)"/g)) ids.add(m[1]);
          for (const m of text.matchAll(/"(tutor-mark-[a-z]+)"/g)) ids.add(m[1]);
        }
      }
    };
    walk(join(__dirname, ".."));
    for (const state of ["loading", "ready", "absent", "failed"]) ids.add(`engine-${state}`);
    for (const id of ["settings-role-llm", "settings-role-asr", "subject-science", "subject-mathematics"]) ids.add(id);
    for (const avatar of AVATARS) ids.add(avatar.name);
    return [...ids];
  }

  it("exist in every locale", () => {
    const ids = usedIds();
    expect(ids.length).toBeGreaterThan(80);
    for (const locale of LOCALES) {
      const { bundle } = makeBundle(locale);
      expect(
        ids.filter((id) => !bundle.hasMessage(id)),
        locale,
      ).toEqual([]);
    }
  });
});
