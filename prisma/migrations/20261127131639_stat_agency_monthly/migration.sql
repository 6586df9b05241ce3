-- CreateTable
CREATE TABLE "DossierStatAgencyMonthly" (
    "month" DATE NOT NULL,
    "agencyId" TEXT NOT NULL,
    "channel" "DossierChannel" NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "finished" INTEGER NOT NULL DEFAULT 0,
    "finishedEarly" INTEGER NOT NULL DEFAULT 0,
    "finishedOnTime" INTEGER NOT NULL DEFAULT 0,
    "finishedLate" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "withdrawn" INTEGER NOT NULL DEFAULT 0,
    "feeBearing" INTEGER NOT NULL DEFAULT 0,
    "paidOnline" INTEGER NOT NULL DEFAULT 0,
    "electronicResult" INTEGER NOT NULL DEFAULT 0,
    "digitized" INTEGER NOT NULL DEFAULT 0,
    "syncedNational" INTEGER NOT NULL DEFAULT 0,
    "ratedSatisfied" INTEGER NOT NULL DEFAULT 0,
    "ratedNeutral" INTEGER NOT NULL DEFAULT 0,
    "ratedDissatisfied" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DossierStatAgencyMonthly_pkey" PRIMARY KEY ("month","agencyId","channel")
);

-- CreateIndex
CREATE INDEX "DossierStatAgencyMonthly_agencyId_month_idx" ON "DossierStatAgencyMonthly"("agencyId", "month");

-- AddForeignKey
ALTER TABLE "DossierStatAgencyMonthly" ADD CONSTRAINT "DossierStatAgencyMonthly_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: fill the new level from the existing per-procedure rollup (the same statement as
-- rebuildDossierStats in prisma/seed/rebuild-stats.ts).
INSERT INTO "DossierStatAgencyMonthly" (
  "month", "agencyId", "channel",
  "received", "finished", "finishedEarly", "finishedOnTime", "finishedLate", "rejected", "withdrawn",
  "feeBearing", "paidOnline", "electronicResult", "digitized", "syncedNational",
  "ratedSatisfied", "ratedNeutral", "ratedDissatisfied"
)
SELECT "month", "agencyId", "channel",
  sum("received"), sum("finished"), sum("finishedEarly"), sum("finishedOnTime"), sum("finishedLate"), sum("rejected"), sum("withdrawn"),
  sum("feeBearing"), sum("paidOnline"), sum("electronicResult"), sum("digitized"), sum("syncedNational"),
  sum("ratedSatisfied"), sum("ratedNeutral"), sum("ratedDissatisfied")
FROM "DossierStatMonthly"
GROUP BY 1, 2, 3;
