import { EventsDashboard } from '../../../src/index'

export const TealDashboard = () => (
  // #region style-prop
  <EventsDashboard style={{ '--ae-accent': '#0d9488' }} />
  // #endregion style-prop
)
