-- AlterTable
ALTER TABLE "user" ADD COLUMN     "answerTyping" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "audioAutoplay" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "kazakhScript" TEXT NOT NULL DEFAULT 'cyrl';

-- CreateTable
CREATE TABLE "SpeechAudio" (
    "key" TEXT NOT NULL,
    "voice" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpeechAudio_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SpeechAudio_createdBy_createdAt_idx" ON "SpeechAudio"("createdBy", "createdAt");
