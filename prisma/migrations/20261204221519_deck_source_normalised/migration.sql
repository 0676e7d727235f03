-- AlterTable (written by hand: Prisma's diff rebuilds the table, and on a live database dropping "Deck" inside the
-- migration's transaction, where foreign_keys cannot be turned off, would cascade to every note and card)
ALTER TABLE "Deck" ADD COLUMN "sourceNormalised" BOOLEAN NOT NULL DEFAULT false;
