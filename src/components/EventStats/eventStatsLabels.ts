/** Texts of `<EventStats>`; pass a partial `labels` object to translate or reword any of them. */
import type { CountsScope, Severity } from '../../api/types'
import { eventsWord } from '../shared/plural'

/** What the scope line is built from. */
export type EventStatsScopeInput = {
  scope: CountsScope
  /** Events counted in a sample, formatted for the locale (only for `sample`). */
  sampleSize?: string
  /** The same as a number (for plural forms). */
  sampleCount?: number
  /** The client counted every matching event (a `sample` that did not stop at the scan limit): exact. */
  complete?: boolean
  /** First day of the filters' date range, spelled out, when they have one. */
  from?: string
  /** Last day of the filters' date range (inclusive), spelled out, when they have one. */
  to?: string
}

/** Every text `<EventStats>` renders. */
export type EventStatsLabels = {
  /** Accessible name of the group of cards. */
  group: string
  /** Card titles. */
  severity: Record<Severity, string>
  /** Title of the total card. */
  total: string
  /** What the counts cover, shown once above the cards and read with every card. */
  scope: (input: EventStatsScopeInput) => string
  /** Shown in place of a count the server did not report. */
  unknownValue: string
  /** Read by screen readers in place of {@link EventStatsLabels.unknownValue}. */
  unknownValueSpoken: string
  /** Explains {@link EventStatsLabels.unknownValue}. */
  unknownNote: string
  /** Description of the cards' toggle behaviour. */
  cardHint: string
  /** Shown (as a status) while the counts load. */
  loading: string
  /** Trend: spoken before the change ("Up 12% vs previous 30 days"); the arrow is not read. */
  trendDirection: Record<'up' | 'down' | 'flat' | 'new', string>
  /** Trend: after the change, the period compared with. */
  trendAgainst: (days: number, rolling: boolean) => string
  /** Trend: in place of a percentage when the previous period had no events. */
  trendNew: string
  /** Trend: after the scope line, the period the cards' trends compare (said once for all cards). */
  trendNote: (days: number, rolling: boolean) => string
  /** Trend: when the previous period is not known (the activity does not reach back that far). */
  trendPeriod: (days: number) => string
  /** Caption of the chart. */
  chartTitle: string
  /** Accessible name of the drawn chart (the table below is its text alternative). */
  chartImage: string
  /** One-line summary under the chart. */
  chartSummary: (input: {
    total: string
    /** The total as a number (for plural forms). */
    totalCount?: number
    from: string
    to: string
    busiestDay?: string
    busiestCount?: string
  }) => string
  /** Caption of the chart's data table. */
  chartTableCaption: string
  /** Column header of the chart table's dates. */
  chartDate: string
  /** Shown while the chart's code or data loads. */
  chartLoading: string
}

/** The English defaults of {@link EventStatsLabels}. */
export const DEFAULT_EVENT_STATS_LABELS: EventStatsLabels = {
  group: 'Event counts',
  severity: { success: 'Success', failed: 'Failed', warning: 'Warning', info: 'Info' },
  total: 'Total',
  scope: ({ scope, sampleSize, sampleCount, complete, from, to }) => {
    const events = sampleCount === undefined ? 'events' : eventsWord(sampleCount)
    if (scope === 'sample' && complete)
      return sampleSize ? `All ${sampleSize} matching ${events}` : 'All matching events'
    if (scope === 'sample')
      return sampleSize ? `Newest ${sampleSize} ${events} (sample)` : 'Newest events (sample)'
    if (scope === 'all-time' || (!from && !to)) return 'All time'
    if (from === to) return from ?? ''
    return `${from ?? '…'} – ${to ?? 'today'}`
  },
  unknownValue: '—',
  unknownValueSpoken: 'not reported',
  unknownNote: '— This server reports only a total for this range, not a count per status.',
  cardHint: 'Shows only these events in the list; press again to show all.',
  loading: 'Loading counts…',
  trendDirection: { up: 'Up', down: 'Down', flat: 'No change,', new: 'Up:' },
  trendAgainst: (days, rolling) =>
    rolling
      ? `last ${days} days vs the ${days} before`
      : days === 1
        ? 'vs the day before'
        : `vs previous ${days} days`,
  trendNew: 'new',
  trendNote: (days, rolling) =>
    rolling
      ? `Trends: last ${days} days vs the ${days} before`
      : days === 1
        ? 'Trends: vs the day before'
        : `Trends: vs the previous ${days} days`,
  trendPeriod: (days) => (days === 1 ? 'One day' : `Over ${days} days`),
  chartTitle: 'Events over time',
  chartImage: 'Bar chart of events per day by status',
  chartSummary: ({ total, totalCount, from, to, busiestDay, busiestCount }) =>
    `${total} ${totalCount === undefined ? 'events' : eventsWord(totalCount)} from ${from} to ${to}${busiestDay ? `; busiest day ${busiestDay} (${busiestCount})` : ''}.`,
  chartTableCaption: 'Events per day',
  chartDate: 'Date',
  chartLoading: 'Loading chart…',
}
