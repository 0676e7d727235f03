-- CreateIndex
CREATE INDEX "Note_lemma_idx" ON "Note"("lemma");
