/** Appel guidé: the call page and the editor of the call script (Paramètres). */
export { GuidedCallPage } from './GuidedCallPage';
export { CallScriptSettings } from './settings/CallScriptSettings';
