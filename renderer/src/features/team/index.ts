export { TeamSettings } from './TeamSettings';
export { TeamStatusBar, useTeamMode } from './TeamStatusBar';
