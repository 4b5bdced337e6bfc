-- Each job-description section in its field with its number (issue 16.9): "4.2", "irregularDuties".
ALTER TABLE "PositionSection" ADD COLUMN "number" TEXT;
ALTER TABLE "PositionSection" ADD COLUMN "field" TEXT;
