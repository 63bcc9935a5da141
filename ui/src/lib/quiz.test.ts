import { describe, expect, it } from "vitest";
import type { Feedback, QuizView } from "./bindings";
import * as quiz from "./quiz";

const view: QuizView = {
  lesson_id: "sci5-photosynthesis",
  title: "How Plants Make Their Food",
  questions: [
    {
      id: "q1",
      kind: "choice",
      prompt: "Which gas?",
      options: [
        { label: "a", text: "Oxygen", value: "a" },
        { label: "b", text: "Carbon dioxide", value: "b" },
      ],
      unit: null,
    },
    { id: "q2", kind: "true-false", prompt: "Plants breathe at night.", options: [], unit: null },
    { id: "q3", kind: "number", prompt: "How many things?", options: [], unit: "things" },
  ],
};

const right: Feedback = {
  correct: true,
  response: "b",
  answer_text: "b) Carbon dioxide",
  explanation: "",
  right_value: "2",
};

describe("quiz", () => {
  it("goes question by question and collects the answers with hint use", () => {
    let state = quiz.startQuiz(view);
    expect(quiz.canCheck(state)).toBe(false);

    state = quiz.gotHint(quiz.respond(state, "b"), "It is the gas we breathe out.");
    state = quiz.checked(quiz.beginCheck(state), right);
    expect(state.phase).toBe("feedback");
    expect(quiz.respond(state, "a").response).toBe("b");

    state = quiz.next(state);
    expect(state.index).toBe(1);
    expect(state.hint).toBeNull();
    state = quiz.checked(quiz.beginCheck(quiz.respond(state, "true")), { ...right, response: "true" });
    state = quiz.next(state);
    state = quiz.checked(quiz.beginCheck(quiz.respond(state, " 4 ")), { ...right, response: "4" });
    expect(quiz.isLast(state)).toBe(true);

    state = quiz.next(state);
    expect(state.phase).toBe("finishing");
    expect(state.answers.map((a) => [a.questionId, a.feedback.response, a.hintUsed])).toEqual([
      ["q1", "b", true],
      ["q2", "true", false],
      ["q3", "4", false],
    ]);
    state = quiz.finished(state, { attempt_id: "x", n_correct: 3, n_questions: 3 });
    expect(state.phase).toBe("done");
    expect(state.result?.n_correct).toBe(3);
  });

  it("lets the child answer again when the response was not understood", () => {
    let state = quiz.beginCheck(quiz.respond(quiz.startQuiz(view), "zzz"));
    expect(state.phase).toBe("checking");
    state = quiz.checkFailed(state);
    expect(state.phase).toBe("answering");
    expect(state.answers).toEqual([]);
  });

  it("gives true-false options their text, with or without options from the backend", () => {
    const [t, f] = quiz.optionsOf(view.questions[1], "True", "False");
    expect([t.value, t.text, f.value, f.text]).toEqual(["true", "True", "false", "False"]);
    const given = { ...view.questions[1], options: [{ label: "", text: "", value: "false" }] };
    expect(quiz.optionsOf(given, "True", "False")[0].text).toBe("False");
    expect(quiz.optionsOf(view.questions[0], "True", "False")).toBe(view.questions[0].options);
  });

  it("says whether a statement is true rather than 'the answer is false', and reviews the wrong answers", () => {
    const t = (id: string, args?: Record<string, string | number>) => (args ? `${id}:${args.answer}` : id);
    const statement = view.questions[1];
    const wrongTf = { correct: false, response: "true", answer_text: "غلط", explanation: "At night too.", right_value: "false" };
    expect(quiz.wrongText(statement, wrongTf, t)).toBe("quiz-statement-false");
    expect(quiz.wrongText(view.questions[0], { ...right, correct: false }, t)).toBe("quiz-wrong:b) Carbon dioxide");
    let state = quiz.startQuiz(view);
    state = quiz.checked(quiz.beginCheck(quiz.respond(state, "1")), { ...right, correct: false, response: "a" });
    state = quiz.next(state);
    state = quiz.checked(quiz.beginCheck(quiz.respond(state, "true")), wrongTf);
    state = quiz.next(state);
    state = quiz.checked(quiz.beginCheck(quiz.respond(state, "4")), { ...right, response: "4", right_value: null });
    const wrong = quiz.review(state);
    expect(wrong.map((w) => [w.question.id, w.answer.responseText])).toEqual([
      ["q1", "1"],
      ["q2", "true"],
    ]);
  });

  it("is done at once when there are no questions", () => {
    expect(quiz.startQuiz({ ...view, questions: [] }).phase).toBe("done");
  });
});
