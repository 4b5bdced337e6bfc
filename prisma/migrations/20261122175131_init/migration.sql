-- CreateTable
CREATE TABLE "Occupation" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "level" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentCode" TEXT,
    "description" TEXT,
    "synthesis" TEXT,
    "isVocational" BOOLEAN NOT NULL DEFAULT false,
    "isNameCompleted" BOOLEAN NOT NULL DEFAULT false,
    "searchName" TEXT NOT NULL,
    CONSTRAINT "Occupation_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Occupation" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GroupTask" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "occupationCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "GroupTask_occupationCode_fkey" FOREIGN KEY ("occupationCode") REFERENCES "Occupation" ("code") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AltTitle" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "occupationCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    CONSTRAINT "AltTitle_occupationCode_fkey" FOREIGN KEY ("occupationCode") REFERENCES "Occupation" ("code") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EscoOccupation" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "iscoGroup" TEXT NOT NULL,
    "labelPl" TEXT,
    "labelEn" TEXT,
    "descriptionPl" TEXT,
    "descriptionEn" TEXT,
    "conceptUri" TEXT
);

-- CreateTable
CREATE TABLE "EscoLink" (
    "occupationCode" TEXT NOT NULL,
    "escoCode" TEXT NOT NULL,

    PRIMARY KEY ("occupationCode", "escoCode"),
    CONSTRAINT "EscoLink_occupationCode_fkey" FOREIGN KEY ("occupationCode") REFERENCES "Occupation" ("code") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EscoLink_escoCode_fkey" FOREIGN KEY ("escoCode") REFERENCES "EscoOccupation" ("code") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EscoSkill" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "OccupationEscoSkill" (
    "occupationCode" TEXT NOT NULL,
    "skillId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("occupationCode", "skillId"),
    CONSTRAINT "OccupationEscoSkill_occupationCode_fkey" FOREIGN KEY ("occupationCode") REFERENCES "Occupation" ("code") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OccupationEscoSkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "EscoSkill" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IscoGroup" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "labelEn" TEXT NOT NULL,
    "labelPl" TEXT,
    "descriptionEn" TEXT
);

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "warnings" JSONB NOT NULL,
    "parsed" JSONB NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DocumentRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "checksum" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "parsed" JSONB NOT NULL,
    "importedAt" DATETIME NOT NULL,
    "replacedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DocumentRevision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "occupationCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "synthesis" TEXT,
    "workDescription" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Profile_occupationCode_fkey" FOREIGN KEY ("occupationCode") REFERENCES "Occupation" ("code") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProfileSource" (
    "profileId" INTEGER NOT NULL,
    "documentId" INTEGER NOT NULL,
    "part" TEXT NOT NULL,

    PRIMARY KEY ("profileId", "documentId"),
    CONSTRAINT "ProfileSource_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProfileSource_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProfileTask" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "profileId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    CONSTRAINT "ProfileTask_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TaskItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "TaskItem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "ProfileTask" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProfileCompetence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "profileId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    CONSTRAINT "ProfileCompetence_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CompetenceTask" (
    "competenceId" INTEGER NOT NULL,
    "taskId" INTEGER NOT NULL,

    PRIMARY KEY ("competenceId", "taskId"),
    CONSTRAINT "CompetenceTask_competenceId_fkey" FOREIGN KEY ("competenceId") REFERENCES "ProfileCompetence" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CompetenceTask_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "ProfileTask" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SocialCompetence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "profileId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "SocialCompetence_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "KeyCompetence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "profileId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "level" INTEGER,
    CONSTRAINT "KeyCompetence_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Position" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "employer" TEXT,
    "summary" TEXT,
    "occupationCode" TEXT,
    "documentId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Position_occupationCode_fkey" FOREIGN KEY ("occupationCode") REFERENCES "Occupation" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Position_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PositionSection" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "positionId" INTEGER NOT NULL,
    "order" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    CONSTRAINT "PositionSection_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PositionDuty" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "positionId" INTEGER NOT NULL,
    "order" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "PositionDuty_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PositionRequirement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "positionId" INTEGER NOT NULL,
    "order" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    CONSTRAINT "PositionRequirement_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CodeSuggestion" (
    "positionId" INTEGER NOT NULL,
    "occupationCode" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "score" REAL NOT NULL,

    PRIMARY KEY ("positionId", "occupationCode"),
    CONSTRAINT "CodeSuggestion_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CodeSuggestion_occupationCode_fkey" FOREIGN KEY ("occupationCode") REFERENCES "Occupation" ("code") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'editor',
    "banned" BOOLEAN DEFAULT false,
    "banReason" TEXT,
    "banExpires" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "impersonatedBy" TEXT,
    "userId" TEXT NOT NULL,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" DATETIME,
    "refreshTokenExpiresAt" DATETIME,
    "scope" TEXT,
    "password" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "Draft" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entityType" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "authorId" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Draft_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entityType" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "message" TEXT,
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "action" TEXT NOT NULL,
    "entity" TEXT,
    "details" JSONB,
    "userId" TEXT,
    "ip" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppMeta" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Occupation_parentCode_idx" ON "Occupation"("parentCode");

-- CreateIndex
CREATE INDEX "Occupation_level_idx" ON "Occupation"("level");

-- CreateIndex
CREATE UNIQUE INDEX "GroupTask_occupationCode_position_key" ON "GroupTask"("occupationCode", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AltTitle_occupationCode_source_language_title_key" ON "AltTitle"("occupationCode", "source", "language", "title");

-- CreateIndex
CREATE INDEX "EscoOccupation_iscoGroup_idx" ON "EscoOccupation"("iscoGroup");

-- CreateIndex
CREATE INDEX "EscoLink_escoCode_idx" ON "EscoLink"("escoCode");

-- CreateIndex
CREATE UNIQUE INDEX "EscoSkill_label_key" ON "EscoSkill"("label");

-- CreateIndex
CREATE INDEX "OccupationEscoSkill_skillId_idx" ON "OccupationEscoSkill"("skillId");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_documentKey_key" ON "SourceDocument"("documentKey");

-- CreateIndex
CREATE INDEX "DocumentRevision_documentId_idx" ON "DocumentRevision"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_occupationCode_key" ON "Profile"("occupationCode");

-- CreateIndex
CREATE UNIQUE INDEX "ProfileTask_profileId_code_key" ON "ProfileTask"("profileId", "code");

-- CreateIndex
CREATE INDEX "TaskItem_taskId_idx" ON "TaskItem"("taskId");

-- CreateIndex
CREATE UNIQUE INDEX "ProfileCompetence_profileId_code_key" ON "ProfileCompetence"("profileId", "code");

-- CreateIndex
CREATE INDEX "SocialCompetence_profileId_idx" ON "SocialCompetence"("profileId");

-- CreateIndex
CREATE UNIQUE INDEX "KeyCompetence_profileId_name_key" ON "KeyCompetence"("profileId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Position_documentId_key" ON "Position"("documentId");

-- CreateIndex
CREATE INDEX "Position_occupationCode_idx" ON "Position"("occupationCode");

-- CreateIndex
CREATE INDEX "PositionSection_positionId_idx" ON "PositionSection"("positionId");

-- CreateIndex
CREATE INDEX "PositionDuty_positionId_idx" ON "PositionDuty"("positionId");

-- CreateIndex
CREATE INDEX "PositionRequirement_positionId_idx" ON "PositionRequirement"("positionId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_token_key" ON "Session"("token");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE INDEX "Verification_identifier_idx" ON "Verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "RateLimit_key_key" ON "RateLimit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Draft_entityType_entityKey_key" ON "Draft"("entityType", "entityKey");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_entityType_entityKey_version_key" ON "Revision"("entityType", "entityKey", "version");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");
