/**
 * The on-demand UI's root (bundled by entrypoints/content-ui.ts): the finding
 * card and the reviewer flag UI, with the Preact, lexicon prose, checklist
 * questions, anchoring and storage code that only they need.
 */
import { createCardHost } from '../card/host.tsx';
import { startPageFlags } from '../flags/page-flags.ts';
import type { StartContentUi } from './contract.ts';

/** Starts the flag UI (which adds its actions to every card) and offers cards. */
export const startContentUi: StartContentUi = ({ ctx, findingsFilterChanged }) => ({
  createCardHost,
  flags: startPageFlags(ctx, findingsFilterChanged),
});
