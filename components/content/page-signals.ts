import type { PageSignals } from '../../lib/detect/types.ts';

/** Page text per pageSignals call; longer pages are read in chunks with yields between. */
const SIGNAL_CHUNK = 10_000;
/** Signals that measure a density rather than a presence (see lib/detect pageSignals). */
const DENSITY_SIGNALS: ReadonlySet<string> = new Set(['editorial']);

/**
 * pageSignals for the whole page text. Exact for pages up to one chunk
 * (nearly every clinic page); beyond, chunk by chunk so no task runs long:
 * a presence signal (invasive, clinical...) holds if any chunk has it, a
 * density signal (editorial) if chunks that have it hold at least half of
 * the text.
 */
export async function signalsInChunks(
  text: string,
  signalsOf: (text: string) => PageSignals,
  tick: () => Promise<void>,
): Promise<PageSignals> {
  if (text.length <= SIGNAL_CHUNK) return signalsOf(text);
  const present: Record<string, boolean> = {};
  const weight: Record<string, number> = {};
  for (let at = 0; at < text.length; at += SIGNAL_CHUNK) {
    const chunk = text.slice(at, at + SIGNAL_CHUNK);
    for (const [name, value] of Object.entries(signalsOf(chunk))) {
      present[name] ||= value === true;
      weight[name] = (weight[name] ?? 0) + (value === true ? chunk.length : 0);
    }
    await tick();
  }
  for (const name of DENSITY_SIGNALS) if (name in weight) present[name] = weight[name]! * 2 >= text.length;
  return present as unknown as PageSignals;
}
