-- AlterTable
ALTER TABLE "SpeechAudio" ADD COLUMN     "size" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "usedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- (by hand) each row's size, and its creation as its last use
UPDATE "SpeechAudio" SET "size" = octet_length("bytes"), "usedAt" = "createdAt";

-- CreateIndex
CREATE INDEX "SpeechAudio_usedAt_size_idx" ON "SpeechAudio"("usedAt", "size");
