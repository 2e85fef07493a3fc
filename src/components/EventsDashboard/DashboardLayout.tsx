'use client'
import { clsx } from 'clsx'
import { memo } from 'react'
import type { EventsStatus } from '../../api/types'
import type { EventBackend } from '../../api/catalogue/catalogue'
import { useEventFiltersContext } from '../../hooks/EventFiltersProvider'
import { useEventsClient } from '../../hooks/EventsProvider'
import { useEventStream } from '../../hooks/useEventStream'
import { ActivityGrid } from '../ActivityGrid/ActivityGrid'
import type { ActivityGridProps } from '../ActivityGrid/ActivityGrid'
import { EventFilters } from '../EventFilters/EventFilters'
import type { EventFiltersProps } from '../EventFilters/EventFilters'
import { TimeWindowControl } from '../EventFilters/TimeWindowControl'
import { EventList } from '../EventList/EventList'
import type { EventListProps } from '../EventList/EventList'
import { EventStats } from '../EventStats/EventStats'
import type { EventStatsProps } from '../EventStats/EventStats'
import { partClass } from '../shared/classNames'
import type { EventsDashboardLabels } from './dashboardLabels'
import { LiveIndicator } from './LiveIndicator'

/** Props passed to each part of the dashboard (the dashboard's own settings win). */
export type DashboardPartProps = {
  /** Extra props of the stat cards. */
  statsProps?: Partial<EventStatsProps>
  /** Extra props of the activity grid. */
  activityGridProps?: Partial<ActivityGridProps>
  /** Extra props of the filter bar. */
  filtersProps?: Partial<EventFiltersProps>
  /** Extra props of the list (and its detail dialog, through `detailProps`). */
  listProps?: Partial<EventListProps>
}

/** Props of {@link DashboardLayout}. */
export interface DashboardLayoutProps extends DashboardPartProps {
  status: EventsStatus
  live: boolean
  onLiveChange: (live: boolean) => void
  pollInterval?: number
  /** Re-read window of the live stream on backends without `sequence`, in ms. */
  latenessWindowMs?: number
  showStats: boolean
  showActivity: boolean
  labels: EventsDashboardLabels
  locale?: string
  timeZone?: string
  unstyled?: boolean
}

const BACKENDS: readonly string[] = ['studio', 'infra', 'audit-log'] satisfies EventBackend[]

/** The backend family of an adapter id (`infra-all` speaks the infra plugin's types too); Studio otherwise. */
export function dashboardBackend(adapterId: string): EventBackend {
  const family = adapterId.startsWith('infra') ? 'infra' : adapterId
  return BACKENDS.includes(family) ? (family as EventBackend) : 'studio'
}

// Memo boundaries: every poll updates the stream's state here (its time, a backoff), which
// re-rendered the whole page (issue 12); the parts render only when their own props change.
const StatsPart = memo(EventStats)
const ActivityPart = memo(ActivityGrid)
const FiltersPart = memo(EventFilters)
const ListPart = memo(EventList)
const WindowPart = memo(TimeWindowControl)

/**
 * The dashboard once events can be shown: header with the live indicator, stat cards, activity
 * grid, filters and the list (whose rows open the detail dialog), all on the filters of the
 * nearest `<EventFiltersProvider>`. The live stream runs here, once, for the whole dashboard.
 */
export function DashboardLayout(props: DashboardLayoutProps) {
  const { status, live, onLiveChange, pollInterval, latenessWindowMs, showStats, showActivity, labels } =
    props
  const { locale, timeZone, unstyled, statsProps, activityGridProps, filtersProps, listProps } = props
  const client = useEventsClient()
  const filters = useEventFiltersContext()?.filters ?? {}
  const stream = useEventStream({ enabled: live, filters, interval: pollInterval, latenessWindowMs })
  const backend = dashboardBackend(client.adapter.id)
  const shared = { locale, timeZone, unstyled }
  const part = (element: string) => partClass(unstyled, 'events-dashboard', element)

  return (
    <>
      <header className={part('header')}>
        <h2 className={part('title')}>{labels.title}</h2>
        {/* One time window for cards, grid, chart and list (through the filters, so the URL too). */}
        <WindowPart timeZone={timeZone} unstyled={unstyled} className={part('window')} />
        <LiveIndicator
          status={stream.status}
          lastPollAt={stream.lastPollAt}
          retryInMs={stream.retryInMs}
          error={stream.error}
          onRetry={stream.retry}
          pastRange={stream.pastRange}
          live={live}
          onLiveChange={onLiveChange}
          labels={labels}
          {...shared}
        />
      </header>
      {status.selfOnly ? (
        <p role="note" className={part('self-only')}>
          {labels.selfOnly}
        </p>
      ) : null}
      {showStats ? (
        <StatsPart {...shared} {...statsProps} className={clsx(part('stats'), statsProps?.className)} />
      ) : null}
      {showActivity ? (
        <ActivityPart
          {...shared}
          // With the cards shown, the grid's total is theirs (one query): one number, live too.
          summarySource={showStats ? 'counts' : 'days'}
          {...activityGridProps}
          className={clsx(part('activity'), activityGridProps?.className)}
        />
      ) : null}
      <FiltersPart
        {...shared}
        backend={backend}
        {...filtersProps}
        className={clsx(part('filters'), filtersProps?.className)}
      />
      <ListPart
        {...shared}
        highlightIds={live ? stream.newIds : undefined}
        {...listProps}
        className={clsx(part('list'), listProps?.className)}
      />
    </>
  )
}
