// The benchmark's floor: the same runtime (wrangler dev → workerd) returning stored bytes with no logic.
const stored = new Map<string, { body: string; etag: string | null }>();

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const key = url.searchParams.get('key') ?? '';
    if (url.pathname === '/__set') {
      stored.set(key, { body: await request.text(), etag: request.headers.get('X-ETag') });
      return new Response('stored');
    }
    // A POST floor still receives the whole request body, as the API must.
    if (request.method === 'POST') await request.arrayBuffer();
    const entry = stored.get(key);
    if (!entry) return new Response('unknown key', { status: 404 });
    const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=UTF-8' };
    if (entry.etag) headers.ETag = entry.etag;
    return new Response(entry.body, { headers });
  },
} satisfies ExportedHandler;
