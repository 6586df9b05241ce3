-- CreateTable
CREATE TABLE "ProcessingTimeStat" (
    "agencyId" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "samples" INTEGER NOT NULL,
    "median" DOUBLE PRECISION,
    "p75" DOUBLE PRECISION,
    "newestSubmittedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProcessingTimeStat_pkey" PRIMARY KEY ("agencyId","procedureId")
);

-- CreateIndex
CREATE INDEX "ProcessingTimeStat_procedureId_idx" ON "ProcessingTimeStat"("procedureId");

-- AddForeignKey
ALTER TABLE "ProcessingTimeStat" ADD CONSTRAINT "ProcessingTimeStat_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessingTimeStat" ADD CONSTRAINT "ProcessingTimeStat_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
