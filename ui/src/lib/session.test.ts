import { describe, expect, it } from "vitest";
import type { EngineState, Engines } from "./bindings";
import { session, updateEngines } from "./session.svelte";

const state = (s: EngineState["state"]): EngineState => ({ state: s, model: null, code: null });
const engines = (speech: EngineState["state"], version: number): Engines => ({
  tutor: state("ready"),
  speech: state(speech),
  version,
});

describe("the engines' state", () => {
  it("keeps the newest whichever order the snapshot and the events arrive in", () => {
    Object.assign(session, { engines: null });
    const speech = () => session.engines?.speech.state;
    updateEngines(engines("ready", 3)); // the event that the speech model loaded
    updateEngines(engines("loading", 2)); // the first screen's older snapshot, answered late
    expect(speech()).toBe("ready");
    updateEngines(engines("failed", 4));
    expect(speech()).toBe("failed");
  });
});
