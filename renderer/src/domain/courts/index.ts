/** The competent courts, as shipped data: validation, département, proposals, confirmation. */
export * from './courts';
export * from './departement';
export * from './schema';
