//! The quiz as a state machine of pure steps: answer → check → feedback → next … → finish.
//! The screen keeps a `QuizState` and replaces it with what each step returns. The backend
//! holds the attempt itself (grades, hints used, times); this keeps what the screen shows.

import type { Feedback, QuizOption, QuizQuestion, QuizResult, QuizView } from "./bindings";

/** A question answered in this attempt, with the backend's verdict. */
export interface Answered {
  questionId: string;
  hintUsed: boolean;
  feedback: Feedback;
  /** What the child chose or typed, as shown (an option's text, or the number). */
  responseText: string;
}

type Translate = (id: string, args?: Record<string, string | number>) => string;

/** "Not quite" and the right answer; for a true-false question, whether the statement is true
 * ("the right answer is false" confuses a child). */
export function wrongText(question: QuizQuestion, feedback: Feedback, t: Translate): string {
  if (question.kind === "true-false" && feedback.right_value !== null) {
    return t(feedback.right_value === "true" ? "quiz-statement-true" : "quiz-statement-false");
  }
  return t("quiz-wrong", { answer: feedback.answer_text });
}

/** The answers to look at again after the score: the wrong ones, with their questions. */
export function review(state: QuizState): { question: QuizQuestion; answer: Answered }[] {
  return state.answers
    .filter((a) => !a.feedback.correct)
    .flatMap((answer) => {
      const question = state.view.questions.find((q) => q.id === answer.questionId);
      return question ? [{ question, answer }] : [];
    });
}

export type QuizPhase = "answering" | "checking" | "feedback" | "finishing" | "done";

export interface QuizState {
  view: QuizView;
  index: number;
  phase: QuizPhase;
  /** The current response: an option's `value`, or the number as typed. */
  response: string;
  hint: string | null;
  feedback: Feedback | null;
  answers: Answered[];
  result: QuizResult | null;
}

export function startQuiz(view: QuizView): QuizState {
  return {
    view,
    index: 0,
    phase: view.questions.length > 0 ? "answering" : "done",
    response: "",
    hint: null,
    feedback: null,
    answers: [],
    result: null,
  };
}

export function currentQuestion(state: QuizState): QuizQuestion | undefined {
  return state.view.questions[state.index];
}

export function isLast(state: QuizState): boolean {
  return state.index >= state.view.questions.length - 1;
}

/** The options to show; a true-false question's get their text here ("True" / "False"). */
export function optionsOf(question: QuizQuestion, trueText: string, falseText: string): QuizOption[] {
  if (question.kind !== "true-false") return question.options;
  const options =
    question.options.length > 0
      ? question.options
      : [
          { label: "true", text: "", value: "true" },
          { label: "false", text: "", value: "false" },
        ];
  return options.map((option) => ({
    ...option,
    text: option.text || (option.value === "false" ? falseText : trueText),
  }));
}

export function respond(state: QuizState, response: string): QuizState {
  return state.phase === "answering" ? { ...state, response } : state;
}

export function canCheck(state: QuizState): boolean {
  return state.phase === "answering" && state.response.trim() !== "";
}

export function gotHint(state: QuizState, hint: string): QuizState {
  return { ...state, hint };
}

export function beginCheck(state: QuizState): QuizState {
  return canCheck(state) ? { ...state, phase: "checking" } : state;
}

/** `quiz_answer` failed (e.g. `RESPONSE_NOT_UNDERSTOOD`): the child answers again. */
export function checkFailed(state: QuizState): QuizState {
  return state.phase === "checking" ? { ...state, phase: "answering" } : state;
}

export function checked(state: QuizState, feedback: Feedback): QuizState {
  const question = currentQuestion(state);
  if (state.phase !== "checking" || !question) return state;
  const chosen = question.options.find((o) => o.value === state.response.trim());
  const responseText = chosen ? chosen.text || chosen.value : state.response.trim();
  const answer: Answered = { questionId: question.id, hintUsed: state.hint !== null, feedback, responseText };
  return { ...state, phase: "feedback", feedback, answers: [...state.answers, answer] };
}

/** After feedback: the next question, or `finishing` after the last one. */
export function next(state: QuizState): QuizState {
  if (state.phase !== "feedback") return state;
  if (isLast(state)) return { ...state, phase: "finishing" };
  return { ...state, index: state.index + 1, phase: "answering", response: "", hint: null, feedback: null };
}

export function finished(state: QuizState, result: QuizResult): QuizState {
  return state.phase === "finishing" ? { ...state, phase: "done", result } : state;
}
