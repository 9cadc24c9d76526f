/** What a key does in a presentation. */
export type SlideAction =
  | { type: 'go'; to: number }
  | { type: 'blank' }
  | { type: 'unblank' }
  | { type: 'fullscreen' }
  | { type: 'exit' }
  | { type: 'none' };

/** Keys pressed so far: a number being typed ("1", "12") and whether the screen is blank. */
export interface KeyState {
  digits: string;
  blank: boolean;
}

export const INITIAL_KEYS: Readonly<KeyState> = Object.freeze({ digits: '', blank: false });

const FORWARD = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'Enter']);
const BACK = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/**
 * The keys presenters expect, as a pure function of (state, key, slide, count). Clickers send
 * PageUp/PageDown; a typed number then Enter jumps to that slide; B or "." blanks the screen
 * and any key brings it back; F toggles full screen; Escape leaves.
 */
export function presenterKey(state: KeyState, key: string, slide: number, count: number): { state: KeyState; action: SlideAction } {
  const last = Math.max(0, count - 1);
  if (state.blank) return { state: { digits: '', blank: false }, action: { type: 'unblank' } };
  if (/^[0-9]$/.test(key)) return { state: { ...state, digits: (state.digits + key).slice(-4) }, action: { type: 'none' } };
  if (key === 'Enter' && state.digits) {
    const target = Math.min(last, Math.max(0, Number(state.digits) - 1));
    return { state: { ...state, digits: '' }, action: { type: 'go', to: target } };
  }
  const next = { ...state, digits: '' };
  if (FORWARD.has(key)) return { state: next, action: { type: 'go', to: Math.min(last, slide + 1) } };
  if (BACK.has(key)) return { state: next, action: { type: 'go', to: Math.max(0, slide - 1) } };
  if (key === 'Home') return { state: next, action: { type: 'go', to: 0 } };
  if (key === 'End') return { state: next, action: { type: 'go', to: last } };
  if (key === 'b' || key === 'B' || key === '.') return { state: { digits: '', blank: true }, action: { type: 'blank' } };
  if (key === 'f' || key === 'F') return { state: next, action: { type: 'fullscreen' } };
  if (key === 'Escape') return { state: next, action: { type: 'exit' } };
  return { state: next, action: { type: 'none' } };
}
