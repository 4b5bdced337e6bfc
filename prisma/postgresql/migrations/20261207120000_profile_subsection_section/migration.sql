-- Sections 1 and 4–7 of a profile page beside section 2 (issue 16.3): each subsection names its section, existing rows are section 2
ALTER TABLE "ProfileSubsection" ADD COLUMN "section" INTEGER NOT NULL DEFAULT 2;
