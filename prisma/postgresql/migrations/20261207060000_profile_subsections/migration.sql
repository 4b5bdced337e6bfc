-- Section 2 of a profile in its own fields (issue 16.3): the lead sentence and each subsection by its heading, in order.
ALTER TABLE "Profile" ADD COLUMN "summary" TEXT;

-- CreateTable
CREATE TABLE "ProfileSubsection" (
    "id" SERIAL NOT NULL,
    "profileId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "ProfileSubsection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProfileSubsection_profileId_idx" ON "ProfileSubsection"("profileId");

-- AddForeignKey
ALTER TABLE "ProfileSubsection" ADD CONSTRAINT "ProfileSubsection_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
