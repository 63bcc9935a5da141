import { describe, expect, it } from "vitest";
import type { ClassReport } from "./bindings";
import * as teacher from "./teacher";

const t = (id: string, args?: Record<string, string | number>) => (args ? `${id} ${JSON.stringify(args)}` : id);

const report: ClassReport = {
  class_id: "c1",
  class_name: "Class 5",
  today: "2026-11-26",
  assignments: [
    {
      id: "a1",
      lesson_id: "sci5-magnets",
      lesson_title: "Magnets",
      part: "both",
      due: "2026-11-20",
      overdue: true,
      note: null,
      not_started: 1,
      started: 2,
      done: 3,
      archived: false,
    },
  ],
  learners: [],
  score_bands: [0, 1, 0, 2, 5],
  weekly: [
    { start: "2026-11-12", minutes: 10, attempts: 1 },
    { start: "2026-11-19", minutes: 25, attempts: 3 },
  ],
  lessons: [],
  heatmap: [],
  hard_questions: [],
  needs_help: [],
  not_covered: [],
  marked_wrong: [],
};

describe("teacher's screens", () => {
  it("say why a learner needs help, with the lesson's title", () => {
    const titleOf = (id: string) => (id === "sci5-magnets" ? "Magnets" : id);
    expect(teacher.helpText({ kind: "low_score", lesson_id: "sci5-magnets", percent: 30 }, t, titleOf)).toBe(
      'report-help-low-score {"lesson":"Magnets","percent":30}',
    );
    expect(teacher.helpText({ kind: "overdue", lesson_id: "x", due: "2026-11-20" }, t, titleOf)).toContain("2026-11-20");
    expect(
      teacher.helpText({ kind: "repeated_wrong", lesson_id: "x", question_id: "q2", times: 3 }, t, titleOf),
    ).toContain('"times":3');
  });

  it("build the charts' data from the report", () => {
    const completion = teacher.completionBars(report, t);
    expect(completion.stacked).toBe(true);
    expect(completion.series.map((s) => s.values[0])).toEqual([3, 2, 1]);
    const scores = teacher.scoreBars(report, t, (n) => new Intl.NumberFormat("ur-PK-u-nu-arabext").format(n));
    expect(scores.series[0].values).toEqual([0, 1, 0, 2, 5]);
    expect(scores.labels[4]).toBe("۸۰–۱۰۰%");
    expect(teacher.weeklyBars(report, t).labels).toEqual(["2026-11-12", "2026-11-19"]);
  });

  it("colour the heat map from red to green, and leave empty cells clear", () => {
    expect(teacher.heatColor(null)).toBe("transparent");
    expect(teacher.heatColor(0)).toBe("hsl(0 65% 80%)");
    expect(teacher.heatColor(100)).toBe("hsl(120 65% 80%)");
    expect(teacher.statusText(null, t)).toBe("report-not-assigned");
    expect(teacher.statusText("done", t)).toBe("report-status-done");
  });
});
