/**
 * The summary to show beside an event's source sentences, or undefined when it would only repeat
 * one of them: a summary that is a sentence, or that sentence clipped ("…"), is already there.
 * Compared as read: one space between words, case and a final stop aside.
 */
export function shownSummary(summary: string, sentences: readonly string[]): string | undefined {
  const plain = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').replace(/[.…\s]+$/u, '').trim().toLowerCase();
  const said = plain(summary);
  if (!said) return undefined;
  return sentences.some((sentence) => plain(sentence).includes(said)) ? undefined : summary;
}
