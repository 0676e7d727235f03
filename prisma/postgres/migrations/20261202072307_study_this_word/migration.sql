-- AlterTable
ALTER TABLE "CardProgress" ADD COLUMN     "requestedAt" TIMESTAMP(3);
