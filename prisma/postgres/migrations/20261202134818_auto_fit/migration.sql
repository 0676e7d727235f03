-- AlterTable
ALTER TABLE "user" ADD COLUMN     "autoFit" BOOLEAN NOT NULL DEFAULT true;
