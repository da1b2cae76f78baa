import type { PageFinding } from '../scanner.ts';

/**
 * Extra buttons on the explanation card: the extension point for other
 * features (the flags feature adds "Flag this" and "Not a claim here").
 * `run` gets the finding the card shows; the card closes afterwards unless
 * `keepOpen` is set.
 */
export interface CardAction {
  id: string;
  label: string;
  run(finding: PageFinding): void | Promise<void>;
  keepOpen?: boolean;
}

const actions: CardAction[] = [];

/** Adds an action to every card; returns a function that removes it again. */
export function registerCardAction(action: CardAction): () => void {
  actions.push(action);
  return () => {
    const index = actions.indexOf(action);
    if (index >= 0) actions.splice(index, 1);
  };
}

export function cardActions(): readonly CardAction[] {
  return actions;
}
