-- CreateTable
CREATE TABLE "Occupation" (
    "code" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentCode" TEXT,
    "description" TEXT,
    "synthesis" TEXT,
    "isVocational" BOOLEAN NOT NULL DEFAULT false,
    "isNameCompleted" BOOLEAN NOT NULL DEFAULT false,
    "searchName" TEXT NOT NULL,

    CONSTRAINT "Occupation_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "GroupTask" (
    "id" SERIAL NOT NULL,
    "occupationCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "GroupTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AltTitle" (
    "id" SERIAL NOT NULL,
    "occupationCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "language" TEXT NOT NULL,

    CONSTRAINT "AltTitle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EscoOccupation" (
    "code" TEXT NOT NULL,
    "iscoGroup" TEXT NOT NULL,
    "labelPl" TEXT,
    "labelEn" TEXT,
    "descriptionPl" TEXT,
    "descriptionEn" TEXT,
    "conceptUri" TEXT,

    CONSTRAINT "EscoOccupation_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "EscoLink" (
    "occupationCode" TEXT NOT NULL,
    "escoCode" TEXT NOT NULL,

    CONSTRAINT "EscoLink_pkey" PRIMARY KEY ("occupationCode","escoCode")
);

-- CreateTable
CREATE TABLE "EscoSkill" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "EscoSkill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OccupationEscoSkill" (
    "occupationCode" TEXT NOT NULL,
    "skillId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "OccupationEscoSkill_pkey" PRIMARY KEY ("occupationCode","skillId")
);

-- CreateTable
CREATE TABLE "IscoGroup" (
    "code" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "labelPl" TEXT,
    "descriptionEn" TEXT,

    CONSTRAINT "IscoGroup_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" SERIAL NOT NULL,
    "documentKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "warnings" JSONB NOT NULL,
    "parsed" JSONB NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentRevision" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "checksum" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "parsed" JSONB NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL,
    "replacedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" SERIAL NOT NULL,
    "occupationCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "synthesis" TEXT,
    "workDescription" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileSource" (
    "profileId" INTEGER NOT NULL,
    "documentId" INTEGER NOT NULL,
    "part" TEXT NOT NULL,

    CONSTRAINT "ProfileSource_pkey" PRIMARY KEY ("profileId","documentId")
);

-- CreateTable
CREATE TABLE "ProfileTask" (
    "id" SERIAL NOT NULL,
    "profileId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "ProfileTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskItem" (
    "id" SERIAL NOT NULL,
    "taskId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "TaskItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileCompetence" (
    "id" SERIAL NOT NULL,
    "profileId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "ProfileCompetence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetenceTask" (
    "competenceId" INTEGER NOT NULL,
    "taskId" INTEGER NOT NULL,

    CONSTRAINT "CompetenceTask_pkey" PRIMARY KEY ("competenceId","taskId")
);

-- CreateTable
CREATE TABLE "SocialCompetence" (
    "id" SERIAL NOT NULL,
    "profileId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "SocialCompetence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeyCompetence" (
    "id" SERIAL NOT NULL,
    "profileId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "level" INTEGER,

    CONSTRAINT "KeyCompetence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "employer" TEXT,
    "summary" TEXT,
    "occupationCode" TEXT,
    "documentId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PositionSection" (
    "id" SERIAL NOT NULL,
    "positionId" INTEGER NOT NULL,
    "order" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "items" JSONB NOT NULL,

    CONSTRAINT "PositionSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PositionDuty" (
    "id" SERIAL NOT NULL,
    "positionId" INTEGER NOT NULL,
    "order" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "PositionDuty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PositionRequirement" (
    "id" SERIAL NOT NULL,
    "positionId" INTEGER NOT NULL,
    "order" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "PositionRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CodeSuggestion" (
    "positionId" INTEGER NOT NULL,
    "occupationCode" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "CodeSuggestion_pkey" PRIMARY KEY ("positionId","occupationCode")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'editor',
    "banned" BOOLEAN DEFAULT false,
    "banReason" TEXT,
    "banExpires" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "impersonatedBy" TEXT,
    "userId" TEXT NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Draft" (
    "id" SERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "base" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "data" JSONB NOT NULL,
    "authorId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" SERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "message" TEXT,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT,
    "details" JSONB,
    "userId" TEXT,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppMeta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AppMeta_pkey" PRIMARY KEY ("key")
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

-- AddForeignKey
ALTER TABLE "Occupation" ADD CONSTRAINT "Occupation_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Occupation"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupTask" ADD CONSTRAINT "GroupTask_occupationCode_fkey" FOREIGN KEY ("occupationCode") REFERENCES "Occupation"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AltTitle" ADD CONSTRAINT "AltTitle_occupationCode_fkey" FOREIGN KEY ("occupationCode") REFERENCES "Occupation"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscoLink" ADD CONSTRAINT "EscoLink_occupationCode_fkey" FOREIGN KEY ("occupationCode") REFERENCES "Occupation"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscoLink" ADD CONSTRAINT "EscoLink_escoCode_fkey" FOREIGN KEY ("escoCode") REFERENCES "EscoOccupation"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OccupationEscoSkill" ADD CONSTRAINT "OccupationEscoSkill_occupationCode_fkey" FOREIGN KEY ("occupationCode") REFERENCES "Occupation"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OccupationEscoSkill" ADD CONSTRAINT "OccupationEscoSkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "EscoSkill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRevision" ADD CONSTRAINT "DocumentRevision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_occupationCode_fkey" FOREIGN KEY ("occupationCode") REFERENCES "Occupation"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileSource" ADD CONSTRAINT "ProfileSource_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileSource" ADD CONSTRAINT "ProfileSource_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileTask" ADD CONSTRAINT "ProfileTask_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskItem" ADD CONSTRAINT "TaskItem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "ProfileTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileCompetence" ADD CONSTRAINT "ProfileCompetence_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetenceTask" ADD CONSTRAINT "CompetenceTask_competenceId_fkey" FOREIGN KEY ("competenceId") REFERENCES "ProfileCompetence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetenceTask" ADD CONSTRAINT "CompetenceTask_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "ProfileTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialCompetence" ADD CONSTRAINT "SocialCompetence_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyCompetence" ADD CONSTRAINT "KeyCompetence_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_occupationCode_fkey" FOREIGN KEY ("occupationCode") REFERENCES "Occupation"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionSection" ADD CONSTRAINT "PositionSection_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionDuty" ADD CONSTRAINT "PositionDuty_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionRequirement" ADD CONSTRAINT "PositionRequirement_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodeSuggestion" ADD CONSTRAINT "CodeSuggestion_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodeSuggestion" ADD CONSTRAINT "CodeSuggestion_occupationCode_fkey" FOREIGN KEY ("occupationCode") REFERENCES "Occupation"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
