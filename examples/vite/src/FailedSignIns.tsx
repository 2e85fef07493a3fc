// #region failed-sign-ins
import type { EventFilters } from 'react-auth-events/api'
import { useEventCounts, useEventStream, useEvents } from 'react-auth-events/hooks'

// One selection for the list, the count and the stream: live events go into the list and the
// count because their filters are the same. (Studio records a failed sign-in as
// `user.logged_in` with status failed.)
const FAILED_SIGN_INS: EventFilters = { types: ['user.logged_in'], severities: ['failed'] }

export function FailedSignIns() {
  const list = useEvents({ filters: FAILED_SIGN_INS, pageSize: 10 })
  const counts = useEventCounts({ filters: FAILED_SIGN_INS })
  const stream = useEventStream({ filters: FAILED_SIGN_INS })

  if (list.status === 'pending') return <p role="status">Loading…</p>
  if (list.status === 'error' && list.events.length === 0) {
    return <p role="alert">Could not load events: {list.error?.message}</p>
  }

  const total = counts.data ? `${counts.data.total}${counts.data.scanLimitReached ? '+' : ''}` : '…'
  return (
    <section aria-labelledby="failed-sign-ins">
      <h2 id="failed-sign-ins">Failed sign-ins ({total})</h2>
      <p>{stream.status === 'live' ? 'Live' : `Updates ${stream.status}`}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Account</th>
            <th scope="col">IP address</th>
          </tr>
        </thead>
        <tbody>
          {list.events.map((event) => (
            <tr key={event.id} data-new={stream.newIds.has(event.id) ? '' : undefined}>
              <td>
                <time dateTime={event.timestamp.toISOString()}>{event.timestamp.toLocaleString()}</time>
              </td>
              <td>{event.userId ?? String(event.metadata.email ?? '—')}</td>
              <td>{event.ipAddress ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.hasNextPage ? (
        <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          Load more
        </button>
      ) : null}
    </section>
  )
}
// #endregion failed-sign-ins
