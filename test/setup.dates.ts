// The date matrix's guard (vitest.dates.config.ts): a point whose TZ did not reach Node and
// Intl would silently test the machine's zone again, so the file fails instead.
const wanted = process.env.TZ
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
if (wanted && zone !== wanted) {
  throw new Error(`date matrix: TZ=${wanted} but Intl says ${zone}`)
}
if (!process.env.AE_TEST_NOW || Number.isNaN(Date.parse(process.env.AE_TEST_NOW))) {
  throw new Error(`date matrix: AE_TEST_NOW is not an instant: "${process.env.AE_TEST_NOW ?? ''}"`)
}
