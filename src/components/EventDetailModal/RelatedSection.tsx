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
 * A toggle: pressed while the filters already name it, and pressing it then removes it.
 * Nothing when the event names none.
 */
export function RelatedSection({
  event,
  onFilterBy,
  activeEntities = [],
  labels,
  unstyled,
}: {
  event: AuthEvent
  onFilterBy: (entity: EventEntity, active: boolean) => void
  /** The entities the filters already name. */
  activeEntities?: readonly EventEntity[]
  labels: EventDetailLabels
  unstyled?: boolean
}) {
  const entities = eventEntities(event)
  if (entities.length === 0) return null
  return (
    <Section name="related" title={labels.sectionRelated} unstyled={unstyled}>
      <div className={partClass(unstyled, 'event-detail', 'related')}>
        {entities.map((entity) => {
          const active = activeEntities.some(
            (other) => other.kind === entity.kind && other.value === entity.value,
          )
          return (
            <button
              key={entity.kind}
              type="button"
              className={unstyled ? undefined : 'ae-button ae-button--small'}
              data-entity={entity.kind}
              aria-pressed={active}
              onClick={() => onFilterBy(entity, active)}
            >
              {labels.filterByEntity(entity.kind)}
            </button>
          )
        })}
      </div>
    </Section>
  )
}
