'use client'
import { forwardRef, useEffect, useState } from 'react'
import type { ComponentPropsWithoutRef } from 'react'
import type { AuthEvent } from '../../api/types'
import { categoryLabel } from '../../api/catalogue/catalogue'
import { partClass, rootClass } from '../shared/classNames'
import { EventIcon } from '../shared/EventIcon'
import { formatTimestamp, formatUtc } from '../shared/format'
import { useMergedLabels } from '../shared/labels'
import { SeverityBadge } from '../shared/SeverityBadge'
import { UserText } from '../shared/UserText'
import { eventUserInfo } from '../EventList/eventUser'
import { CopyableId } from './CopyableId'
import { ChangesSection, ClientSection, ErrorSection, Field, Section } from './EventDetailSections'
import { RelatedSection } from './RelatedSection'
import type { EventEntity } from '../EventFilters/entityFilters'
import type { GeoState } from './EventDetailSections'
import { DEFAULT_EVENT_DETAIL_LABELS } from './labels'
import type { EventDetailLabels } from './labels'
import { MetadataTree } from './MetadataTree'
import type { MetadataTreeLimits } from './MetadataTree'

/** Props of {@link EventDetailView}. */
export interface EventDetailViewProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The event to show. */
  event: AuthEvent
  /** The location look-up of `event.ipAddress` (from `useGeoResolve`); `event.location` is used when absent. */
  geo?: GeoState
  /** Texts, merged over {@link DEFAULT_EVENT_DETAIL_LABELS}. */
  labels?: Partial<EventDetailLabels>
  /** Bounds of the metadata tree. */
  metadataLimits?: Partial<MetadataTreeLimits>
  /** BCP 47 locale of dates. @default the runtime's */
  locale?: string
  /** IANA time zone of the local time. @default the runtime's */
  timeZone?: string
  /** Drop the library classes. @default false */
  unstyled?: boolean
  /**
   * Shows "Events of this user / IP / organization" toggle buttons, called with the entity and
   * whether it was already filtered on (`activeEntities`). `<EventDetailModal>` under an
   * `<EventFiltersProvider>` (the dashboard) narrows the filters to it (or removes it) and
   * closes the dialog.
   */
  onFilterBy?: (entity: EventEntity, active: boolean) => void
  /** The entities the filters already name: their buttons show as pressed. @default [] */
  activeEntities?: readonly EventEntity[]
}

/**
 * Everything about one event, without the dialog around it: overview, copyable ids, client
 * (IP, location, user agent), the error of a failed event, the changes of an update, and the
 * metadata tree with secrets masked. User data is rendered as text only.
 */
export const EventDetailView = forwardRef<HTMLDivElement, EventDetailViewProps>(function EventDetailView(
  {
    event,
    geo,
    labels: labelsProp,
    metadataLimits,
    locale,
    timeZone,
    unstyled,
    onFilterBy,
    activeEntities,
    className,
    ...rest
  },
  ref,
) {
  const labels = useMergedLabels(DEFAULT_EVENT_DETAIL_LABELS, labelsProp)
  const [copied, setCopied] = useState('')
  useEffect(() => {
    if (!copied) return
    const id = setTimeout(() => setCopied(''), 2500)
    return () => clearTimeout(id)
  }, [copied])
  const cls = (element: string) => partClass(unstyled, 'event-detail', element)
  const userTextLabels = {
    showMore: labels.showAll,
    showLess: labels.showLess,
    omitted: labels.moreCharacters,
  }
  const failed = event.status === 'failed' || event.severity === 'failed'
  const user = eventUserInfo(event)
  const ids: [string, string | undefined][] = [
    [labels.eventId, event.id],
    [labels.userId, event.userId],
    // No user id (a failed sign-in, an invitation): the email the list shows, named as such.
    ...(user?.kind === 'email' ? ([[labels.userEmail, user.value]] as [string, string][]) : []),
    [labels.sessionId, event.sessionId],
    [labels.organizationId, event.organizationId],
  ]

  return (
    <div
      ref={ref}
      {...rest}
      className={rootClass(unstyled, 'event-detail', className)}
      data-severity={event.severity}
    >
      <Section name="overview" title={labels.sectionOverview} unstyled={unstyled}>
        <dl className={cls('fields')}>
          <Field term={labels.type} unstyled={unstyled}>
            <EventIcon type={event.type} severity={event.severity} unstyled={unstyled} />{' '}
            <UserText value={event.label} unstyled={unstyled} />{' '}
            {event.label !== event.type ? (
              <code className={cls('raw-type')}>
                <UserText value={event.type} unstyled={unstyled} />
              </code>
            ) : null}
          </Field>
          <Field term={labels.message} unstyled={unstyled}>
            <UserText
              value={event.message}
              expandable
              labels={userTextLabels}
              locale={locale}
              unstyled={unstyled}
            />
          </Field>
          <Field term={labels.category} unstyled={unstyled}>
            {categoryLabel(event.category)}
          </Field>
          <Field term={labels.severity} unstyled={unstyled}>
            <SeverityBadge severity={event.severity} labels={labels.severityBadge} unstyled={unstyled} />
          </Field>
          <Field term={labels.status} unstyled={unstyled}>
            {event.status}
          </Field>
          <Field term={labels.timeLocal} unstyled={unstyled}>
            <time dateTime={event.timestamp.toISOString()}>
              {formatTimestamp(event.timestamp, { locale, timeZone, withMs: true, withZone: true })}
            </time>
          </Field>
          <Field term={labels.timeUtc} unstyled={unstyled}>
            <time dateTime={event.timestamp.toISOString()}>{formatUtc(event.timestamp)}</time>
          </Field>
          <Field term={labels.source} unstyled={unstyled}>
            <UserText value={event.source} unstyled={unstyled} />
          </Field>
        </dl>
      </Section>
      <Section name="ids" title={labels.sectionIds} unstyled={unstyled}>
        <dl className={cls('fields')}>
          {ids.map(([label, value]) => (
            <CopyableId
              key={label}
              label={label}
              value={value}
              labels={labels}
              onCopied={setCopied}
              unstyled={unstyled}
            />
          ))}
        </dl>
        <p role="status" className={cls('copied')} data-state={copied ? 'copied' : 'idle'}>
          {copied}
        </p>
      </Section>
      {onFilterBy ? (
        <RelatedSection
          event={event}
          onFilterBy={onFilterBy}
          activeEntities={activeEntities}
          labels={labels}
          unstyled={unstyled}
        />
      ) : null}
      <ClientSection event={event} geo={geo} labels={labels} unstyled={unstyled} />
      {failed ? <ErrorSection event={event} labels={labels} unstyled={unstyled} /> : null}
      <ChangesSection event={event} labels={labels} unstyled={unstyled} />
      <Section name="metadata" title={labels.sectionMetadata} unstyled={unstyled}>
        <MetadataTree
          key={event.id}
          value={event.metadata}
          labels={labels}
          limits={metadataLimits}
          unstyled={unstyled}
        />
      </Section>
    </div>
  )
})
