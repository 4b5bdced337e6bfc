-- AlterTable
ALTER TABLE "Occupation" ADD COLUMN     "preferredTitle" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "OccupationEdit" (
    "code" TEXT NOT NULL,
    "fields" JSONB NOT NULL,
    "basedOn" JSONB NOT NULL,
    "source" JSONB NOT NULL,
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "editedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OccupationEdit_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "OccupationEdit_needsReview_idx" ON "OccupationEdit"("needsReview");

-- AddForeignKey
ALTER TABLE "OccupationEdit" ADD CONSTRAINT "OccupationEdit_code_fkey" FOREIGN KEY ("code") REFERENCES "Occupation"("code") ON DELETE CASCADE ON UPDATE CASCADE;
