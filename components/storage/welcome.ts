import { storage } from 'wxt/utils/storage';

/**
 * When the first-run page was opened (`local:welcome`), or null before that.
 * Recorded so the page opens once per install, and so test harnesses can
 * tell that the install-time tab has been created.
 */
export interface WelcomeState {
  shownAt: number;
}

export const welcomeItem = storage.defineItem<WelcomeState | null>('local:welcome', {
  fallback: null,
  version: 1,
  migrations: {},
});
