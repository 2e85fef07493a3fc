'use client'
import type { AuthEvent } from '../../api/types'
import { partClass } from '../shared/classNames'
import { eventEntities } from '../EventFilters/entityFilters'
import type { EventEntity } from '../EventFilters/entityFilters'
import { Section } from './EventDetailSections'
import type { EventDetailLabels } from './labels'

/**
 * "Events of this user / IP / organization": one button per entity the event names, each
 * narrowing the filters to it in one click (a chip appears; removing it restores the view).
 * Nothing when the event names none.
 */
export function RelatedSection({
  event,
  onFilterBy,
  labels,
  unstyled,
}: {
  event: AuthEvent
  onFilterBy: (entity: EventEntity) => void
  labels: EventDetailLabels
  unstyled?: boolean
}) {
  const entities = eventEntities(event)
  if (entities.length === 0) return null
  return (
    <Section name="related" title={labels.sectionRelated} unstyled={unstyled}>
      <div className={partClass(unstyled, 'event-detail', 'related')}>
        {entities.map((entity) => (
          <button
            key={entity.kind}
            type="button"
            className={unstyled ? undefined : 'ae-button ae-button--small'}
            data-entity={entity.kind}
            onClick={() => onFilterBy(entity)}
          >
            {labels.filterByEntity(entity.kind)}
          </button>
        ))}
      </div>
    </Section>
  )
}
