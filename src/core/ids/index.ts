/** Vietnamese identifier formats (DOMAIN.md §10): pure parse, validate and build functions. */
export * from './agency-code';
export * from './bhxh';
export * from './cccd';
export * from './dossier-number';
export * from './gso-province-codes';
export * from './mst';
export * from './procedure-code';
