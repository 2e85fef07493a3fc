#!/usr/bin/env node
/**
 * Bundle sizes (issue 12): ours, built from `src/`, and the peers installed in
 * `bench/alternatives/`, by the same method (esbuild `--bundle --minify`, gzip -9, react and
 * react-dom external), with the ratio ours / theirs. See BENCHMARKS.md, section "Rendering and
 * bundle".
 *
 *   node bench/bundle.bench.mjs [--json] [--no-peers] [--smoke] [--write]
 *
 * The peers are measured only when installed (`npm ci --prefix bench/alternatives`, which
 * `npm run bench` does); otherwise they are listed as not installed. `--smoke` measures ours only
 * (a few seconds). `--write` replaces the `bench:bundle` block of BENCHMARKS.md with the tables,
 * next to the figures of the two earlier rounds (kept below: they cannot be re-measured here).
 */
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { formatBytes } from './lib/bundleSize.mjs'
import { markdownTable, writeMarkedSection } from './lib/markdownSection.mjs'
import { measureOurBundles } from './lib/ourBundles.mjs'
import { measurePeerBundles } from './lib/peerBundles.mjs'

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    'no-peers': { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
  },
})
const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * Earlier rounds, by the same method: c06fe85 is what issue 12 measured; 16604fb is the end of
 * the round that replaced recharts, bowser, react-table and react-virtual. Until then the only
 * lazy chunk was the chart's, so "initial chunk of `*`" and "all but the chart" were one figure.
 */
const EARLIER = [
  {
    commit: 'c06fe85',
    figures: {
      'dashboard-initial': 111_632,
      'dashboard-chart': 112_078,
      'all-but-chart': 127_035,
      'all-but-chart-total': 127_035,
      all: 239_113,
      hooks: 23_767,
      'hooks-external': 13_010,
      'event-list': 77_480,
      'activity-grid': 21_385,
    },
  },
  {
    commit: '16604fb',
    figures: {
      'dashboard-initial': 89_840,
      'dashboard-chart': 1_501,
      'all-but-chart': 105_853,
      'all-but-chart-total': 105_853,
      all: 107_354,
      hooks: 25_944,
      'hooks-external': 15_184,
      'event-list': 54_914,
      'activity-grid': 22_172,
    },
  },
]
/** The targets of issue 12, point 2. */
const TARGETS = {
  'dashboard-initial': 80_000,
  'all-but-chart': 100_000,
  'all-but-chart-total': 100_000,
  hooks: 15_000,
}
/** The peers' ratios ours / theirs in those rounds (their bytes were re-measured each time). */
const EARLIER_PEER_RATIOS = {
  '@retracedhq/logs-viewer': ['0.73', '0.59'],
  '@tremor/react': ['0.97', '0.43'],
  '@pangeacyber/react-mui-audit-log-viewer': ['0.22', '0.18'],
  'react-activity-calendar': ['0.90', '0.93'],
}

const ours = await measureOurBundles(root)
// Bundling the peers (MUI, Tremor…) takes most of this script's time: smoke runs leave them out.
const peers = args['no-peers'] || args.smoke ? [] : await measurePeerBundles(root)
const byKey = new Map(ours.map((bundle) => [bundle.key, bundle]))
/** `name version`, as installed in bench/alternatives/. */
const peerLabel = (name) => {
  try {
    const file = path.join(root, 'bench', 'alternatives', 'node_modules', name, 'package.json')
    return `${name} ${JSON.parse(readFileSync(file, 'utf8')).version}`
  } catch {
    return name
  }
}
const n = (bytes) => (bytes === undefined ? '' : bytes.toLocaleString('en-US'))

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
  if (peers.length > 0) lines.push('', peerTable(false))
  process.stdout.write(`${lines.join('\n')}\n`)
}

if (args.write) {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
  const body = [
    `Measured at ${commit} (plus the working tree) by \`node bench/bundle.bench.mjs --write\`.`,
    '',
    markdownTable(
      ['gzip -9, bytes', ...EARLIER.map((round) => round.commit), 'now', 'target', 'now / c06fe85'],
      ours.map((bundle) => {
        const first = EARLIER[0].figures[bundle.key]
        return [
          bundle.name,
          ...EARLIER.map((round) => n(round.figures[bundle.key])),
          `**${n(bundle.gzip)}**`,
          TARGETS[bundle.key] ? `≤ ${n(TARGETS[bundle.key])}` : '',
          first ? (bundle.gzip / first).toFixed(2) : '',
        ]
      }),
      ['l', 'r', 'r', 'r', 'r', 'r'],
    ),
  ]
  if (peers.length > 0) body.push('', peerTable(true))
  await writeMarkedSection({
    file: path.join(root, 'BENCHMARKS.md'),
    name: 'bench:bundle',
    heading: '### Bundle',
    body: body.join('\n'),
  })
  process.stdout.write('BENCHMARKS.md: bench:bundle block written\n')
}

/** Peers against the bundle of ours closest in purpose, with the earlier rounds' ratios. */
function peerTable(withEarlier) {
  return markdownTable(
    [
      'peer, whole package (gzip -9)',
      'bytes',
      'ours compared',
      ...(withEarlier ? EARLIER.map((round) => `${round.commit} / theirs`) : []),
      'ours / theirs',
    ],
    peers.map((peer) => {
      const mine = byKey.get(peer.comparedWith)
      const earlier = withEarlier ? (EARLIER_PEER_RATIOS[peer.name] ?? EARLIER.map(() => '')) : []
      if (peer.gzip === undefined || !mine)
        return [peerLabel(peer.name), peer.error ?? 'n/a', mine?.name ?? '', ...earlier, 'n/a']
      return [peerLabel(peer.name), n(peer.gzip), mine.name, ...earlier, (mine.gzip / peer.gzip).toFixed(2)]
    }),
    ['l', 'r', 'l', ...(withEarlier ? EARLIER.map(() => 'r') : []), 'r'],
  )
}
