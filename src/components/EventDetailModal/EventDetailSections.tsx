'use client'
import { useId } from 'react'
import type { ReactNode } from 'react'
import { countryFlag } from '../../api/ip'
import { MASK, maskSecrets } from '../../api/mask'
import type { AuthEvent, GeoLocation } from '../../api/types'
import { partClass } from '../shared/classNames'
import { UserText } from '../shared/UserText'
import { extractChanges, extractErrorDetails } from './extractDetails'
import type { EventDetailLabels } from './labels'
import { parseUserAgent } from './parseUserAgent'

/** Where a location look-up stands (the `status` of `useGeoResolve`). */
export type GeoState = {
  /** Where the look-up of the event's address stands. */
  status: 'idle' | 'resolving' | 'resolved' | 'unavailable' | 'error'
  /** The location once resolved; null when the address has none. */
  location: GeoLocation | null | undefined
}

type SectionProps = { labels: EventDetailLabels; unstyled?: boolean }

/** A titled section of the dialog. */
export function Section({
  title,
  unstyled,
  children,
  name,
}: {
  title: string
  unstyled?: boolean
  children: ReactNode
  name: string
}) {
  const id = useId()
  return (
    <section
      aria-labelledby={id}
      className={partClass(unstyled, 'event-detail', 'section')}
      data-section={name}
    >
      <h3 id={id} className={partClass(unstyled, 'event-detail', 'section-title')}>
        {title}
      </h3>
      {children}
    </section>
  )
}

/** A term/description pair; absent values show the "none" label. */
export function Field({
  term,
  children,
  unstyled,
}: {
  term: string
  children: ReactNode
  unstyled?: boolean
}) {
  return (
    <div className={partClass(unstyled, 'event-detail', 'field')}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

function placeText(location: GeoLocation): string {
  return [location.city, location.region, location.country].filter(Boolean).join(', ')
}

/** IP address with its resolved location and flag, and the parsed user agent with the raw string. */
export function ClientSection({
  event,
  geo,
  labels,
  unstyled,
}: SectionProps & { event: AuthEvent; geo?: GeoState }) {
  // Real user agents are a few hundred characters; a huge one is not parsed whole.
  const ua = parseUserAgent(event.userAgent?.slice(0, 1_000))
  const location = geo?.location ?? event.location
  const status = location ? 'resolved' : (geo?.status ?? 'unavailable')
  let place: ReactNode = labels.locationUnknown
  if (status === 'resolving') place = labels.resolving
  else if (status === 'error') place = labels.locationFailed
  else if (location && placeText(location)) {
    const flag = countryFlag(location.countryCode)
    place = (
      <>
        {flag ? (
          <span aria-hidden="true" className={partClass(unstyled, 'event-detail', 'flag')}>
            {flag}{' '}
          </span>
        ) : null}
        <UserText value={placeText(location)} unstyled={unstyled} />
      </>
    )
  }
  return (
    <Section name="client" title={labels.sectionClient} unstyled={unstyled}>
      <dl className={partClass(unstyled, 'event-detail', 'fields')}>
        <Field term={labels.ipAddress} unstyled={unstyled}>
          {event.ipAddress ? (
            <code>
              <UserText value={event.ipAddress} max={100} unstyled={unstyled} />
            </code>
          ) : (
            labels.none
          )}
        </Field>
        {event.ipAddress || event.location ? (
          <Field term={labels.location} unstyled={unstyled}>
            <span data-state={status} role={status === 'resolving' ? 'status' : undefined}>
              {place}
            </span>
          </Field>
        ) : null}
        <Field term={labels.browser} unstyled={unstyled}>
          {ua.browser ? <UserText value={ua.browser} unstyled={unstyled} /> : labels.none}
        </Field>
        <Field term={labels.os} unstyled={unstyled}>
          {ua.os ? <UserText value={ua.os} unstyled={unstyled} /> : labels.none}
        </Field>
        <Field term={labels.device} unstyled={unstyled}>
          {ua.device ? <UserText value={ua.device} unstyled={unstyled} /> : labels.none}
        </Field>
        <Field term={labels.userAgentRaw} unstyled={unstyled}>
          {event.userAgent ? (
            <code className={partClass(unstyled, 'event-detail', 'raw')}>
              <UserText value={event.userAgent} expandable unstyled={unstyled} />
            </code>
          ) : (
            labels.none
          )}
        </Field>
      </dl>
    </Section>
  )
}

/** Reason, message and code of a failed event, from its metadata. */
export function ErrorSection({ event, labels, unstyled }: SectionProps & { event: AuthEvent }) {
  const details = extractErrorDetails(event.metadata)
  const rows: [string, string | undefined][] = [
    [labels.errorReason, details.reason],
    [labels.errorMessage, details.message],
    [labels.errorCode, details.code],
    [labels.errorStatus, details.status],
  ]
  const present = rows.filter((row): row is [string, string] => row[1] !== undefined)
  return (
    <Section name="error" title={labels.sectionError} unstyled={unstyled}>
      {present.length > 0 ? (
        <dl className={partClass(unstyled, 'event-detail', 'fields')}>
          {present.map(([term, value]) => (
            <Field key={term} term={term} unstyled={unstyled}>
              <UserText value={value} expandable unstyled={unstyled} />
            </Field>
          ))}
        </dl>
      ) : (
        <p>{labels.noErrorDetails}</p>
      )}
    </Section>
  )
}

function show(value: unknown, secret: boolean, none: string): string {
  if (value === undefined) return none
  if (secret && value !== null) return MASK
  if (typeof value === 'string') return value
  // The value of a readable field can still hold secrets (`oldSettings.apiKey`): same rule, any depth.
  return JSON.stringify(maskSecrets(value)) ?? String(value)
}

const CHANGE_TEXT = 300

/** Before → after table of an update, or nothing when the metadata holds no changes. */
export function ChangesSection({ event, labels, unstyled }: SectionProps & { event: AuthEvent }) {
  const changes = extractChanges(event.metadata)
  if (changes.length === 0) return null
  return (
    <Section name="changes" title={labels.sectionChanges} unstyled={unstyled}>
      <table className={partClass(unstyled, 'event-detail', 'changes')}>
        <thead>
          <tr>
            <th scope="col">{labels.field}</th>
            <th scope="col">{labels.before}</th>
            <th scope="col">{labels.after}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">
                <UserText value={change.field} max={CHANGE_TEXT} unstyled={unstyled} />
              </th>
              <td data-side="before">
                <UserText
                  value={show(change.before, change.secret, labels.none)}
                  max={CHANGE_TEXT}
                  unstyled={unstyled}
                />
              </td>
              <td data-side="after">
                <UserText
                  value={show(change.after, change.secret, labels.none)}
                  max={CHANGE_TEXT}
                  unstyled={unstyled}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  )
}
