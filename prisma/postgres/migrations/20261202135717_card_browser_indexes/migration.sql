-- CreateIndex
CREATE INDEX "CardProgress_userId_due_idx" ON "CardProgress"("userId", "due");

-- CreateIndex
CREATE INDEX "CardProgress_userId_lapses_idx" ON "CardProgress"("userId", "lapses");

-- CreateIndex
CREATE INDEX "CardProgress_userId_reps_idx" ON "CardProgress"("userId", "reps");

-- CreateIndex
CREATE INDEX "CardProgress_userId_scheduledDays_idx" ON "CardProgress"("userId", "scheduledDays");

-- CreateIndex
CREATE INDEX "CardProgress_userId_leech_suspended_deckId_idx" ON "CardProgress"("userId", "leech", "suspended", "deckId");
