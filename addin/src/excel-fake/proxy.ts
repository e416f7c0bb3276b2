// Office.js proxy-object semantics for the fake: writes are queued, loads are filled in at sync, and reading a
// property that was not loaded and synced throws PropertyNotLoaded.
import { FakeOfficeError } from './workbook';

export interface Queued {
  /** What Office.js would put on the wire for this call; its JSON size counts toward the request payload. */
  wire: unknown;
  /** Applies the call to the workbook; returns loaded data for loads. */
  run(): Record<string, unknown> | void;
  /** Receives loaded data after the sync. */
  target?: FakeProxy;
}

export interface RequestQueue {
  enqueue(entry: Queued): void;
}

export abstract class FakeProxy {
  private loaded: Record<string, unknown> = {};

  constructor(
    protected readonly queue: RequestQueue,
    readonly path: string,
  ) {}

  load(propertyNames?: string | string[]): unknown {
    const names = (Array.isArray(propertyNames) ? propertyNames : (propertyNames ?? '').split(','))
      .map((n) => n.trim())
      .filter(Boolean);
    this.queue.enqueue({ wire: { load: this.path, names }, run: () => this.snapshot(names), target: this });
    return this;
  }

  /** Called by the context after a sync with the data loaded for this object. */
  receive(data: Record<string, unknown>): void {
    this.loaded = { ...this.loaded, ...data };
  }

  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- typed like Office.js's loaded properties
  protected read<T>(name: string): T {
    if (!(name in this.loaded)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded[name] as T;
  }

  /** Queues a call or a property set; `apply` runs at sync. */
  protected call(member: string, args: unknown, apply: () => void): void {
    this.queue.enqueue({ wire: { on: this.path, member, args }, run: apply });
  }

  protected abstract snapshot(names: string[]): Record<string, unknown>;
}
