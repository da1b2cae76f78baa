/**
 * Saves text as a file from an extension page, without the `downloads`
 * permission: a Blob URL clicked through a temporary `<a download>`.
 */

/** MIME types of the files ClinicCheck exports. */
export const MIME = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
} as const;

/**
 * Turns any name into a safe file name: no path separators, control or
 * reserved characters, no leading dots, at most 100 characters.
 */
export function safeFilename(name: string, fallback = 'cliniccheck'): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\u0000-\u001F\u007F<>:"/\\|?*\u202A-\u202E\u2066-\u2069]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s-]+/, '')
    .trim()
    .slice(0, 100);
  return cleaned || fallback;
}

/** Starts a download of `text` named `filename` with the given MIME type. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = safeFilename(filename);
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
