-- Data only (issue 10 item 2): a note's cards were all given the note's sort position, so
-- a teacher's word could start with its cloze card. Cards now take four positions per note,
-- recognition first (lib/decks/card-order.ts); existing cards move to them. Progress and
-- card ids are unchanged.
UPDATE "Card" SET "sortOrder" = (SELECT "Note"."sortOrder" FROM "Note" WHERE "Note"."id" = "Card"."noteId") * 4 +
  CASE "type" WHEN 'recognition' THEN 0 WHEN 'production' THEN 1 WHEN 'cloze' THEN 2 ELSE 3 END;
