//! Pure helpers of the teacher's screens: what a needs-help reason says, the words of a
//! status, and the data of the charts (in reading order: a right-to-left page mirrors them).

import type { ClassReport, HelpReason, Status } from "./bindings";

type Translate = (id: string, args?: Record<string, string | number>) => string;

/** What a needs-help reason says, with the lesson's title where the report has it. */
export function helpText(reason: HelpReason, t: Translate, titleOf: (id: string) => string): string {
  switch (reason.kind) {
    case "repeated_wrong":
      return t("report-help-repeated-wrong", {
        lesson: titleOf(reason.lesson_id),
        question: reason.question_id,
        times: reason.times,
      });
    case "low_score":
      return t("report-help-low-score", { lesson: titleOf(reason.lesson_id), percent: reason.percent });
    case "overdue":
      return t("report-help-overdue", { lesson: titleOf(reason.lesson_id), due: reason.due });
  }
}

const STATUS_MESSAGES: Record<Status, string> = {
  not_started: "report-status-not-started",
  started: "report-status-started",
  done: "report-status-done",
};

export function statusText(status: Status | null, t: Translate): string {
  return status ? t(STATUS_MESSAGES[status]) : t("report-not-assigned");
}

/** A bar chart's data: labels and one or more series of numbers. */
export interface Bars {
  labels: string[];
  series: { label: string; values: number[]; color: string }[];
  stacked: boolean;
}

export const COLORS = { done: "#2e7d32", started: "#f9a825", notStarted: "#b0bec5", score: "#1565c0", time: "#6a1b9a" };

/** Done / started / not started per assignment, stacked. */
export function completionBars(report: ClassReport, t: Translate): Bars {
  return {
    labels: report.assignments.map((a) => a.lesson_title),
    series: [
      { label: t("report-status-done"), values: report.assignments.map((a) => a.done), color: COLORS.done },
      { label: t("report-status-started"), values: report.assignments.map((a) => a.started), color: COLORS.started },
      {
        label: t("report-status-not-started"),
        values: report.assignments.map((a) => a.not_started),
        color: COLORS.notStarted,
      },
    ],
    stacked: true,
  };
}

/** How many best scores fall in each fifth, labelled with percentages in the reader's digits. */
export function scoreBars(report: ClassReport, t: Translate, formatNumber: (n: number) => string): Bars {
  const bands = ["0–19", "20–39", "40–59", "60–79", "80–100"].map((band) =>
    band
      .split("–")
      .map((n) => formatNumber(Number(n)))
      .join("–") + "%",
  );
  return {
    labels: bands,
    series: [{ label: t("report-scores"), values: report.score_bands, color: COLORS.score }],
    stacked: false,
  };
}

/** Minutes of reading per week (oldest first). */
export function weeklyBars(report: ClassReport, t: Translate): Bars {
  return {
    labels: report.weekly.map((w) => w.start),
    series: [{ label: t("report-minutes"), values: report.weekly.map((w) => w.minutes), color: COLORS.time }],
    stacked: false,
  };
}

/** The heat map cell's background: red for low, green for high, grey for none. */
export function heatColor(score: number | null): string {
  if (score === null) return "transparent";
  const hue = Math.round((score / 100) * 120);
  return `hsl(${hue} 65% 80%)`;
}
