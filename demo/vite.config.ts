import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const root = path.dirname(fileURLToPath(import.meta.url))
const dist = path.resolve(root, '../dist')

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
  build: { outDir: path.join(root, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  logLevel: 'warn',
})
