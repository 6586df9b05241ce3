-- Hand-written (no schema.prisma change): browsing the catalogue without a search text sorts by
-- the name without diacritics (searchText minus the leading code). This index serves that
-- order for published procedures, so paging stays an index scan at 10,000 procedures.
CREATE INDEX "Procedure_browse_idx" ON "Procedure"
  ((substring("searchText" from position(' ' in "searchText") + 1)) COLLATE "C", "name", "code")
  WHERE "isPublished";
