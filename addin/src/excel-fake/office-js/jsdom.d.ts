// Types for jsdom (the add-in's test environment ships none): just what loading the real Excel client calls.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options: { runScripts?: 'outside-only' | 'dangerously'; url?: string });
    readonly window: { eval(code: string): unknown };
  }
}
