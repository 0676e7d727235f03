-- CreateIndex
CREATE INDEX "Card_deckId_deletedAt_idx" ON "Card"("deckId", "deletedAt");

-- CreateIndex
CREATE INDEX "CardProgress_memory_idx" ON "CardProgress"("userId", "deckId", "state", "suspended", "due", "stability", "difficulty", "lastReview", "cardId");
