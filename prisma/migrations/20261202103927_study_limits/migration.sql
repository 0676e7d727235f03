-- AlterTable
ALTER TABLE "user" ADD COLUMN "reviewsPerDay" INTEGER;

-- CreateTable
CREATE TABLE "DeckStudyLimit" (
    "userId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "newCardsPerDay" INTEGER,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "deckId"),
    CONSTRAINT "DeckStudyLimit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeckStudyLimit_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DeckStudyLimit_deckId_idx" ON "DeckStudyLimit"("deckId");
