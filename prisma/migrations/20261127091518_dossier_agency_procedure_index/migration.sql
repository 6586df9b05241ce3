-- CreateIndex
CREATE INDEX "Dossier_agencyId_procedureId_submittedAt_idx" ON "Dossier"("agencyId", "procedureId", "submittedAt");
