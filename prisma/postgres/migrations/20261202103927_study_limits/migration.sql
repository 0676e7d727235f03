-- AlterTable
ALTER TABLE "user" ADD COLUMN     "reviewsPerDay" INTEGER;

-- CreateTable
CREATE TABLE "DeckStudyLimit" (
    "userId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "newCardsPerDay" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeckStudyLimit_pkey" PRIMARY KEY ("userId","deckId")
);

-- CreateIndex
CREATE INDEX "DeckStudyLimit_deckId_idx" ON "DeckStudyLimit"("deckId");

-- AddForeignKey
ALTER TABLE "DeckStudyLimit" ADD CONSTRAINT "DeckStudyLimit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeckStudyLimit" ADD CONSTRAINT "DeckStudyLimit_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;
