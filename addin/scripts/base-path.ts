// The path a build is served under, from the add-in's public URL (`ADDIN_URL`): https://host/addin/ → `/addin/`.

/** Vite's `base` for a pane served at `url` (root when no URL is given). */
export function basePath(url: string | undefined): string {
  if (!url) return '/';
  const path = new URL(url).pathname.replace(/\/+$/, '');
  return `${path}/`;
}
