/** Test helper: replaces the document body with parsed fixture markup (never page text). */
export function setBody(html: string, doc: Document = document): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  doc.body.replaceChildren(...[...parsed.body.childNodes].map((n) => doc.importNode(n, true)));
}
