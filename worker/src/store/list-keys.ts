// Every key under a prefix, with its metadata, following KV's list cursor (at most 1,000 keys a page).

/** One KV list per 1,000 keys under `prefix`, in key order; `onList` is called for each list made. */
export async function* listKeys(
  kv: KVNamespace,
  prefix: string,
  onList?: () => void,
): AsyncGenerator<KVNamespaceListKey<unknown>> {
  let cursor: string | undefined;
  do {
    onList?.();
    const page = await kv.list({ prefix, cursor });
    yield* page.keys;
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
}
