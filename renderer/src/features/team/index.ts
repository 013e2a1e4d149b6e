export { CallingBadge } from './CallingBadge';
export { DebtorFieldHistory } from './FieldHistory';
export { Handovers } from './Handovers';
export { PortfolioScopeSelect } from './PortfolioScopeSelect';
export { TeamSettings } from './TeamSettings';
export { TeamStatusBar, useTeamMode } from './TeamStatusBar';
