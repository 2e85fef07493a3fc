/**
 * How a benchmark with a report ends: with `--smoke` (CI), fail unless `smokeOk` (saying
 * `smokeProblem`); with `--write`, replace its marked block of BENCHMARKS.md with `body`.
 */
import { writeMarkedSection } from './markdownSection.mjs'

/**
 * @param {{ args: { smoke?: boolean, write?: boolean }, root: string, name: string,
 *   heading: string, script: string, body: string, smokeOk: boolean, smokeProblem: string }} options
 */
export async function finishBench({ args, root, name, heading, script, body, smokeOk, smokeProblem }) {
  if (args.smoke) {
    if (!smokeOk) {
      console.error(`smoke: ${smokeProblem}`)
      process.exitCode = 1
    }
  } else if (args.write) {
    await writeMarkedSection({
      file: `${root}BENCHMARKS.md`,
      name,
      heading,
      body: `Measured by \`node bench/${script} --write\` (part of \`npm run bench\`).\n\n${body}`,
    })
    console.error(`BENCHMARKS.md: ${name} section written`)
  }
}
