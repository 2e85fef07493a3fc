/** What a benchmark ran on, for the header of its results. */
import { execFileSync } from 'node:child_process'
import os from 'node:os'

/**
 * Node version, cores, CPU model, memory, OS, date, load (the machine is shared) and the git commit (with `+local changes`
 * when the tree is not clean), as markdown list lines.
 * @param {string} root The repository folder.
 * @param {number} loadAtStart `os.loadavg()[0]` when the benchmark began.
 * @returns {string[]}
 */
export function machineLines(root, loadAtStart) {
  const cpus = os.cpus()
  return [
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    `- Node ${process.version} on ${os.type()} ${os.release()} (${os.arch()})`,
    `- ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, shared with other work`,
    `- Load average (1 min) at the start ${loadAtStart.toFixed(1)}, at the end ${os.loadavg()[0].toFixed(1)}`,
    `- Commit: ${gitDescription(root)}`,
  ]
}

function gitDescription(root) {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: root,
      encoding: 'utf8',
    }).trim()
    return dirty ? `${commit} + local changes` : commit
  } catch {
    return 'unknown (not a git checkout)'
  }
}
