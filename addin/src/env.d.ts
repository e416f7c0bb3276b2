// Build-time settings the dev server passes in (see scripts/serve.ts).
interface ImportMetaEnv {
  readonly VITE_PLANSYNC_WORKER_URL?: string;
}
