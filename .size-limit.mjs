/**
 * Size budgets (issue 12). Two kinds:
 * - size-limit's own measure (brotli, peer dependencies such as react-query left out, every chunk
 *   counted: a lazy one is bundled in);
 * - issue 12's method for its targets (esbuild minified, gzip -9, only react and react-dom
 *   external, production build), where "first download" leaves every `import()` target out: the
 *   chart and the Radix Dialog and Popover, loaded on first need. bench/bundle.bench.mjs prints the
 *   same figures with esbuild's code splitting (within a few hundred bytes of these).
 * Each budget is the figure measured at the end of a round plus about 4 % (see BENCHMARKS.md);
 * the issue's own targets are in the names where a budget is below them or not reached.
 */

/** Leaves the targets of `import()` out of the bundle: what a page downloads before any of them. */
const lazyChunksOut = {
  name: 'lazy-chunks-out',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    )
  },
}

/** Issue 12's method: react and react-dom external only, production build, gzip -9. */
const issue12 = (firstDownload) => ({
  gzip: true,
  modifyEsbuildConfig: (config) => ({
    ...config,
    // size-limit always adds the peer dependencies (react-query) to `ignore`: put it back in.
    external: ['react', 'react-dom'],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [...(config.plugins ?? []), ...(firstDownload ? [lazyChunksOut] : [])],
  }),
})

export default [
  {
    name: './api (createEventsClient)',
    path: 'dist/api.js',
    import: '{ createEventsClient }',
    limit: '16.8 kB',
  },
  { name: './hooks (useEvents)', path: 'dist/hooks.js', import: '{ useEvents }', limit: '4 kB' },
  { name: './hooks (everything)', path: 'dist/hooks.js', import: '*', limit: '15.3 kB' },
  {
    name: './hooks (everything, react-query bundled; issue 12 target 15 kB)',
    path: 'dist/hooks.js',
    import: '*',
    limit: '28.3 kB',
    ...issue12(false),
  },
  { name: '. (useEvents only)', path: 'dist/index.js', import: '{ useEvents }', limit: '4 kB' },
  { name: '. (EventList, every chunk)', path: 'dist/index.js', import: '{ EventList }', limit: '48.3 kB' },
  {
    name: '. (EventsDashboard, every chunk)',
    path: 'dist/index.js',
    import: '{ EventsDashboard }',
    limit: '78 kB',
  },
  {
    name: '. (EventsDashboard, first download; issue 12 target 80 kB)',
    path: 'dist/index.js',
    import: '{ EventsDashboard }',
    limit: '72 kB',
    ...issue12(true),
  },
  { name: '. (everything, every chunk)', path: 'dist/index.js', import: '*', limit: '95 kB' },
  {
    name: '. (everything, first download; issue 12 target 100 kB)',
    path: 'dist/index.js',
    import: '*',
    limit: '92 kB',
    ...issue12(true),
  },
]
