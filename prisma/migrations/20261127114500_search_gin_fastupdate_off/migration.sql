-- Hand-written (no schema.prisma change). The catalogue is read far more than written: GIN's
-- pending list (fastupdate) makes every search scan the not-yet-merged entries linearly after a
-- bulk load — 66 ms instead of 2 ms for one similar-name search at 10,000 procedures, until a
-- vacuum merges them. Direct index updates cost little for the occasional procedure edit.
ALTER INDEX "Procedure_searchWords_idx" SET (fastupdate = off);
ALTER INDEX "Procedure_searchText_trgm_idx" SET (fastupdate = off);
SELECT gin_clean_pending_list('"Procedure_searchWords_idx"'::regclass);
SELECT gin_clean_pending_list('"Procedure_searchText_trgm_idx"'::regclass);
