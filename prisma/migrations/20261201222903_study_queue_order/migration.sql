-- DropIndex
DROP INDEX "Card_deckId_sortOrder_idx";

-- CreateIndex
CREATE INDEX "Card_deckId_sortOrder_id_idx" ON "Card"("deckId", "sortOrder", "id");
