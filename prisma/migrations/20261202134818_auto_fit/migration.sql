-- AlterTable
-- (ADD COLUMN, not the table rebuild Prisma writes for a column placed mid-model: SQLite adds a
-- NOT NULL column with a constant default in place, and every existing learner gets `true`.)
ALTER TABLE "user" ADD COLUMN "autoFit" BOOLEAN NOT NULL DEFAULT true;
