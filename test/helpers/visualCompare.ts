/**
 * Screenshot comparison for the visual regression test, done in the browser itself: the capture
 * and the baseline are decoded by Chromium (createImageBitmap) and compared pixel by pixel on a
 * canvas, so no image library is needed. (vitest 4.1's own `toMatchScreenshot` was tried first:
 * on a mismatch it wrote its diff and then never settled, so a failing test hung until timeout.)
 *
 * Paths are relative to the project root (vitest's file commands resolve them from there).
 */
import { page, server } from 'vitest/browser'

/** How different two pictures may be and still match. */
export type VisualTolerance = {
  /**
   * Per pixel: the largest perceived colour distance that still counts as the same pixel, 0 to 1,
   * the YIQ distance pixelmatch uses (0.1 there by default).
   */
  threshold: number
  /** Per picture: the largest share of differing pixels that still matches, 0 to 1. */
  maxDiffRatio: number
}

export type VisualPaths = { baselines: string; reports: string }

type Picture = { width: number; height: number; data: Uint8ClampedArray }

async function decode(base64: string): Promise<Picture> {
  const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob()
  const bitmap = await createImageBitmap(blob, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' })
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
  const context = canvas.getContext('2d', { willReadFrequently: true })!
  context.drawImage(bitmap, 0, 0)
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height)
  return { width: bitmap.width, height: bitmap.height, data }
}

// pixelmatch's perceived distance: YIQ with its weights; the maximum possible value is 35215.
const y = (r: number, g: number, b: number) => r * 0.29889531 + g * 0.58662247 + b * 0.11448223
const i = (r: number, g: number, b: number) => r * 0.59597799 - g * 0.2741761 - b * 0.32180189
const q = (r: number, g: number, b: number) => r * 0.21147017 - g * 0.52261711 + b * 0.31114694
const MAX_DELTA = 35215

/**
 * Compares two pictures; pixels outside the smaller one count as different. The diff shows
 * unchanged pixels faded to grey and differing ones red.
 */
export function comparePictures(a: Picture, b: Picture, threshold: number) {
  const width = Math.max(a.width, b.width)
  const height = Math.max(a.height, b.height)
  const diff = new Uint8ClampedArray(width * height * 4)
  const limit = MAX_DELTA * threshold * threshold
  let differing = 0
  for (let row = 0; row < height; row += 1) {
    for (let column = 0; column < width; column += 1) {
      const at = (row * width + column) * 4
      const inside = row < a.height && column < a.width && row < b.height && column < b.width
      let same = false
      let grey = 255
      if (inside) {
        const pa = (row * a.width + column) * 4
        const pb = (row * b.width + column) * 4
        const [r1, g1, b1] = [a.data[pa]!, a.data[pa + 1]!, a.data[pa + 2]!]
        const [r2, g2, b2] = [b.data[pb]!, b.data[pb + 1]!, b.data[pb + 2]!]
        const dy = y(r1, g1, b1) - y(r2, g2, b2)
        const di = i(r1, g1, b1) - i(r2, g2, b2)
        const dq = q(r1, g1, b1) - q(r2, g2, b2)
        same = 0.5053 * dy * dy + 0.299 * di * di + 0.1957 * dq * dq <= limit
        grey = 255 - (255 - y(r1, g1, b1)) * 0.1
      }
      if (same) {
        diff.set([grey, grey, grey, 255], at)
      } else {
        differing += 1
        diff.set([255, 0, 0, 255], at)
      }
    }
  }
  return { differing, ratio: differing / (width * height), diff: { width, height, data: diff } }
}

async function encode(picture: Picture): Promise<string> {
  const canvas = new OffscreenCanvas(picture.width, picture.height)
  canvas
    .getContext('2d')!
    .putImageData(new ImageData(new Uint8ClampedArray(picture.data), picture.width), 0, 0)
  const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer())
  let binary = ''
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
  return btoa(binary)
}

const capture = (element: HTMLElement) =>
  page.screenshot({ element, save: false, animations: 'disabled', caret: 'hide', scale: 'device' })

/**
 * A capture of `element` that two consecutive screenshots agree on (within `tolerance`), so a
 * late paint cannot end up in the picture. Throws after `timeoutMs` if it keeps changing.
 */
async function stableCapture(element: HTMLElement, tolerance: VisualTolerance, timeoutMs: number) {
  const started = performance.now()
  let previous = await capture(element)
  for (;;) {
    const next = await capture(element)
    const { ratio } = comparePictures(await decode(previous), await decode(next), tolerance.threshold)
    if (ratio <= tolerance.maxDiffRatio) return next
    if (performance.now() - started > timeoutMs)
      throw new Error(
        `the page kept changing for ${timeoutMs} ms (${(ratio * 100).toFixed(2)} % between captures)`,
      )
    previous = next
  }
}

/**
 * Compares a capture of `element` with the baseline `<paths.baselines>/<name>.png`. With
 * `vitest --update` the capture becomes the baseline. On a mismatch, or without a baseline, it
 * throws, naming the actual capture and the diff it wrote to `<paths.reports>/`.
 */
export async function expectToMatchBaseline(
  element: HTMLElement,
  name: string,
  { tolerance, paths, timeoutMs }: { tolerance: VisualTolerance; paths: VisualPaths; timeoutMs: number },
): Promise<void> {
  const actual = await stableCapture(element, tolerance, timeoutMs)
  const baselineFile = `${paths.baselines}/${name}.png`
  if (server.config.snapshotOptions.updateSnapshot === 'all') {
    await server.commands.writeFile(baselineFile, actual, 'base64')
    return
  }
  const actualFile = `${paths.reports}/${name}-actual.png`
  const baseline = await server.commands.readFile(baselineFile, 'base64').catch(() => null)
  if (baseline === null) {
    await server.commands.writeFile(actualFile, actual, 'base64')
    throw new Error(
      `No baseline ${baselineFile} (the capture is in ${actualFile}). Run \`npm run test:visual:update\`, review the pictures and commit them.`,
    )
  }
  const [expected, received] = [await decode(baseline), await decode(actual)]
  const result = comparePictures(expected, received, tolerance.threshold)
  if (result.ratio <= tolerance.maxDiffRatio) return
  const diffFile = `${paths.reports}/${name}-diff.png`
  await server.commands.writeFile(actualFile, actual, 'base64')
  await server.commands.writeFile(diffFile, await encode(result.diff), 'base64')
  const size = (p: Picture) => `${p.width}×${p.height}`
  throw new Error(
    [
      `${name}: ${result.differing} pixels differ (${(result.ratio * 100).toFixed(2)} %, at most ${(tolerance.maxDiffRatio * 100).toFixed(2)} % may).`,
      `  baseline: ${baselineFile} (${size(expected)})`,
      `  actual:   ${actualFile} (${size(received)})`,
      `  diff:     ${diffFile} (differing pixels in red)`,
      'If the change is intended, run `npm run test:visual:update`, review the pictures and commit them.',
    ].join('\n'),
  )
}
