-- CreateIndex
CREATE INDEX "Card_deckId_deletedAt_idx" ON "Card"("deckId", "deletedAt");
