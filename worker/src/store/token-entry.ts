// The KV entry a token record is kept under: the one place its key and encoding are made.
//
// TokenStore puts it from the worker; the token scripts bulk-put it with wrangler (`createStoredTokens`), since
// they run in Node without a KV binding. Free of Workers types so both can import it.
import type { TokenRecord } from '../auth/token-secret';
import { tokenKey } from './keys';

export const tokenEntry = (record: TokenRecord) => ({ key: tokenKey(record.hash), value: JSON.stringify(record) });
