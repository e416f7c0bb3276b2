// Token records in KV, keyed by the SHA-256 of the secret so a lookup never needs the secret stored.
import { TokenRecordSchema, hashesEqual, type TokenRecord } from '../auth/token-secret';
import { tokenKey } from './keys';
import { tokenEntry } from './token-entry';

export class TokenStore {
  constructor(private readonly kv: KVNamespace) {}

  /** The record whose secret hashes to `hash` (see hashTokenSecret), or null. One KV read. */
  async findByHash(hash: string): Promise<TokenRecord | null> {
    const stored = await this.kv.get(tokenKey(hash), 'json');
    const parsed = TokenRecordSchema.safeParse(stored);
    if (!parsed.success || !hashesEqual(parsed.data.hash, hash)) return null;
    return parsed.data;
  }

  async save(record: TokenRecord): Promise<void> {
    const { key, value } = tokenEntry(record);
    await this.kv.put(key, value);
  }
}
