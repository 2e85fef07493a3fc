import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { NextConfig } from 'next'

// This folder is the app's root (not the library's repository around it, which has a lock too).
const root = path.dirname(fileURLToPath(import.meta.url))

const config: NextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
  // PGlite loads its WebAssembly and data files from its own package folder at run time, so the
  // server keeps it as a plain Node.js dependency instead of bundling it.
  serverExternalPackages: ['@electric-sql/pglite'],
}

export default config
