'use client'
import { forwardRef } from 'react'
import type { ComponentPropsWithoutRef } from 'react'
import type { EventsClient } from '../../api/clientTypes'
import type { EventFilters } from '../../api/types'
import { EventFiltersProvider, useEventFiltersContext } from '../../hooks/EventFiltersProvider'
import { EventsProvider } from '../../hooks/EventsProvider'
import { useControllableState } from '../../hooks/useControllableState'
import { rootClass } from '../shared/classNames'
import { useMergedLabels } from '../shared/labels'
import { AeRoot } from '../shared/Root'
import type { ColorScheme } from '../shared/Root'
import { DEFAULT_EVENTS_DASHBOARD_LABELS } from './dashboardLabels'
import type { EventsDashboardLabels } from './dashboardLabels'
import { dashboardBackend, DashboardLayout } from './DashboardLayout'
import { DashboardSkeleton } from './DashboardSkeleton'
import { useEventsClient } from '../../hooks/EventsProvider'
import type { DashboardPartProps } from './DashboardLayout'
import { DashboardStatusGate, useDashboardSetup } from './DashboardStatusGate'

/** Props of {@link EventsDashboard}. */
export interface EventsDashboardProps
  extends DashboardPartProps, Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'defaultValue'> {
  /** The events client. Without it, the nearest `<EventsProvider>` is used. */
  client?: EventsClient
  /** The filters (controlled). */
  filters?: EventFilters
  /** The initial filters (uncontrolled). @default {} */
  defaultFilters?: EventFilters
  /** Called with the new filters after every change. */
  onFiltersChange?: (filters: EventFilters) => void
  /** Mirror the filters in the page URL's search params (bookmarkable views). @default false */
  syncUrl?: boolean
  /** Live updates on (controlled). */
  live?: boolean
  /** Live updates on at first (uncontrolled). @default true */
  defaultLive?: boolean
  /** Called when live updates are paused or resumed. */
  onLiveChange?: (live: boolean) => void
  /** Milliseconds between live polls. @default the backend's (2 s on Studio) */
  pollInterval?: number
  /**
   * How late a row may become visible and still appear live, on backends without the `sequence`
   * capability (Studio): each poll re-reads this window, de-duplicated by id. See
   * docs/live-updates.md. @default 5000
   */
  latenessWindowMs?: number
  /** Show the stat cards. @default true */
  showStats?: boolean
  /** Show the activity grid. @default true */
  showActivity?: boolean
  /** Colour scheme of the whole dashboard, dialogs included. @default 'system' */
  colorScheme?: ColorScheme
  /** Texts, merged over {@link DEFAULT_EVENTS_DASHBOARD_LABELS}. */
  labels?: Partial<EventsDashboardLabels>
  /** BCP 47 locale of dates and numbers. @default the runtime's locale */
  locale?: string
  /** IANA time zone of dates, days and ranges. @default the runtime's time zone */
  timeZone?: string
  /** Drop the library classes (behaviour and ARIA stay). @default false */
  unstyled?: boolean
}

/**
 * The whole page: stat cards, activity grid, filters and the list with its detail dialog, on ONE
 * filter state, live by default. Before showing events it checks the backend and explains what
 * to fix: event tracking disabled, configured but not ready, the table missing, not signed in
 * (401), IP not allowed (403), wrong base path (404), rate limited (429) or unreachable.
 * @example
 * <EventsDashboard client={createEventsClient()} syncUrl timeZone="Europe/Paris" />
 */
export const EventsDashboard = forwardRef<HTMLDivElement, EventsDashboardProps>(function EventsDashboard(
  { client, filters, defaultFilters, onFiltersChange, syncUrl = false, ...rest },
  ref,
) {
  const content = (
    <EventFiltersProvider
      value={filters}
      defaultValue={defaultFilters}
      onValueChange={onFiltersChange}
      syncWithUrl={syncUrl}
    >
      <DashboardContent ref={ref} {...rest} />
    </EventFiltersProvider>
  )
  return client ? <EventsProvider client={client}>{content}</EventsProvider> : content
})

type DashboardContentProps = Omit<
  EventsDashboardProps,
  'client' | 'filters' | 'defaultFilters' | 'onFiltersChange' | 'syncUrl'
>

const DashboardContent = forwardRef<HTMLDivElement, DashboardContentProps>(function DashboardContent(
  {
    live: liveProp,
    defaultLive = true,
    onLiveChange,
    pollInterval,
    latenessWindowMs,
    showStats = true,
    showActivity = true,
    colorScheme,
    labels: labelsProp,
    locale,
    timeZone,
    unstyled,
    statsProps,
    activityGridProps,
    filtersProps,
    listProps,
    className,
    ...rest
  },
  ref,
) {
  const labels = useMergedLabels(DEFAULT_EVENTS_DASHBOARD_LABELS, labelsProp)
  const filters = useEventFiltersContext()?.filters ?? {}
  const { setup, retry } = useDashboardSetup(filters)
  const client = useEventsClient()
  const [live, setLive] = useControllableState({
    prop: liveProp,
    defaultProp: defaultLive,
    onChange: onLiveChange,
    name: 'live',
  })

  return (
    <AeRoot
      ref={ref}
      {...rest}
      colorScheme={colorScheme}
      unstyled={unstyled}
      className={rootClass(unstyled, 'events-dashboard', className)}
      data-state={setup.kind}
      aria-busy={setup.kind === 'checking' || undefined}
    >
      {setup.kind === 'ready' ? (
        <DashboardLayout
          status={setup.status}
          live={live}
          onLiveChange={setLive}
          pollInterval={pollInterval}
          latenessWindowMs={latenessWindowMs}
          showStats={showStats}
          showActivity={showActivity}
          labels={labels}
          locale={locale}
          timeZone={timeZone}
          unstyled={unstyled}
          statsProps={statsProps}
          activityGridProps={activityGridProps}
          filtersProps={filtersProps}
          listProps={listProps}
        />
      ) : setup.kind === 'checking' ? (
        <DashboardSkeleton
          showStats={showStats}
          showActivity={showActivity}
          backend={dashboardBackend(client.adapter.id)}
          labels={labels}
          locale={locale}
          timeZone={timeZone}
          unstyled={unstyled}
          statsProps={statsProps}
          activityGridProps={activityGridProps}
          filtersProps={filtersProps}
          listProps={listProps}
        />
      ) : (
        <>
          <h2 className={unstyled ? undefined : 'ae-events-dashboard__title'}>{labels.title}</h2>
          <DashboardStatusGate setup={setup} onRetry={retry} labels={labels} unstyled={unstyled} />
        </>
      )}
    </AeRoot>
  )
})
