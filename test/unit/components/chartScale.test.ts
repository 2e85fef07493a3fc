import { describe, expect, it } from 'vitest'
import { chartTicks } from '../../../src/components/EventStats/chartScale'

describe('chartTicks', () => {
  it('covers the tallest bar with whole, evenly spaced ticks from 0', () => {
    expect(chartTicks(87)).toEqual([0, 25, 50, 75, 100])
    expect(chartTicks(100)).toEqual([0, 25, 50, 75, 100])
    expect(chartTicks(1234)).toEqual([0, 500, 1000, 1500])
    expect(chartTicks(20_000)).toEqual([0, 5000, 10_000, 15_000, 20_000])
  })

  it('never steps by a fraction of an event, and draws an axis for an empty chart', () => {
    expect(chartTicks(3)).toEqual([0, 1, 2, 3])
    expect(chartTicks(1)).toEqual([0, 1])
    expect(chartTicks(0)).toEqual([0, 1])
  })
})
