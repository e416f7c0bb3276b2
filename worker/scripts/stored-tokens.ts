// Creates tokens from Node (the token CLI, dev tokens) and stores their records as the token store keeps them.
import { createToken, type TokenRecord } from '../src/auth/token-secret';
import { tokenEntry } from '../src/store/token-entry';
import { putKvEntries, type KvTarget } from './wrangler';

export type TokenSpec = Parameters<typeof createToken>[0];
/** The secret, to show once, and the record stored. */
export interface StoredToken {
  secret: string;
  record: TokenRecord;
}

/**
 * New tokens, their records written to `target` in one wrangler call; the secrets are returned to show once.
 * @example const [admin] = await createStoredTokens([{ role: 'admin', label: 'dev' }], { local: true, persistTo });
 */
export async function createStoredTokens<const S extends readonly TokenSpec[]>(
  specs: S,
  target: KvTarget,
): Promise<{ [K in keyof S]: StoredToken }> {
  const tokens = await Promise.all(specs.map((spec) => createToken(spec)));
  await putKvEntries(
    tokens.map(({ record }) => tokenEntry(record)),
    target,
  );
  return tokens as { [K in keyof S]: StoredToken };
}
