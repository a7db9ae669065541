/**
 * Reference catalogues of the simulator (administrative units, ethnicities, nationalities, agency
 * identifiers, enterprise and LLTP / hộ tịch code lists): row types, the validated loader, and the
 * dmdc view of them (DOMAIN.md §3). Which lists are real and which are invented: README.md here.
 */
export * from './types';
export * from './load-catalogs';
export * from './dmdc-catalogs';
