-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SpeechAudio" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "voice" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "size" INTEGER NOT NULL DEFAULT 0,
    "usedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
-- (by hand) each row's size, and its creation as its last use
INSERT INTO "new_SpeechAudio" ("bytes", "createdAt", "createdBy", "key", "mime", "text", "voice", "size", "usedAt") SELECT "bytes", "createdAt", "createdBy", "key", "mime", "text", "voice", length("bytes"), "createdAt" FROM "SpeechAudio";
DROP TABLE "SpeechAudio";
ALTER TABLE "new_SpeechAudio" RENAME TO "SpeechAudio";
CREATE INDEX "SpeechAudio_createdBy_createdAt_idx" ON "SpeechAudio"("createdBy", "createdAt");
CREATE INDEX "SpeechAudio_usedAt_size_idx" ON "SpeechAudio"("usedAt", "size");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
