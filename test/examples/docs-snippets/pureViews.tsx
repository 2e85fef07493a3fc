// #region pure-views
'use client'
import { useMemo, useState } from 'react'
import {
  ActivityGridView,
  aggregateActivity,
  countBySeverity,
  EventDetailModalView,
  EventListView,
  EventStatsView,
  normalizeStudioEvents,
  type AuthEvent,
} from '../../../src/index'

/** `rows` are Studio-shaped events from your own endpoint. */
export function EventsPanel({ rows }: { rows: unknown[] }) {
  const events = useMemo(() => normalizeStudioEvents(rows).events, [rows])
  const days = useMemo(() => [...aggregateActivity(events, 'UTC').values()], [events])
  const counts = useMemo(() => ({ ...countBySeverity(events), scope: 'window' as const }), [events])
  const [opened, setOpened] = useState<AuthEvent | undefined>()

  return (
    <>
      <EventStatsView status="success" counts={counts} />
      <ActivityGridView status="success" days={days} timeZone="UTC" />
      <EventListView status="success" events={events} onEventOpen={setOpened} />
      <EventDetailModalView
        event={opened}
        events={events}
        open={opened !== undefined}
        onOpenChange={(open) => !open && setOpened(undefined)}
      />
    </>
  )
}
// #endregion pure-views
