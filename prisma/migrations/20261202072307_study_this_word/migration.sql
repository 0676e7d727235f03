-- AlterTable
ALTER TABLE "CardProgress" ADD COLUMN "requestedAt" DATETIME;
