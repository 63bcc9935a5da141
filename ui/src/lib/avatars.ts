//! The pictures a learner can choose, with the message id of each one's name.

/** The list is the learner database's (`learner::AVATARS`), generated into the bindings. */
export { AVATARS } from "./bindings";

/** A PIN is empty (none) or 4 to 8 digits. */
export function pinIsValid(pin: string): boolean {
  return pin === "" || /^[0-9]{4,8}$/.test(pin);
}
