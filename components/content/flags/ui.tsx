import { render } from 'preact';
import { i18n } from '#i18n';
import { OWN_UI_ATTRIBUTE } from '../highlight/styles.ts';
import { FlagForm, type FlagFormValues } from './FlagForm.tsx';
import { FLAG_UI_CSS } from './styles.ts';

/** How long a notice stays up. */
const NOTICE_MS = 6000;

/** Where to put a floating piece of UI: next to this rectangle, inside the viewport. */
function placeNear(rect: DOMRect, width: number, height: number): { left: number; top: number } {
  const view = { w: window.innerWidth, h: window.innerHeight };
  let top = rect.bottom + 6;
  if (top + height > view.h - 8) top = Math.max(8, rect.top - height - 6);
  const left = Math.min(Math.max(8, rect.left), Math.max(8, view.w - width - 8));
  return { left, top };
}

/**
 * The flags feature's in-page UI: the small "Flag" button by a selection,
 * the flag form and a short notice with Undo. All of it lives in one open
 * shadow root on a host at the end of <body>, positioned fixed, so the
 * page's layout, styles and scripts are not disturbed (and the host is
 * marked as ClinicCheck's own, so scanners skip it).
 */
export class FlagUi {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private formOpen = false;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document = document) {}

  private mount(): ShadowRoot {
    if (this.host?.isConnected && this.root) return this.root;
    this.host = this.doc.createElement('cliniccheck-flags');
    this.host.setAttribute(OWN_UI_ATTRIBUTE, 'flags');
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = FLAG_UI_CSS;
    this.root.append(style, this.doc.createElement('div'));
    (this.doc.body ?? this.doc.documentElement).append(this.host);
    return this.root;
  }

  private show(content: preact.ComponentChild, at: { left: number; top: number } | null) {
    clearTimeout(this.noticeTimer);
    const container = this.mount().lastElementChild as HTMLElement;
    render(
      content === null ? null : (
        <div class="layer" style={at ? { left: `${at.left}px`, top: `${at.top}px` } : { right: '16px', bottom: '16px' }}>
          {content}
        </div>
      ),
      container,
    );
  }

  get isFormOpen(): boolean {
    return this.formOpen;
  }

  /** The small button next to a selection. */
  showAdder(rect: DOMRect, onActivate: () => void): void {
    if (this.formOpen) return;
    this.show(
      <button
        type="button"
        class="adder"
        aria-label={i18n.t('flags.adderLabel')}
        // Keep the page's selection when the button is pressed.
        onMouseDown={(e) => e.preventDefault()}
        onClick={onActivate}
      >
        <span aria-hidden="true">⚑</span> {i18n.t('flags.adder')}
      </button>,
      placeNear(rect, 90, 34),
    );
  }

  hideAdder(): void {
    if (!this.formOpen) this.show(null, null);
  }

  /**
   * Opens the form for the words in `range`; resolves with the values, or
   * null when cancelled. Focus goes back where it was; when that was nowhere
   * in particular (the page body, or the Flag button, now gone), the
   * reviewer's place is kept in the page selection: the words selected again
   * after Cancel, a caret after them once saved (so the Flag button does not
   * come back for words just flagged).
   */
  openForm(quote: string, range: Range, initial: FlagFormValues): Promise<FlagFormValues | null> {
    const before = this.doc.activeElement as HTMLElement | null;
    const rect = range.getBoundingClientRect();
    this.formOpen = true;
    return new Promise((resolve) => {
      const done = (values: FlagFormValues | null) => {
        this.formOpen = false;
        this.show(null, null);
        if (before && before !== this.doc.body && before !== this.host && before.isConnected) before.focus();
        else if (values) this.doc.getSelection()?.collapse(range.endContainer, range.endOffset);
        else this.doc.getSelection()?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
        resolve(values);
      };
      const shortQuote = quote.replace(/\s+/g, ' ').trim();
      this.show(
        <FlagForm quote={shortQuote} initial={initial} onSave={done} onCancel={() => done(null)} />,
        placeNear(rect, 340, 330),
      );
    });
  }

  /** A short notice in the corner, with an optional action (Undo). */
  notify(text: string, action?: { label: string; run(): void }): void {
    if (this.formOpen) return;
    const close = () => this.show(null, null);
    this.show(
      <div class="toast" role="status">
        <span>{text}</span>
        {action && (
          <button type="button" onClick={() => (action.run(), close())}>
            {action.label}
          </button>
        )}
        <button type="button" aria-label={i18n.t('flags.closeNotice')} onClick={close}>
          ×
        </button>
      </div>,
      null,
    );
    // Notices go away by themselves, later when they offer Undo; not while focused.
    const hide = () => {
      if (this.root?.activeElement) this.noticeTimer = setTimeout(hide, NOTICE_MS);
      else close();
    };
    this.noticeTimer = setTimeout(hide, action ? NOTICE_MS * 2 : NOTICE_MS);
  }

  dispose(): void {
    clearTimeout(this.noticeTimer);
    if (this.root) render(null, this.root.lastElementChild as HTMLElement);
    this.host?.remove();
  }
}
