-- Where a cut-off source of the tasks part ends (issue 16.7), null when the source is whole.
ALTER TABLE "Profile" ADD COLUMN "incompleteAt" TEXT;
