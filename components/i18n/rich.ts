import type { ComponentChild } from 'preact';

/**
 * A translated sentence with elements inside it ("This tab shows <strong>x</strong>."):
 * each `{name}` in `message` is replaced by `parts[name]`, the rest stays text,
 * so translators move the element with the words around it. Get `message`
 * with its placeholders kept, e.g. `i18n.t('key', { domain: '{domain}' })`.
 */
export function richText(message: string, parts: Record<string, ComponentChild>): ComponentChild[] {
  return message
    .split(/\{(\w+)\}/)
    .map((piece, i) => (i % 2 === 1 ? (piece in parts ? parts[piece] : `{${piece}}`) : piece))
    .filter((piece) => piece !== '');
}
