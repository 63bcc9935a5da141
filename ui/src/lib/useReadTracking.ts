//! Watches a lesson's sections with an IntersectionObserver and reports reading through
//! `ReadTracker` (see there for when a section counts as read).

import { ReadTracker } from "./readTracker";

/** Starts watching `[data-section]` elements under `container`; returns the stop function. */
export function trackReading(
  container: HTMLElement,
  scroller: HTMLElement | null,
  report: (section: string, seconds: number) => void,
): () => void {
  if (typeof IntersectionObserver === "undefined") return () => {};
  const tracker = new ReadTracker(report);
  const observer = new IntersectionObserver(
    (entries) => {
      const now = performance.now();
      for (const entry of entries) {
        const section = (entry.target as HTMLElement).dataset.section;
        if (!section) continue;
        if (entry.isIntersecting) {
          tracker.visible(section, now);
        } else {
          const top = entry.rootBounds?.top ?? 0;
          tracker.hidden(section, now, entry.boundingClientRect.bottom <= top);
        }
      }
    },
    { root: scroller, threshold: 0 },
  );
  for (const element of container.querySelectorAll<HTMLElement>("[data-section]")) observer.observe(element);
  const atEnd = () => {
    const box = scroller ?? document.scrollingElement;
    return box !== null && box.scrollTop + box.clientHeight >= box.scrollHeight - 4;
  };
  const timer = setInterval(() => tracker.tick(performance.now(), atEnd()), 1000);
  return () => {
    clearInterval(timer);
    observer.disconnect();
    tracker.finish(performance.now());
  };
}
