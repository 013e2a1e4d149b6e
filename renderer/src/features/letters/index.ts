/**
 * Courriers: compose, preview, send and keep letters (see LettersPage for the link parameters),
 * and the settings tabs « Taux » and « Modèles de courrier ». Other features may reuse
 * `renderBatch` to print letters they prepared; `prepareBatch` builds a batch's letters as
 * Envoi groupé does (the benchmark page renders the same letters).
 */
export { prepareBatch } from './batch/prepareBatch';
export { renderBatch } from './batch/renderBatch';
/** A letter kept as sent, reopened (the fiche débiteur's « Courriers » tab). */
export { StoredLetterModal } from './history/StoredLetterModal';
export { LettersPage } from './LettersPage';
export { RatesSettings } from './settings/rates/RatesSettings';
export { TemplatesSettings } from './settings/templates/TemplatesSettings';
