/**
 * Runs a measuring file (`bench/*.measure.ts`) through vitest, so the TypeScript source is used
 * as is, and returns the JSON it wrote to the file named by LIVE_BENCH_OUT.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startVitest } from 'vitest/node'

/** @param {{ root: string, file: string }} options `file`: relative to `root`. */
export async function runMeasure({ root, file }) {
  const out = join(mkdtempSync(join(tmpdir(), 'live-bench-')), 'result.json')
  process.env.LIVE_BENCH_OUT = out
  const vitest = await startVitest(
    'test',
    [],
    { watch: false, config: false, root, reporters: ['dot'] },
    { test: { include: [file], environment: 'node', testTimeout: 120_000 } },
  )
  await vitest.close()
  return JSON.parse(readFileSync(out, 'utf8'))
}
