import axe from 'axe-core'
import type { Result } from 'axe-core'

// WCAG A/AA plus best practices, minus the page-level rules that only make sense for a whole
// page: a story is a fragment, not a document with landmarks and an h1.
const OPTIONS: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: {
    region: { enabled: false },
    'landmark-one-main': { enabled: false },
    'page-has-heading-one': { enabled: false },
  },
}

/** One line per failing node: rule, impact, help text and the element's selector. */
export function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `- [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} at ${node.target.join(' ')}`,
      ),
    )
    .join('\n')
}

// axe refuses to run twice at once; stories in one tab are checked one after another.
let queue: Promise<unknown> = Promise.resolve()

/**
 * Runs axe on the story's canvas and on anything it portalled into `document.body` (Radix dialogs,
 * popovers), and returns the violations.
 */
export function findAxeViolations(canvasElement: HTMLElement): Promise<Result[]> {
  const run = queue.then(async () => {
    const results = await axe.run(canvasElement.ownerDocument.body, OPTIONS)
    return results.violations
  })
  queue = run.catch(() => undefined)
  return run
}
