import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { expect, it } from 'vitest'
import path from 'node:path'

// The contract's fixtures live in ../shared/fixtures beside the repo; a vendored copy keeps a
// lone clone testable. The shared copy wins so new fixtures are picked up (and must get a test).
const shared = path.resolve(__dirname, '../../../shared/fixtures')
const vendored = path.resolve(__dirname, '../fixtures')
export const FIXTURES_DIR = existsSync(shared) ? shared : vendored

/** Reads one fixture (path relative to the fixtures folder) as parsed JSON. */
export function loadFixture<T = unknown>(relative: string): T {
  return JSON.parse(readFileSync(path.join(FIXTURES_DIR, relative), 'utf8')) as T
}

/** Every `.json` fixture in a backend's folder, as relative paths (`studio/count.json`). */
export function listFixtures(backend: string): string[] {
  return readdirSync(path.join(FIXTURES_DIR, backend))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `${backend}/${name}`)
}

/**
 * Registers one test per fixture of `backend` and a last test failing when a fixture in the
 * folder has none, so a fixture added to the contract cannot go untested.
 */
export function fixtureSuite(backend: string) {
  const tested = new Set<string>()
  return {
    /** A test of `fixture` (path relative to the fixtures folder). */
    test(fixture: string, name: string, fn: () => Promise<void>) {
      tested.add(fixture)
      it(name ? `${fixture}: ${name}` : fixture, fn)
    },
    /** The guard: call once, after the fixture tests. */
    expectEveryFixtureTested() {
      it(`has a test for every ${backend} fixture`, () => {
        expect(listFixtures(backend).filter((fixture) => !tested.has(fixture))).toEqual([])
      })
    },
  }
}
