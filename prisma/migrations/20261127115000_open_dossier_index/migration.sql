-- Hand-written (no schema.prisma change). The open dossiers (a few thousand among a million) with
-- the columns the leaders' backlog and likely-late list read, in deadline order: both are answered
-- from this small index alone (index-only scans) instead of fetching each open dossier's row.
-- The queries name the statuses as literals so the planner can match the partial predicate.
CREATE INDEX "Dossier_open_cover_idx" ON "Dossier" ("status", "dueAt", "id")
  INCLUDE ("agencyId", "procedureId", "channel", "receivedAt", "pausedWorkingDays", "code")
  WHERE "status" IN ('SUBMITTED', 'RECEIVED', 'PROCESSING', 'SUPPLEMENT_REQUESTED', 'APPROVED');
