export { DatabaseChangeBanner } from './DatabaseChangeBanner';
export { DataSettings } from './DataSettings';
