import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import * as root from '../../src/index'
import * as api from '../../src/api/index'
import * as hooks from '../../src/hooks/index'
import * as components from '../../src/components/index'

describe('the root entry', () => {
  it('re-exports every value of the components, hooks and api entries', () => {
    const missing = [components, hooks, api].flatMap((entry) =>
      Object.keys(entry).filter((name) => !(name in root)),
    )
    expect(missing).toEqual([])
  })

  it('lists names (no export *) and keeps the API entry free of React', () => {
    const src = (file: string) => readFileSync(path.resolve(__dirname, '../../src', file), 'utf8')
    for (const file of [
      'index.ts',
      'api/index.ts',
      'hooks/index.ts',
      'components/index.ts',
      'server/index.ts',
      'msw.ts',
    ]) {
      expect(src(file)).not.toMatch(/export \* from/)
    }
    expect(src('api/index.ts')).not.toMatch(/from 'react'|\.\.\/hooks|\.\.\/components/)
  })
})
