//! Which screen is showing: a stack of screens, so "back" returns to where the child came from.

export type Screen =
  | { name: "home" }
  | { name: "learner" }
  /** `tutor`: the tutor is open beside the lesson (wide windows); "back" closes it. */
  | { name: "lesson"; id: string; section?: string; tutor?: boolean }
  | { name: "quiz"; lessonId: string }
  | { name: "tutor"; lessonId: string | null }
  | { name: "settings" }
  /** The teacher's screens (the backend holds the teacher's session). */
  | { name: "teacher-sign-in" }
  | { name: "teacher-home" }
  | { name: "laptop" }
  /** Sync between laptops: the teacher's (USB, network, the class's laptops) and a learner laptop's. */
  | { name: "teacher-sync" }
  | { name: "learner-sync" }
  | { name: "learner-report"; id: string; classId: string }
  | { name: "class"; id: string; tab?: ClassTab };

export type ClassTab = "assignments" | "progress" | "reports" | "conversations" | "settings";

export const nav = $state({ stack: [{ name: "home" }] as Screen[] });

export function current(): Screen {
  return nav.stack[nav.stack.length - 1];
}

/**
 * Opens `screen` on top. The lesson that is showing, asked for again, only changes: opening
 * the tutor beside it is a step of its own (so "back" closes the tutor), a new section is not.
 */
export function go(screen: Screen): void {
  const top = current();
  if (screen.name === "lesson" && top.name === "lesson" && top.id === screen.id) {
    const merged = { ...top, section: screen.section, tutor: screen.tutor ?? top.tutor };
    if (screen.tutor && !top.tutor) nav.stack.push(merged);
    else nav.stack[nav.stack.length - 1] = merged;
  } else {
    nav.stack.push(screen);
  }
}

export function back(): void {
  if (nav.stack.length > 1) nav.stack.pop();
}

/** Starts over from `screen` (after choosing a learner). */
export function reset(screen: Screen = { name: "home" }): void {
  nav.stack = [screen];
}
