import type { SlideMessage } from './timeline/presentation.ts';

/**
 * The presenter view, opened by the presentation in a second window: it follows the slides
 * (messages from the opener), shows the teacher's notes and what comes next, and can step.
 */
const root = document.querySelector<HTMLElement>('[data-presenter]');
if (root) {
  const set = (selector: string, text: string) => {
    root.querySelector(selector)!.textContent = text;
  };
  let index = 0;
  let started = 0;
  window.addEventListener('message', (event) => {
    const message = event.data as SlideMessage;
    if (event.source !== window.opener || message?.type !== 'bien-nien-slide') return;
    index = message.index;
    started ||= Date.now();
    root.querySelector<HTMLElement>('[data-presenter-waiting]')!.hidden = true;
    root.dataset['index'] = String(message.index);
    set('[data-presenter-progress]', (root.dataset['progress'] ?? '{n} / {total}').replace('{n}', String(message.index + 1)).replace('{total}', String(message.count)));
    set('[data-presenter-date]', message.date);
    set('[data-presenter-title]', message.title);
    set('[data-presenter-notes]', message.note || '—');
    const next = root.querySelector<HTMLElement>('[data-presenter-next]')!;
    next.textContent = message.next ?? next.dataset['end'] ?? '';
  });
  root.querySelectorAll<HTMLButtonElement>('[data-presenter-step]').forEach((button) =>
    button.addEventListener('click', () => window.opener?.postMessage({ type: 'bien-nien-go', to: index + Number(button.dataset['presenterStep']) }, '*')),
  );
  setInterval(() => {
    if (!started) return;
    const seconds = Math.floor((Date.now() - started) / 1000);
    set('[data-presenter-clock]', `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`);
  }, 1000);
  window.opener?.postMessage({ type: 'bien-nien-ready' }, '*');
}
