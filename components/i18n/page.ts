import { i18n } from '#i18n';

/**
 * Gives an extension page the title and language of the texts it shows
 * (its index.html holds English for the moment before this runs), so screen
 * readers pronounce a translation in its own language.
 */
export function localizePage(title: string): void {
  document.title = title;
  document.documentElement.lang = i18n.t('common.lang');
}
