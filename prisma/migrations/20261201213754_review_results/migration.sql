-- AlterTable (a review's own result, for answering a retried submit; its study day, for undo)
ALTER TABLE "ReviewLog" ADD COLUMN "repsAfter" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ReviewLog" ADD COLUMN "lapsesAfter" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ReviewLog" ADD COLUMN "leechAfter" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "ReviewLog" ADD COLUMN "day" TEXT NOT NULL DEFAULT '';
