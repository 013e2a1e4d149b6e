/** Court dossier models: procedure guidance, checklist, bordereau, requête, export records. */
export * from './bordereau';
export * from './caseFacts';
export * from './checklist';
export * from './exportRecord';
export * from './fileNames';
export * from './labels';
export * from './noticeCheck';
export * from './plan';
export * from './procedure';
export * from './requete';
