// CLI: `npm run token -- create --role editor --unit 市人社局 [--label 张三] [--remote] [--persist-to dir]`.
// Writes the token's record (hash only) to KV and prints the secret once. With --remote the namespace is
// --namespace-id, else $PLANSYNC_KV_NAMESPACE_ID (as `npm run deploy` uses), else wrangler.jsonc's binding.
import { RoleSchema } from '@plansync/shared';
import { parseArgs } from 'node:util';
import { createStoredTokens } from './stored-tokens';
import { DEFAULT_PERSIST_DIR } from './wrangler';

const USAGE = `usage: npm run token -- create --role admin|editor|viewer [--unit 单位] [--label 说明]
                                 [--persist-to dir | --remote [--namespace-id id]]
  --role         admin (everything), editor (reports for --unit's tasks), viewer (read only)
  --unit         the lead unit an editor token reports for (editor tokens only)
  --label        who holds the token, for the record
  --persist-to   local KV folder (default ${DEFAULT_PERSIST_DIR})
  --remote       the deployed namespace: --namespace-id, else $PLANSYNC_KV_NAMESPACE_ID
Prints the token once; only its SHA-256 is stored.`;

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      unit: { type: 'string' },
      label: { type: 'string' },
      remote: { type: 'boolean', default: false },
      'namespace-id': { type: 'string', default: process.env.PLANSYNC_KV_NAMESPACE_ID },
      'persist-to': { type: 'string', default: DEFAULT_PERSIST_DIR },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const role = RoleSchema.safeParse(values.role);
  if (positionals[0] !== 'create' || !role.success) throw new Error(USAGE);
  const target = values.remote
    ? ({ local: false, namespaceId: values['namespace-id'] } as const)
    : ({ local: true, persistTo: values['persist-to'] } as const);
  const [{ secret, record }] = await createStoredTokens(
    [{ role: role.data, unit: values.unit ?? null, label: values.label ?? '' }],
    target,
  );
  const where = values.remote ? 'deployed namespace' : `local KV (${values['persist-to']})`;
  console.error(
    `Created ${record.role} token ${record.tokenId}${record.unit ? ` for ${record.unit}` : ''} in the ${where}.`,
  );
  console.error('The token is shown only now; store it safely:');
  console.log(secret);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
