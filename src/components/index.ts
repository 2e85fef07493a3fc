/**
 * The components' public exports, listed by name (no `export *`). The package's root entry
 * re-exports these.
 */

// ---------------------------------------------------------------------------- dashboard
export { EventsDashboard } from './EventsDashboard/EventsDashboard'
export type { EventsDashboardProps } from './EventsDashboard/EventsDashboard'
export { DEFAULT_EVENTS_DASHBOARD_LABELS } from './EventsDashboard/dashboardLabels'
export type { EventsDashboardLabels } from './EventsDashboard/dashboardLabels'
export type { DashboardPartProps } from './EventsDashboard/DashboardLayout'
export type { DashboardSetupKind } from './EventsDashboard/dashboardMessages'

// ---------------------------------------------------------------------------- filters
export { EventFilters } from './EventFilters/EventFilters'
export type { EventFiltersProps } from './EventFilters/EventFilters'
export { EventFiltersView, DEFAULT_SEARCH_DELAY_MS } from './EventFilters/EventFiltersView'
export type { EventFiltersViewProps, EventFiltersBaseProps } from './EventFilters/EventFiltersView'
export { DEFAULT_EVENT_FILTERS_LABELS } from './EventFilters/labels'
export type { EventFiltersLabels, EntityActivityInput } from './EventFilters/labels'
export type { EntityKind, EventEntity } from './EventFilters/entityFilters'
export { TimeWindowControl, DEFAULT_TIME_WINDOW_LABELS } from './EventFilters/TimeWindowControl'
export type { TimeWindowControlProps, TimeWindowLabels } from './EventFilters/TimeWindowControl'
export type { TimeWindow } from './EventFilters/timeWindow'

// ---------------------------------------------------------------------------- list and detail
export { EventList } from './EventList/EventList'
export type { EventListProps } from './EventList/EventList'
export { EventListView } from './EventList/EventListView'
export type { EventListViewProps, EventListState } from './EventList/EventListView'
export { DEFAULT_EVENT_LIST_LABELS } from './EventList/labels'
export type { EventListLabels } from './EventList/labels'
export { EventDetailModal } from './EventDetailModal/EventDetailModal'
export type { EventDetailModalProps } from './EventDetailModal/EventDetailModal'
export { EventDetailModalView } from './EventDetailModal/EventDetailModalView'
export { preloadEventDetailModal } from './EventDetailModal/preloadEventDetailModal'
export type { EventDetailModalViewProps } from './EventDetailModal/EventDetailModalView'
export { DEFAULT_EVENT_DETAIL_LABELS } from './EventDetailModal/labels'
export type { EventDetailLabels } from './EventDetailModal/labels'

// ---------------------------------------------------------------------------- stats and activity
export { EventStats } from './EventStats/EventStats'
export type { EventStatsProps } from './EventStats/EventStats'
export { EventStatsView } from './EventStats/EventStatsView'
export type {
  EventStatsViewProps,
  EventStatsStatus,
  EventStatsCounts,
  EventStatsChartData,
} from './EventStats/EventStatsView'
export { DEFAULT_EVENT_STATS_LABELS } from './EventStats/eventStatsLabels'
export type { EventStatsLabels } from './EventStats/eventStatsLabels'
export { ActivityGrid } from './ActivityGrid/ActivityGrid'
export type { ActivityGridProps } from './ActivityGrid/ActivityGrid'
export { ActivityGridView } from './ActivityGrid/ActivityGridView'
export type {
  ActivityGridViewProps,
  ActivityGridStatus,
  ActivityGridRange,
} from './ActivityGrid/ActivityGridView'
export { DEFAULT_ACTIVITY_GRID_LABELS } from './ActivityGrid/activityGridLabels'
export type { ActivityGridLabels } from './ActivityGrid/activityGridLabels'

// ---------------------------------------------------------------------------- theming root
export { AeRoot } from './shared/Root'
export type { AeRootProps, ColorScheme } from './shared/Root'

// ---------------------------------------------------------------------------- building blocks
export { EventIcon } from './shared/EventIcon'
export type { EventIconProps } from './shared/EventIcon'
export { SeverityBadge, DEFAULT_SEVERITY_LABELS } from './shared/SeverityBadge'
export type { SeverityBadgeProps, SeverityLabels } from './shared/SeverityBadge'
export { ErrorMessage } from './shared/ErrorMessage'
export type { ErrorMessageProps } from './shared/ErrorMessage'
export { describeError, DEFAULT_ERROR_LABELS } from './shared/describeError'
export type { ErrorLabels, ErrorDescription, ErrorKind } from './shared/describeError'
export { formatTimestamp, formatUtc, formatCount } from './shared/format'
export type { FormatTimestampOptions } from './shared/format'
export { EventDetailView } from './EventDetailModal/EventDetailView'
export type { EventDetailViewProps } from './EventDetailModal/EventDetailView'
export type { GeoState } from './EventDetailModal/EventDetailSections'
export { DEFAULT_METADATA_LIMITS } from './EventDetailModal/MetadataTree'
export type { MetadataTreeLimits } from './EventDetailModal/MetadataTree'
export { parseUserAgent } from './EventDetailModal/parseUserAgent'
export type { ParsedUserAgent } from './EventDetailModal/parseUserAgent'

// ---------------------------------------------------------------------------- export (CSV / JSON)
export { eventsToCsv, csvCell, CSV_COLUMNS } from './export/csv'
export type { EventsToCsvOptions } from './export/csv'
export { eventsToJson } from './export/json'
export type { EventsToJsonOptions } from './export/json'
export { downloadFile } from './export/download'
export { ExportButtons, DEFAULT_EXPORT_LABELS } from './export/ExportButtons'
export type { ExportButtonsProps, ExportLabels } from './export/ExportButtons'
