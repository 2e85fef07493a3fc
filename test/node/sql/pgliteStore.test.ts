import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createPgliteStore } from '../../../src/server/sql/pgliteStore'

const root = mkdtempSync(path.join(tmpdir(), 'ae-pglite-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('createPgliteStore', () => {
  it('persists to a folder whose parents do not exist yet, and reopens it', async () => {
    const dataDir = path.join(root, 'not', 'yet', 'there')
    const first = await createPgliteStore({ dataDir })
    await first.insert([
      {
        id: '00000000-0000-4000-8000-000000000001',
        type: 'user.joined',
        timestamp: '2026-11-20T10:00:00.000Z',
        status: 'success',
        metadata: { name: 'Ana' },
        source: 'app',
      },
    ])
    await first.close()
    const again = await createPgliteStore({ dataDir })
    expect((await again.count({ filters: {} })).total).toBe(1)
    await again.close()
    // Two PGlite start-ups on disk: 68 s at load average 20 on 2 cores.
  }, 240_000)
})
