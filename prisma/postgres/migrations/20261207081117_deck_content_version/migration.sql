-- AlterTable
ALTER TABLE "Deck" ADD COLUMN     "contentVersion" INTEGER NOT NULL DEFAULT 0;

-- Every write to a deck's notes or cards raises its version, whatever wrote it (Prisma, raw SQL, a script) and
-- whatever its clock says: the reader's cache compared their latest updatedAt before, which missed an edit
-- stamped by a server whose clock is behind another's, or two edits within one millisecond (docs/decisions/023).
-- Once per statement, not per row: saving a deck writes its 3,400 notes and cards in a few statements, and
-- each raise of one row's version leaves a dead row version behind.
CREATE FUNCTION "deck_content_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "Deck" SET "contentVersion" = "contentVersion" + 1 WHERE "id" IN (SELECT "deckId" FROM new_rows);
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE "Deck" SET "contentVersion" = "contentVersion" + 1
      WHERE "id" IN (SELECT "deckId" FROM new_rows UNION SELECT "deckId" FROM old_rows);
  ELSE
    UPDATE "Deck" SET "contentVersion" = "contentVersion" + 1 WHERE "id" IN (SELECT "deckId" FROM old_rows);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "Note_contentVersion_insert" AFTER INSERT ON "Note"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "deck_content_changed"();
CREATE TRIGGER "Note_contentVersion_update" AFTER UPDATE ON "Note"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "deck_content_changed"();
CREATE TRIGGER "Note_contentVersion_delete" AFTER DELETE ON "Note"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "deck_content_changed"();
CREATE TRIGGER "Card_contentVersion_insert" AFTER INSERT ON "Card"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "deck_content_changed"();
CREATE TRIGGER "Card_contentVersion_update" AFTER UPDATE ON "Card"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "deck_content_changed"();
CREATE TRIGGER "Card_contentVersion_delete" AFTER DELETE ON "Card"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "deck_content_changed"();
