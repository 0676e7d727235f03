-- AlterTable
ALTER TABLE "Note" ADD COLUMN     "commentEn" TEXT;
