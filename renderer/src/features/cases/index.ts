/** Stages of a dossier contentieux: the card that moves a case from stage to stage. */
export { CaseStageCard } from './CaseStageCard';
