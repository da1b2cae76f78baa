import { emptyTally, type Prepared } from '../../lib/detect/index.ts';
import { DetectSession, libEngine, type DetectEngine } from '../../lib/detect/session.ts';
import type { Block, Finding, PageSignals } from '../../lib/detect/types.ts';
import type { DetectService } from './detect-service.ts';

/** Test helper: replaces the document body with parsed fixture markup (never page text). */
export function setBody(html: string, doc: Document = document): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  doc.body.replaceChildren(...[...parsed.body.childNodes].map((n) => doc.importNode(n, true)));
}

/** A stand-in engine's detect function, as lib/detect's `detect` is called. */
export type DetectFn = (text: string, options: { blocks?: Block[]; page?: PageSignals }) => Finding[];

/**
 * Test helper: a scanner engine made of a `detect` and a `pageSignals`
 * function (stand-in engines in unit tests). Its page signals read the whole
 * page text in one call.
 */
export function engineFrom(detect: DetectFn, pageSignals: (text: string) => PageSignals): DetectEngine {
  const blocksOf = new WeakMap<Prepared, Block[]>();
  return {
    prepare(text, blocks) {
      const prepared: Prepared = { text, tally: emptyTally() };
      blocksOf.set(prepared, blocks);
      return prepared;
    },
    signals: (list) => pageSignals(list.map((p) => p.text).join('\n\n')),
    decide: (prepared, page) => detect(prepared.text, { blocks: blocksOf.get(prepared), page }),
  };
}

/**
 * Test helper: detection in-process, as the background does it (a
 * DetectSession), answering asynchronously like the port. `engine`
 * defaults to lib/detect's.
 */
export function localDetector(engine: DetectEngine = libEngine): DetectService {
  const session = new DetectSession(engine, (error) => console.error('ClinicCheck: detection failed', error));
  return {
    begin: () => session.reset(),
    prepare: ({ text, blocks }) => session.prepare(text, blocks),
    decide: () => Promise.resolve(session.decide()),
    detect: (texts, signals) => Promise.resolve(session.detect(texts, signals)),
    dispose: () => session.reset(),
  };
}
