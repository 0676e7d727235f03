-- CreateTable
CREATE TABLE "SpeechAudio" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "voice" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "SpeechAudio_createdBy_createdAt_idx" ON "SpeechAudio"("createdBy", "createdAt");
