// swagger-ui-dist's browser files, imported as text: wrangler.jsonc's Text rule bundles them into the worker
// (vitest.text-modules.ts does the same in tests).
declare module 'swagger-ui-dist/swagger-ui-bundle.js' {
  const text: string;
  export default text;
}
declare module 'swagger-ui-dist/swagger-ui.css' {
  const text: string;
  export default text;
}
