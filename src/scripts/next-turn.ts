/**
 * Gives the browser a turn between pieces of long work (to draw a frame, answer a key): with no
 * piece longer than a few ms, a phone has no long task. scheduler.yield() where there is one
 * (the work then resumes before other waiting tasks), else a task of its own.
 */
export function nextTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
