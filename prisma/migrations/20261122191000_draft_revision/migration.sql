-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Draft" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entityType" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "base" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "data" JSONB NOT NULL,
    "authorId" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Draft_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Draft" ("authorId", "baseVersion", "createdAt", "data", "entityKey", "entityType", "id", "updatedAt") SELECT "authorId", "baseVersion", "createdAt", "data", "entityKey", "entityType", "id", "updatedAt" FROM "Draft";
DROP TABLE "Draft";
ALTER TABLE "new_Draft" RENAME TO "Draft";
CREATE UNIQUE INDEX "Draft_entityType_entityKey_key" ON "Draft"("entityType", "entityKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
