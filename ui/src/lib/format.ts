//! Small formatting helpers for the settings screen.

/** `ab12…ef90`-style short form of a long hash. */
export function shortHash(hash: string, keep = 8): string {
  return hash.length <= keep * 2 + 1 ? hash : `${hash.slice(0, keep)}…${hash.slice(-keep)}`;
}

/** Bytes as whole megabytes (at least 1 for a non-empty file). */
export function megabytes(bytes: number): number {
  return bytes === 0 ? 0 : Math.max(1, Math.round(bytes / 1_000_000));
}
