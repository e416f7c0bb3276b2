// Bearer token secrets: generated at random, kept only as SHA-256 hashes. Runs in workerd and Node.
import { RoleSchema, sha256Hex, type Role } from '@plansync/shared';
import { z } from '@hono/zod-openapi';

const SECRET_BYTES = 32;
const TOKEN_PREFIX = 'ps_';

/** What KV keeps for a token under `token:{hash}`: never the secret itself. */
export const TokenRecordSchema = z.object({
  tokenId: z.string().min(1),
  /** Hex SHA-256 of the secret; compared in constant time after the lookup by key. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  role: RoleSchema,
  unit: z.string().min(1).nullable(),
  label: z.string(),
  createdAt: z.iso.datetime(),
});
export type TokenRecord = z.infer<typeof TokenRecordSchema>;

/** Hex SHA-256 of a token secret. */
export const hashTokenSecret = (secret: string): Promise<string> => sha256Hex(secret);

/**
 * A new token: the secret to hand out once, and the record to store.
 * @example const { secret, record } = await createToken({ role: 'editor', unit: '市人社局' });
 */
export async function createToken(options: { role: Role; unit?: string | null; label?: string }): Promise<{
  secret: string;
  record: TokenRecord;
}> {
  const unit = options.unit ?? null;
  if ((options.role === 'editor') !== (unit !== null)) {
    throw new Error('an editor token needs --unit, and only an editor token takes one');
  }
  const bytes = crypto.getRandomValues(new Uint8Array(SECRET_BYTES));
  const secret =
    TOKEN_PREFIX +
    btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  const hash = await hashTokenSecret(secret);
  const record: TokenRecord = {
    // The public id is a prefix of the hash: it names the token in audit records without revealing it.
    tokenId: `tok_${hash.slice(0, 12)}`,
    hash,
    role: options.role,
    unit,
    label: options.label ?? '',
    createdAt: new Date().toISOString(),
  };
  return { secret, record };
}

/** Constant-time equality of two equal-length hex strings (lengths are public: both are SHA-256 hex). */
export function hashesEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
