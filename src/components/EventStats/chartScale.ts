/** The value axis of the events chart: whole-number ticks at a "nice" step (1, 2, 2.5 or 5 × 10ⁿ). */

/**
 * Ticks from 0 to at least `max`, about four intervals, never fractional (counts of events).
 * @example chartTicks(87) // [0, 25, 50, 75, 100]
 */
export function chartTicks(max: number, intervals = 4): number[] {
  if (!(max > 0)) return [0, 1]
  const raw = max / intervals
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const steps = [1, 2, 2.5, 5, 10]
    .map((m) => m * magnitude)
    .filter((candidate) => Number.isInteger(candidate))
  const step = Math.max(1, steps.find((candidate) => candidate >= raw) ?? Math.ceil(raw))
  const ticks: number[] = []
  for (let tick = 0; tick < max + step; tick += step) ticks.push(tick)
  return ticks
}
