#!/usr/bin/env node
// Screenshots a page in Debian's headless Chromium: node scripts/screenshot.mjs URL out.png [width] [height] [waitForText]
import { chromium } from 'playwright-core'

const [url, out, width = '1280', height = '900', waitFor] = process.argv.slice(2)
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL out.png [width] [height] [waitForText]')
  process.exit(2)
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } })
  page.on('pageerror', (error) => console.error('page error:', error.message))
  page.on(
    'console',
    (message) => message.type() === 'error' && console.error('console error:', message.text()),
  )
  await page.goto(url, { waitUntil: 'networkidle' })
  if (waitFor) await page.getByText(waitFor).first().waitFor({ timeout: 15_000 })
  await page.waitForTimeout(1500)
  await page.screenshot({ path: out, fullPage: true })
  console.log(`wrote ${out}`)
} finally {
  await browser.close()
}
