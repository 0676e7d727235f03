-- CreateIndex
CREATE INDEX "CardProgress_userId_due_idx" ON "CardProgress"("userId", "due");

-- CreateIndex
CREATE INDEX "CardProgress_userId_lapses_idx" ON "CardProgress"("userId", "lapses");

-- CreateIndex
CREATE INDEX "CardProgress_userId_leech_suspended_deckId_idx" ON "CardProgress"("userId", "leech", "suspended", "deckId");

-- CreateIndex
CREATE INDEX "Note_headword_idx" ON "Note"("headword");
