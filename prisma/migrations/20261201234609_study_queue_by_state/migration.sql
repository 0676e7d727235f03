-- CreateIndex
CREATE INDEX "CardProgress_userId_deckId_state_due_idx" ON "CardProgress"("userId", "deckId", "state", "due");
