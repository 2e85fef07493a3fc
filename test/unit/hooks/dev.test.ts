// @vitest-environment node
/**
 * Issue 9 point 6: development warnings are printed in development and never from a production
 * bundle, whatever the bundler: the module is bundled here with esbuild's `define` (what Vite and
 * Next.js do too) and run where no `process` exists, as in a browser.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runInNewContext } from 'node:vm'
import { transform } from 'esbuild'
import { describe, expect, it } from 'vitest'

const source = readFileSync(fileURLToPath(new URL('../../../src/hooks/dev.ts', import.meta.url)), 'utf8')

/** Bundles dev.ts like a consumer's bundler, then runs it in a bare context (no `process`). */
async function runBundled(define: Record<string, string>) {
  const { code } = await transform(source, { loader: 'ts', format: 'cjs', define })
  const warnings: string[] = []
  const module = { exports: {} as { isDevelopment: () => boolean; devWarn: (message: string) => void } }
  runInNewContext(code, {
    module,
    exports: module.exports,
    console: { warn: (text: string) => warnings.push(text) },
  })
  module.exports.devWarn('careful')
  return { isDevelopment: module.exports.isDevelopment(), warnings }
}

describe('isDevelopment in a browser bundle', () => {
  it('is false in a production build (NODE_ENV replaced with "production"): nothing printed', async () => {
    const bundle = await runBundled({ 'process.env.NODE_ENV': '"production"' })
    expect(bundle.isDevelopment).toBe(false)
    expect(bundle.warnings).toEqual([])
  })

  it('is true in a development build', async () => {
    const bundle = await runBundled({ 'process.env.NODE_ENV': '"development"' })
    expect(bundle.isDevelopment).toBe(true)
    expect(bundle.warnings).toEqual(['[react-auth-events] careful'])
  })

  it('never throws where nothing was replaced and process does not exist (silent)', async () => {
    const bundle = await runBundled({})
    expect(bundle.isDevelopment).toBe(false)
    expect(bundle.warnings).toEqual([])
  })
})
