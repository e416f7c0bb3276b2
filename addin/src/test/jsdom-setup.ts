// jsdom has no layout engine and so no ResizeObserver, which Fluent's MessageBar uses to reflow its actions.
// Nothing is ever resized in jsdom, so an observer that never fires is faithful to what jsdom can show.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver;
