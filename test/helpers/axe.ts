import axe from 'axe-core'
import { expect } from 'vitest'

/**
 * Runs axe on a component's container and expects no violation, listing each as `rule: targets`.
 * A component is a fragment of a page, so the landmark rule (`region`) is off.
 */
export async function expectNoAxeViolations(container: HTMLElement): Promise<void> {
  const results = await axe.run(container, { rules: { region: { enabled: false } } })
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`,
    ),
  ).toEqual([])
}
