-- AlterTable
ALTER TABLE "Deck" ADD COLUMN     "sourceNormalised" BOOLEAN NOT NULL DEFAULT false;
