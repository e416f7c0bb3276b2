// Answers a request body of the real Office.js client (`excel-web-16.00.js`) from a FakeWorkbook: the object paths
// and actions it sends are replayed as the same calls on the fake's own proxies, so the real client's requests meet
// the fake's Excel behaviour (protection, shapes, typed-input conversions) and its loads are answered in its format.
import type { FakeWorkbook } from '../workbook';
import { FakeOfficeError } from '../workbook';
import { FakeContext, newStats } from '../context';

/** The parts of Office.js's request body (`ClientRequest.buildRequestMessageBodyAndRequestFlags`) replayed here. */
export interface RichApiBody {
  Actions: RichApiAction[];
  ObjectPaths: Record<string, RichApiPath>;
}

interface RichApiAction {
  Id: number;
  /** 1 instantiate, 2 query, 3 method, 4 set property. */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[] };
}

interface RichApiPath {
  Id: number;
  /** 1 global object (the workbook), 3 method, 4 property, 5 indexer. */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

/** Arguments; those listed in `ReferencedObjectPathIds` are object path ids standing for objects. */
interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}

export interface RichApiResponseBody {
  Results?: { ActionId: number; Value: unknown }[];
  Error?: { Code: string; Message: string; HttpStatusCode: number };
}

type Member = Record<string, unknown>;

/** `GetRange` → `getRange`, `Values` → `values`: the fake's proxies use the JavaScript names. */
const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Replays `body` on the workbook in one fake sync and answers it as Excel would (results, or the error). */
export async function answerRequest(body: RichApiBody, book: FakeWorkbook): Promise<RichApiResponseBody> {
  const context = new FakeContext(book, newStats());
  const objects = new Map<number, Member>();
  const resolve = (id: number): Member => {
    // Methods that return nothing in the fake (convertToRange) are replayed once too.
    if (objects.has(id)) return objects.get(id)!;
    const path = body.ObjectPaths[String(id)];
    if (!path) throw new FakeOfficeError('InvalidArgument', `No object path ${id}`);
    const args = argsOf(path.ArgumentInfo);
    const parent = () => resolve(path.ParentObjectPathId!);
    let object: Member;
    if (path.ObjectPathType === 1) object = context.workbook;
    else if (path.ObjectPathType === 4) object = member(parent(), path.Name) as Member;
    else if (path.ObjectPathType === 3) object = invoke(parent(), path.Name, args) as Member;
    else if (path.ObjectPathType === 5) object = invoke(parent(), 'GetItem', args) as Member;
    else throw new FakeOfficeError('InvalidArgument', `The fake cannot replay object path type ${path.ObjectPathType}`);
    objects.set(id, object);
    return object;
  };
  const argsOf = (info: ArgumentInfo | undefined) =>
    (info?.Arguments ?? []).map((arg, i) => (info?.ReferencedObjectPathIds?.[i] ? resolve(arg as number) : arg));
  const queries: { id: number; object: Member; select: string[] }[] = [];
  try {
    for (const action of body.Actions) {
      const args = argsOf(action.ArgumentInfo);
      if (action.ActionType === 1) resolve(action.ObjectPathId);
      // Underscored methods (_KeepReference, _ValidateArraySize) are the client's bookkeeping; the fake checks shapes.
      else if (action.ActionType === 3 && !action.Name.startsWith('_')) {
        invoke(resolve(action.ObjectPathId), action.Name, args);
      } else if (action.ActionType === 4) resolve(action.ObjectPathId)[camel(action.Name)] = args[0];
      else if (action.ActionType === 2) {
        const object = resolve(action.ObjectPathId);
        const select = action.QueryInfo?.Select ?? [];
        (object.load as (names: string[]) => void)(select.map((n) => ('items' in object ? `items/${n}` : n)));
        queries.push({ id: action.Id, object, select });
      }
    }
    await context.sync();
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return { Error: { Code: code ?? 'GeneralException', Message: message ?? String(error), HttpStatusCode: 400 } };
  }
  return { Results: queries.map(({ id, object, select }) => ({ ActionId: id, Value: loaded(object, select) })) };
}

function member(object: Member, name: string): unknown {
  const key = camel(name);
  if (!(key in object)) throw new FakeOfficeError('InvalidArgument', `The fake has no member ${name}`);
  return object[key];
}

function invoke(object: Member, name: string, args: unknown[]): unknown {
  const method = member(object, name);
  if (typeof method !== 'function') throw new FakeOfficeError('InvalidArgument', `${name} is not a method`);
  return (method as (...a: unknown[]) => unknown).apply(object, args);
}

/** A loaded object as Office.js expects it back: PascalCase properties, a collection's items under `_Items`. */
function loaded(object: Member, select: string[]): unknown {
  if (select.includes('isNullObject') && object.isNullObject) return null;
  const pick = (source: Member) =>
    Object.fromEntries(select.filter((n) => n !== 'isNullObject').map((n) => [pascal(n), source[n]]));
  if ('items' in object) {
    return { _Items: (object.items as Member[]).map(pick) };
  }
  return pick(object);
}
