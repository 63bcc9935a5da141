//! The microphone button's gestures: hold to talk (press starts, release stops), or tap to
//! toggle (a short tap starts, the next press stops). Space and Enter toggle.

export type MicPhase = "idle" | "starting" | "recording" | "stopping";

/** A press held at least this long is "hold to talk"; a shorter one is a tap. */
export const HOLD_MS = 400;

export interface MicActions {
  /** Starts recording; false when it could not (the caller shows why). */
  start(): Promise<boolean>;
  /** Stops and transcribes. */
  stop(): Promise<void>;
}

export class MicGesture {
  phase: MicPhase = "idle";
  /** When the press that started the recording began; null once it was released or for keys. */
  private pressedAt: number | null = null;
  private stopWhenStarted = false;

  constructor(
    private readonly actions: MicActions,
    private readonly onChange: (phase: MicPhase) => void = () => {},
  ) {}

  /** Pointer down. */
  press(now: number): void {
    if (this.phase === "idle") {
      this.pressedAt = now;
      void this.begin();
    } else if (this.pressedAt === null) {
      this.requestStop();
    }
  }

  /** Pointer up (or cancelled): stops only if the press was held. */
  release(now: number): void {
    if (this.pressedAt === null) return;
    const held = now - this.pressedAt >= HOLD_MS;
    this.pressedAt = null;
    if (held) this.requestStop();
  }

  /** Space or Enter. */
  toggle(): void {
    if (this.phase === "idle") {
      this.pressedAt = null;
      void this.begin();
    } else {
      this.requestStop();
    }
  }

  private set(phase: MicPhase): void {
    this.phase = phase;
    this.onChange(phase);
  }

  private requestStop(): void {
    if (this.phase === "recording") void this.end();
    else if (this.phase === "starting") this.stopWhenStarted = true;
  }

  private async begin(): Promise<void> {
    this.stopWhenStarted = false;
    this.set("starting");
    const ok = await this.actions.start();
    if (!ok) {
      this.pressedAt = null;
      this.set("idle");
      return;
    }
    this.set("recording");
    if (this.stopWhenStarted) await this.end();
  }

  private async end(): Promise<void> {
    this.stopWhenStarted = false;
    this.set("stopping");
    try {
      await this.actions.stop();
    } finally {
      this.set("idle");
    }
  }
}
