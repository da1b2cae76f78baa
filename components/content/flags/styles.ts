/**
 * Styles of the flag UI inside its shadow root. The host resets inherited
 * page styles (`all: initial`), so nothing on the page restyles the form and
 * nothing here leaks into the page. Colours follow the user's light/dark
 * preference; focus is always visible.
 */
export const FLAG_UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer { position: fixed; z-index: 2147483646; font: 14px/1.4 system-ui, sans-serif; color: #1d1d1f; }
.panel, .adder, .toast {
  background: #fff; color: #1d1d1f; border: 1px solid #8a8a8e; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.25);
}
.adder { display: inline-flex; align-items: center; gap: 4px; padding: 4px 10px; font: inherit; cursor: pointer; }
.panel { width: 340px; max-width: calc(100vw - 16px); padding: 12px 14px; }
h2 { margin: 0 0 6px; font-size: 15px; }
blockquote { margin: 0 0 10px; padding: 4px 8px; border-left: 3px solid #7832c8; background: #f4effa; max-height: 4.5em; overflow: auto; }
label { display: block; margin: 8px 0 2px; font-weight: 600; }
select, textarea, button { font: inherit; color: inherit; }
select, textarea { width: 100%; padding: 4px 6px; border: 1px solid #6e6e73; border-radius: 4px; background: #fff; }
textarea { min-height: 4.5em; resize: vertical; }
.buttons { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }
button { padding: 5px 12px; border-radius: 6px; border: 1px solid #6e6e73; background: #f2f2f4; cursor: pointer; }
button.primary { background: #5b21b6; border-color: #5b21b6; color: #fff; }
.toast { display: flex; gap: 10px; align-items: center; padding: 8px 12px; }
:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .layer, .panel, .adder, .toast, select, textarea { background: #1f1f23; color: #f2f2f4; }
  button { background: #2c2c31; color: #f2f2f4; }
  button.primary { background: #8b5cf6; border-color: #8b5cf6; color: #111; }
  blockquote { background: #2a2238; border-color: #a78bfa; }
  :focus-visible { outline-color: #93c5fd; }
}
`;
