import type { PageSignals } from '../../lib/detect/types.ts';

/** Page text per pageSignals call; longer pages are read in chunks with yields between. */
const SIGNAL_CHUNK = 10_000;

/**
 * pageSignals for the whole page text. Exact for pages up to one chunk
 * (nearly every clinic page); beyond, chunk by chunk so no task runs long:
 * invasive if any chunk is, editorial if chunks judged editorial hold at
 * least half of the text.
 */
export async function signalsInChunks(
  text: string,
  signalsOf: (text: string) => PageSignals,
  tick: () => Promise<void>,
): Promise<PageSignals> {
  if (text.length <= SIGNAL_CHUNK) return signalsOf(text);
  let invasive = false;
  let editorialChars = 0;
  for (let at = 0; at < text.length; at += SIGNAL_CHUNK) {
    const chunk = text.slice(at, at + SIGNAL_CHUNK);
    const signals = signalsOf(chunk);
    invasive ||= signals.invasive;
    if (signals.editorial) editorialChars += chunk.length;
    await tick();
  }
  return { invasive, editorial: editorialChars * 2 >= text.length };
}
