-- AlterTable
ALTER TABLE "Dossier" ALTER COLUMN "code" DROP NOT NULL;

-- CreateTable
CREATE TABLE "DossierCodeCounter" (
    "agencyId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "DossierCodeCounter_pkey" PRIMARY KEY ("agencyId","day")
);
