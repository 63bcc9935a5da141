import { describe, expect, it } from "vitest";
import { HOLD_MS, MicGesture, type MicPhase } from "./mic";

/** A gesture whose start and stop the test resolves by hand. */
function setup(startOk = true) {
  const calls: string[] = [];
  const phases: MicPhase[] = [];
  let finishStart: (() => void) | null = null;
  const gesture = new MicGesture(
    {
      start: () => {
        calls.push("start");
        return new Promise<boolean>((resolve) => (finishStart = () => resolve(startOk)));
      },
      stop: async () => {
        calls.push("stop");
      },
    },
    (phase) => phases.push(phase),
  );
  const started = async () => {
    finishStart?.();
    await Promise.resolve();
    await Promise.resolve();
  };
  return { gesture, calls, phases, started };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("microphone gestures", () => {
  it("hold to talk: press starts, a long press's release stops", async () => {
    const { gesture, calls, started } = setup();
    gesture.press(0);
    await started();
    expect(gesture.phase).toBe("recording");
    gesture.release(HOLD_MS + 500);
    await settle();
    expect(calls).toEqual(["start", "stop"]);
    expect(gesture.phase).toBe("idle");
  });

  it("tap to toggle: a short tap keeps recording, the next press stops", async () => {
    const { gesture, calls, started } = setup();
    gesture.press(0);
    await started();
    gesture.release(120);
    expect(gesture.phase).toBe("recording");
    gesture.press(3000);
    gesture.release(3100);
    await settle();
    expect(calls).toEqual(["start", "stop"]);
    expect(gesture.phase).toBe("idle");
  });

  it("a hold released before the microphone started stops as soon as it has", async () => {
    const { gesture, calls, started } = setup();
    gesture.press(0);
    gesture.release(HOLD_MS + 1);
    expect(calls).toEqual(["start"]);
    await started();
    await settle();
    expect(calls).toEqual(["start", "stop"]);
  });

  it("Space and Enter toggle", async () => {
    const { gesture, calls, started } = setup();
    gesture.toggle();
    await started();
    expect(gesture.phase).toBe("recording");
    gesture.toggle();
    await settle();
    expect(calls).toEqual(["start", "stop"]);
  });

  it("goes back to idle when the microphone could not start", async () => {
    const { gesture, calls, phases, started } = setup(false);
    gesture.press(0);
    await started();
    gesture.release(50);
    expect(gesture.phase).toBe("idle");
    expect(phases).toEqual(["starting", "idle"]);
    expect(calls).toEqual(["start"]);
  });
});
