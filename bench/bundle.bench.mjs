#!/usr/bin/env node
/**
 * Bundle sizes (issue 12): ours, built from `src/`, and the peers installed in
 * `bench/alternatives/`, by the same method (esbuild `--bundle --minify`, gzip -9, react and
 * react-dom external), with the ratio ours / theirs. See BENCHMARKS.md, section "Rendering and
 * bundle".
 *
 *   node bench/bundle.bench.mjs [--json] [--no-peers] [--smoke]
 *
 * The peers are measured only when installed (`npm ci --prefix bench/alternatives`, which
 * `npm run bench` does); otherwise they are listed as not installed. `--smoke` measures ours only
 * (a few seconds).
 */
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { formatBytes } from './lib/bundleSize.mjs'
import { markdownTable } from './lib/markdownSection.mjs'
import { measureOurBundles } from './lib/ourBundles.mjs'
import { measurePeerBundles } from './lib/peerBundles.mjs'

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    'no-peers': { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
  },
})
const root = fileURLToPath(new URL('..', import.meta.url))

const ours = await measureOurBundles(root)
// Bundling the peers (MUI, Tremor…) takes most of this script's time: smoke runs leave them out.
const peers = args['no-peers'] || args.smoke ? [] : await measurePeerBundles(root)
const byKey = new Map(ours.map((bundle) => [bundle.key, bundle]))

if (args.json) {
  process.stdout.write(`${JSON.stringify({ ours, peers }, null, 2)}\n`)
} else {
  const lines = ['### Bundle (esbuild --bundle --minify, gzip -9, react and react-dom external)', '']
  lines.push(
    markdownTable(
      ['ours', 'gzip', 'largest inputs (minified)'],
      ours.map((bundle) => [
        bundle.name,
        formatBytes(bundle.gzip),
        bundle.topInputs
          .slice(0, 5)
          .map((input) => `${input.path} ${Math.round(input.bytes / 1000)} KB`)
          .join(', '),
      ]),
      ['l', 'r', 'l'],
    ),
  )
  if (peers.length > 0) {
    lines.push('')
    lines.push(
      markdownTable(
        ['peer (whole package)', 'gzip', 'ours compared', 'ours / theirs'],
        peers.map((peer) => {
          const mine = byKey.get(peer.comparedWith)
          if (peer.gzip === undefined || !mine)
            return [peer.name, peer.error ?? 'n/a', mine?.name ?? '', 'n/a']
          return [peer.name, formatBytes(peer.gzip), mine.name, (mine.gzip / peer.gzip).toFixed(2)]
        }),
        ['l', 'r', 'l', 'r'],
      ),
    )
  }
  process.stdout.write(`${lines.join('\n')}\n`)
}
