import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  // A second output folder for the React 18 build (scripts/check-examples.mjs sets it).
  build: { outDir: process.env.EXAMPLE_OUT_DIR ?? 'dist' },
  // With a real backend: `VITE_EVENTS_PROXY=http://127.0.0.1:4310 npm run dev` forwards
  // /api/studio there (e.g. to `npm start` in the repository root), so the page stays same-origin.
  server: process.env.VITE_EVENTS_PROXY
    ? { proxy: { '/api/studio': { target: process.env.VITE_EVENTS_PROXY, changeOrigin: true } } }
    : undefined,
})
