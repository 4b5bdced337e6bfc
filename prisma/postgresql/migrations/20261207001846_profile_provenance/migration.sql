-- AlterTable
ALTER TABLE "AltTitle" ADD COLUMN     "origin" TEXT;

-- AlterTable
ALTER TABLE "KeyCompetence" ADD COLUMN     "origin" TEXT NOT NULL DEFAULT 'document';

-- AlterTable
ALTER TABLE "Occupation" ADD COLUMN     "isNameRepaired" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ProfileTask" ADD COLUMN     "origin" TEXT NOT NULL DEFAULT 'document',
ADD COLUMN     "originRef" TEXT;

-- AlterTable
ALTER TABLE "TaskItem" ADD COLUMN     "origin" TEXT NOT NULL DEFAULT 'document',
ADD COLUMN     "originRef" TEXT;

-- CreateIndex
CREATE INDEX "Revision_createdAt_idx" ON "Revision"("createdAt");
