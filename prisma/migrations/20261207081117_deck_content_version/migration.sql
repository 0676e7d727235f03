-- AlterTable (written by hand: Prisma's diff rebuilds the table, and on a live database dropping "Deck" inside the
-- migration's transaction, where foreign_keys cannot be turned off, would cascade to every note and card)
ALTER TABLE "Deck" ADD COLUMN "contentVersion" INTEGER NOT NULL DEFAULT 0;

-- Every write to a deck's notes or cards raises its version, whatever wrote it (Prisma, raw SQL, a script) and
-- whatever its clock says: the reader's cache compared their latest updatedAt before, which missed an edit
-- stamped by a server whose clock is behind another's, or two edits within one millisecond (docs/decisions/023).
CREATE TRIGGER "Note_contentVersion_insert" AFTER INSERT ON "Note" BEGIN
  UPDATE "Deck" SET "contentVersion" = "contentVersion" + 1 WHERE "id" = NEW."deckId";
END;
CREATE TRIGGER "Note_contentVersion_update" AFTER UPDATE ON "Note" BEGIN
  UPDATE "Deck" SET "contentVersion" = "contentVersion" + 1 WHERE "id" IN (OLD."deckId", NEW."deckId");
END;
CREATE TRIGGER "Note_contentVersion_delete" AFTER DELETE ON "Note" BEGIN
  UPDATE "Deck" SET "contentVersion" = "contentVersion" + 1 WHERE "id" = OLD."deckId";
END;
CREATE TRIGGER "Card_contentVersion_insert" AFTER INSERT ON "Card" BEGIN
  UPDATE "Deck" SET "contentVersion" = "contentVersion" + 1 WHERE "id" = NEW."deckId";
END;
CREATE TRIGGER "Card_contentVersion_update" AFTER UPDATE ON "Card" BEGIN
  UPDATE "Deck" SET "contentVersion" = "contentVersion" + 1 WHERE "id" IN (OLD."deckId", NEW."deckId");
END;
CREATE TRIGGER "Card_contentVersion_delete" AFTER DELETE ON "Card" BEGIN
  UPDATE "Deck" SET "contentVersion" = "contentVersion" + 1 WHERE "id" = OLD."deckId";
END;
