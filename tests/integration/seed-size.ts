/** Bulk dossiers in the seeded template database of the integration tests (demo citizens' come on top). */
export const SEED_DOSSIERS = 600;
