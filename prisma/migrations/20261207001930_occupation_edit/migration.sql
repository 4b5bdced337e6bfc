-- Classification entries become editable (docs/decisions/0012-classification-edits.md).
-- NOTE: columns are added with ALTER TABLE, not by Prisma's usual table redefinition: migrations
-- run inside a transaction, where PRAGMA foreign_keys=OFF has no effect, so dropping "Occupation"
-- would cascade into every profile, task and title that points at it.
ALTER TABLE "Occupation" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Occupation" ADD COLUMN "preferredTitle" TEXT;

-- CreateTable
CREATE TABLE "OccupationEdit" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "fields" JSONB NOT NULL,
    "basedOn" JSONB NOT NULL,
    "source" JSONB NOT NULL,
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "editedAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "OccupationEdit_code_fkey" FOREIGN KEY ("code") REFERENCES "Occupation" ("code") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "OccupationEdit_needsReview_idx" ON "OccupationEdit"("needsReview");
