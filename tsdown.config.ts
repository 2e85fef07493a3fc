import { defineConfig } from 'tsdown'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    api: 'src/api/index.ts',
    hooks: 'src/hooks/index.ts',
    server: 'src/server/index.ts',
    msw: 'src/msw.ts',
  },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  clean: true,
  // One output file per source file keeps each module's own 'use client' directive.
  unbundle: true,
})
