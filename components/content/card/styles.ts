/**
 * The card's styles, inside its shadow root so the page's CSS cannot reach
 * it. The host resets inherited properties; colours follow the user's light or
 * dark preference, not the page's.
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  --cc-bg: #ffffff;
  box-sizing: border-box; width: min(380px, calc(100vw - 16px)); max-height: min(70vh, 520px); overflow: auto;
  padding: 12px 14px; border-radius: 10px; border: 1px solid #c9ced6;
  background: var(--cc-bg); color: #1c2128; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.28);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
}
.card:focus { outline: none; }
.card:focus-visible { outline: 3px solid #7c3aed; outline-offset: 2px; }
.card__head { display: flex; align-items: center; gap: 8px; }
.card__title { flex: 1; margin: 0; font-size: 15px; font-weight: 650; }
.pill { flex: none; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; background: #fde2e2; color: #8a1116; }
.pill[data-severity="medium"] { background: #fdebc8; color: #6b3d00; }
.pill[data-severity="low"] { background: #dde9fd; color: #123f88; }
.close { flex: none; width: 28px; height: 28px; border: 1px solid transparent; border-radius: 6px; background: transparent; color: inherit; font-size: 20px; line-height: 1; cursor: pointer; }
.close:hover { background: rgba(127, 127, 127, 0.15); }
.quote { margin: 10px 0 4px; padding: 6px 10px; border-left: 4px solid #e0363f; background: rgba(127, 127, 127, 0.1); border-radius: 4px; }
.quote p { margin: 0; font-style: italic; overflow-wrap: anywhere; }
h3 { margin: 10px 0 2px; font-size: 13px; font-weight: 650; text-transform: uppercase; letter-spacing: 0.03em; color: #4a5260; }
p { margin: 0; }
ul { margin: 2px 0 0; padding-left: 20px; }
li { margin: 2px 0; }
a { color: #0b57d0; }
.rule { margin-top: 10px; font-size: 12px; color: #4a5260; }
.actions {
  /* Always in reach, however long the card: a footer that sticks to the card's bottom. */
  position: sticky; bottom: -12px; display: flex; flex-wrap: wrap; gap: 6px;
  margin: 10px -14px -12px; padding: 8px 14px 12px; background: var(--cc-bg); border-top: 1px solid rgba(127, 127, 127, 0.3);
}
.actions button { padding: 4px 10px; border: 1px solid #8a93a0; border-radius: 6px; background: transparent; color: inherit; font: inherit; cursor: pointer; }
button:focus-visible, a:focus-visible { outline: 3px solid #7c3aed; outline-offset: 1px; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { --cc-bg: #1f242c; color: #e8ebf0; border-color: #444c56; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.6); }
  h3, .rule { color: #aab3bf; }
  a { color: #8ab4f8; }
  .pill { background: #5c1a1d; color: #ffd7d9; }
  .pill[data-severity="medium"] { background: #5a3b00; color: #ffe4b0; }
  .pill[data-severity="low"] { background: #13345f; color: #d6e6ff; }
  .actions button { border-color: #6b7480; }
}
`;
