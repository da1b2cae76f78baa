// mark.js ships no types; this is the part of its API the benchmark uses.
declare module 'mark.js' {
  interface MarkOptions {
    accuracy?: 'partially' | 'complementary' | 'exactly';
    separateWordSearch?: boolean;
    acrossElements?: boolean;
    diacritics?: boolean;
    each?: (element: Element) => void;
    done?: (count: number) => void;
  }
  export default class Mark {
    constructor(context: Element | Element[] | string);
    mark(keywords: string | string[], options?: MarkOptions): void;
  }
}
