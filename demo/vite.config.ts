import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const root = path.dirname(fileURLToPath(import.meta.url))
// DEMO_LIB_DIR / DEMO_OUT_DIR: build the page against a snapshot of the library elsewhere (benchmarks).
const dist = path.resolve(process.env.DEMO_LIB_DIR ?? path.join(root, '../dist'))
const outDir = path.resolve(process.env.DEMO_OUT_DIR ?? path.join(root, 'dist'))

// The demo consumes the built package, not the sources.
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^react-auth-events\/styles\.css$/, replacement: path.join(dist, 'styles.css') },
      { find: /^react-auth-events$/, replacement: path.join(dist, 'index.js') },
    ],
  },
  build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  logLevel: 'warn',
})
