// #region events-page
'use client'
import { EventsDashboard } from 'react-auth-events'

export function EventsPage() {
  // No `client` prop: the dashboard uses the <EventsProvider> from the layout. An explicit
  // locale and time zone make the server's first render match the browser's.
  return <EventsDashboard syncUrl locale="en-GB" timeZone="Europe/Paris" />
}
// #endregion events-page
