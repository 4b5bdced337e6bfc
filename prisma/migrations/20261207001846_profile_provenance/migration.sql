-- AlterTable
ALTER TABLE "AltTitle" ADD COLUMN "origin" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_KeyCompetence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "profileId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "level" INTEGER,
    "origin" TEXT NOT NULL DEFAULT 'document',
    CONSTRAINT "KeyCompetence_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_KeyCompetence" ("id", "level", "name", "position", "profileId") SELECT "id", "level", "name", "position", "profileId" FROM "KeyCompetence";
DROP TABLE "KeyCompetence";
ALTER TABLE "new_KeyCompetence" RENAME TO "KeyCompetence";
CREATE UNIQUE INDEX "KeyCompetence_profileId_name_key" ON "KeyCompetence"("profileId", "name");
CREATE TABLE "new_Occupation" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "level" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentCode" TEXT,
    "description" TEXT,
    "synthesis" TEXT,
    "isVocational" BOOLEAN NOT NULL DEFAULT false,
    "isNameCompleted" BOOLEAN NOT NULL DEFAULT false,
    "isNameRepaired" BOOLEAN NOT NULL DEFAULT false,
    "searchName" TEXT NOT NULL,
    CONSTRAINT "Occupation_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Occupation" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Occupation" ("code", "description", "isNameCompleted", "isVocational", "level", "name", "parentCode", "searchName", "synthesis") SELECT "code", "description", "isNameCompleted", "isVocational", "level", "name", "parentCode", "searchName", "synthesis" FROM "Occupation";
DROP TABLE "Occupation";
ALTER TABLE "new_Occupation" RENAME TO "Occupation";
CREATE INDEX "Occupation_parentCode_idx" ON "Occupation"("parentCode");
CREATE INDEX "Occupation_level_idx" ON "Occupation"("level");
CREATE TABLE "new_ProfileTask" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "profileId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'document',
    "originRef" TEXT,
    CONSTRAINT "ProfileTask_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ProfileTask" ("code", "id", "position", "profileId", "title") SELECT "code", "id", "position", "profileId", "title" FROM "ProfileTask";
DROP TABLE "ProfileTask";
ALTER TABLE "new_ProfileTask" RENAME TO "ProfileTask";
CREATE UNIQUE INDEX "ProfileTask_profileId_code_key" ON "ProfileTask"("profileId", "code");
CREATE TABLE "new_TaskItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'document',
    "originRef" TEXT,
    CONSTRAINT "TaskItem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "ProfileTask" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_TaskItem" ("id", "kind", "position", "taskId", "text") SELECT "id", "kind", "position", "taskId", "text" FROM "TaskItem";
DROP TABLE "TaskItem";
ALTER TABLE "new_TaskItem" RENAME TO "TaskItem";
CREATE INDEX "TaskItem_taskId_idx" ON "TaskItem"("taskId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Revision_createdAt_idx" ON "Revision"("createdAt");
