/**
 * Article page: when arriving at a passage (#p-N), say so to screen readers and mark the
 * sentence that gave the event (?event=<id> names it; otherwise every event sentence there).
 */
function markTarget(): void {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!target) return;
  const eventId = new URLSearchParams(location.search).get('event');
  document.querySelectorAll('.event-sentence.is-current').forEach((el) => el.classList.remove('is-current'));
  const sentences = [...target.querySelectorAll<HTMLElement>('.event-sentence')].filter(
    (el) => !eventId || (el.dataset['eventIds'] ?? '').split(' ').includes(eventId),
  );
  sentences.forEach((el) => el.classList.add('is-current'));
  const live = document.querySelector<HTMLElement>('[data-passage-live]');
  if (live) live.textContent = `${live.dataset['prefix'] ?? ''} ${(sentences[0] ?? target).textContent ?? ''}`.trim();
}

markTarget();
window.addEventListener('hashchange', markTarget);
