import { EventList } from '../../../src/index'

export const FrenchList = () => (
  // #region labels
  <EventList
    locale="fr-FR"
    timeZone="Europe/Paris"
    labels={{
      empty: 'Aucun événement ne correspond à ces filtres',
      loadMore: 'Charger plus',
      skipped: (count, n) => `${n} événement${count > 1 ? 's' : ''} illisible${count > 1 ? 's' : ''}`,
    }}
  />
  // #endregion labels
)
