//! The pictures a learner can choose, with the message id of each one's name.

export const AVATARS = [
  { emoji: "🦁", name: "avatar-lion" },
  { emoji: "🐯", name: "avatar-tiger" },
  { emoji: "🐘", name: "avatar-elephant" },
  { emoji: "🦜", name: "avatar-parrot" },
  { emoji: "🐢", name: "avatar-turtle" },
  { emoji: "🌻", name: "avatar-sunflower" },
  { emoji: "🚀", name: "avatar-rocket" },
  { emoji: "⚽", name: "avatar-football" },
] as const;

/** A PIN is empty (none) or 4 to 8 digits. */
export function pinIsValid(pin: string): boolean {
  return pin === "" || /^[0-9]{4,8}$/.test(pin);
}
