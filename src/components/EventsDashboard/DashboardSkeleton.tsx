'use client'
import { clsx } from 'clsx'
import { ActivityGridView } from '../ActivityGrid/ActivityGridView'
import { EventFilters } from '../EventFilters/EventFilters'
import { EventListView } from '../EventList/EventListView'
import { EventStatsView } from '../EventStats/EventStatsView'
import { partClass } from '../shared/classNames'
import { visuallyHidden } from '../shared/visuallyHidden'
import type { EventsDashboardLabels } from './dashboardLabels'
import type { DashboardPartProps } from './DashboardLayout'
import type { EventBackend } from '../../api/catalogue/catalogue'

// `inert` as an attribute: React 18 and 19 disagree on the prop.
const makeInert = (node: HTMLElement | null) => node?.setAttribute('inert', '')

/** Props of {@link DashboardSkeleton}. */
export interface DashboardSkeletonProps extends DashboardPartProps {
  showStats: boolean
  showActivity: boolean
  /** The backend family, for the filter bar's types. */
  backend: EventBackend
  labels: EventsDashboardLabels
  locale?: string
  timeZone?: string
  unstyled?: boolean
}

/**
 * The dashboard while its backend's status is asked: the same parts in their loading state
 * (cards, grid, filter bar, list skeletons), so the page has one layout from the first frame and
 * the parts fill in where they stand (issue 13: no "Checking…" line, then skeletons). The
 * "Checking event tracking…" text is still announced.
 */
export function DashboardSkeleton(props: DashboardSkeletonProps) {
  const { showStats, showActivity, backend, labels, locale, timeZone, unstyled } = props
  const { statsProps, activityGridProps, filtersProps, listProps } = props
  const part = (element: string) => partClass(unstyled, 'events-dashboard', element)
  const shared = { locale, timeZone, unstyled }
  return (
    <>
      <header className={part('header')}>
        <h2 className={part('title')}>{labels.title}</h2>
        <p role="status" className={part('checking')} style={visuallyHidden}>
          {labels.checking}
        </p>
      </header>
      {showStats ? (
        <EventStatsView {...shared} status="pending" className={clsx(part('stats'), statsProps?.className)} />
      ) : null}
      {showActivity ? (
        <ActivityGridView
          {...shared}
          status="pending"
          className={clsx(part('activity'), activityGridProps?.className)}
        />
      ) : null}
      {/* The real filter bar for its exact size, inert: what is typed here must not be lost when the dashboard takes over. */}
      <div ref={makeInert} className={part('filters-placeholder')}>
        <EventFilters
          {...shared}
          backend={backend}
          {...filtersProps}
          className={clsx(part('filters'), filtersProps?.className)}
        />
      </div>
      <EventListView {...shared} status="pending" className={clsx(part('list'), listProps?.className)} />
    </>
  )
}
