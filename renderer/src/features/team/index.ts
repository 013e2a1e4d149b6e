export { CallingBadge } from './CallingBadge';
export { DebtorFieldHistory } from './FieldHistory';
export { HandoverAlerts, HandoverControl } from './Handovers';
export { PortfolioScopeSelect } from './PortfolioScopeSelect';
export { TeamSettings } from './TeamSettings';
export { TeamStatusBar, useTeamMode } from './TeamStatusBar';
