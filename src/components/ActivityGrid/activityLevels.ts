/**
 * Colour levels of the activity grid. Level 0 is "no events"; levels 1–4 split the days that had
 * events by quartiles of their totals, so one very busy day does not wash every other day out
 * to the palest shade (as a linear scale against the maximum would).
 */

/** A cell's colour level: 0 = no events, 4 = the busiest quarter of active days. */
export type ActivityLevel = 0 | 1 | 2 | 3 | 4

/** Upper bounds (inclusive) of levels 1, 2 and 3; anything above the last is level 4. */
export type ActivityThresholds = readonly [number, number, number]

/**
 * The quartile thresholds of the non-zero totals (nearest-rank method).
 * With no active days every threshold is 0.
 * @example activityThresholds([0, 1, 2, 3, 4]) // [1, 2, 3]
 */
export function activityThresholds(totals: readonly number[]): ActivityThresholds {
  const active = totals.filter((total) => total > 0).sort((a, b) => a - b)
  if (active.length === 0) return [0, 0, 0]
  const rank = (p: number) => active[Math.max(0, Math.ceil(p * active.length) - 1)] ?? 0
  return [rank(0.25), rank(0.5), rank(0.75)]
}

/**
 * The level of one day. Days that tie with a threshold take the lower level, so when every
 * active day has the same total they all show level 1 (nothing stands out because nothing does).
 */
export function activityLevel(total: number, thresholds: ActivityThresholds): ActivityLevel {
  if (total <= 0) return 0
  const [q1, q2, q3] = thresholds
  if (total <= q1) return 1
  if (total <= q2) return 2
  if (total <= q3) return 3
  return 4
}
