/** A test-framework-free assertion over an {@link AdapterReport}: throws a plain `Error`. */
import type { AdapterReport } from './verifyAdapter'

/** Options of {@link expectAdapterConformance}. */
export type ExpectAdapterConformanceOptions = {
  /**
   * Fewest distinct events the run must have read: a run over an empty backend checks almost
   * nothing, so it should not pass silently. Set 0 to allow it.
   * @default 1
   */
  minEvents?: number
}

/**
 * Throws an `Error` listing every problem when the report has any, or when fewer than `minEvents`
 * events were read (or events were not enabled). Works in any test runner.
 * @example expectAdapterConformance(await verifyAdapter({ adapter: myAdapter() }))
 */
export function expectAdapterConformance(
  report: AdapterReport,
  options: ExpectAdapterConformanceOptions = {},
): void {
  const { minEvents = 1 } = options
  const problems = [...report.problems]
  if (minEvents > 0 && report.statusState !== 'enabled') {
    problems.push(
      `events are not enabled (status state: ${report.statusState ?? 'unknown'}), so the list was not checked`,
    )
  } else if (report.events < minEvents) {
    problems.push(
      `only ${report.events} events were read; at least ${minEvents} are needed for the checks to mean anything`,
    )
  }
  if (!problems.length) return
  const notes = report.notes.length ? `\nNotes:\n${report.notes.map((note) => `  - ${note}`).join('\n')}` : ''
  throw new Error(
    `The adapter does not conform (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems
      .map((problem) => `  - ${problem}`)
      .join('\n')}${notes}`,
  )
}
