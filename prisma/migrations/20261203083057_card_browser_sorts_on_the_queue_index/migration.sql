-- DropIndex
DROP INDEX "CardProgress_userId_deckId_state_due_idx";

-- CreateIndex
CREATE INDEX "CardProgress_userId_deckId_state_due_reps_scheduledDays_idx" ON "CardProgress"("userId", "deckId", "state", "due", "reps", "scheduledDays");
