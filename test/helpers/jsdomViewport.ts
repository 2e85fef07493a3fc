/**
 * jsdom lays nothing out, so every element's `clientHeight` is 0 and a windowed list would draw
 * no row. Called at the top of a file (or a `describe`), this gives every element a `height` px
 * viewport (440 px = 10 rows of 44 px) for those tests and restores jsdom's own after them.
 */
import { afterAll, beforeAll } from 'vitest'

export function fakeViewportHeight(height = 440): void {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight')
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height })
  })
  afterAll(() => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original)
  })
}
