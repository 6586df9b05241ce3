-- Hand-written: vacuum settings for the dossier table, whose dashboards read open dossiers through
-- index-only scans of the partial covering index (migration open_dossier_index).
-- * vacuum_index_cleanup = on: by default VACUUM skips index cleanup when under 2 % of pages have
--   dead items, and such pages are never marked all-visible; at 1M dossiers that left ~2,000 heap
--   fetches (10–20 ms) in every backlog count after a few thousand updates.
-- * lower scale factors: autovacuum after 2 % of rows changed or inserted instead of 20 %
--   (200,000 changes at 1M rows), so the visibility map of the hot open dossiers stays fresh.
ALTER TABLE "Dossier" SET (
  vacuum_index_cleanup = on,
  autovacuum_vacuum_scale_factor = 0.02,
  autovacuum_vacuum_insert_scale_factor = 0.02,
  autovacuum_analyze_scale_factor = 0.02
);
