// `npm run dev -w @plansync/addin`: serves the pane and the playground on https://localhost:3000 until Ctrl-C.
import { startAddinServer } from './serve';

const server = await startAddinServer({
  port: Number(process.env.PORT ?? 3000),
  https: process.env.ADDIN_HTTP !== '1',
  workerUrl: process.env.WORKER_URL ?? 'http://localhost:8787',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.stop().then(() => process.exit(0)));
}
