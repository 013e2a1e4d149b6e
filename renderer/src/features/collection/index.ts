/** The collection side of the fiche débiteur (ladder state, promises, disputes). */
export { openLadderOverrides } from './LadderOverridesDialog';
export { PrescriptionCard } from './PrescriptionCard';
