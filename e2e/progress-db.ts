// Fixtures for the progress specs: a class with a teacher and students, written straight
// into the e2e server's database (the class UI is not what these specs test).
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { E2E_DB } from './db';

function sqliteDate(d: Date): string {
  return d.toISOString().replace('Z', '+00:00');
}

/** Makes `teacherId` a teacher with a new class of `studentIds`, the essay deck assigned; returns the class id. */
export function createClassWithStudents(teacherId: string, studentIds: string[], deckId: string): string {
  const db = new Database(E2E_DB, { timeout: 5000 });
  try {
    const id = `class-${randomUUID().slice(0, 8)}`;
    const now = sqliteDate(new Date());
    db.transaction(() => {
      db.prepare(`UPDATE user SET role = 'teacher' WHERE id = ?`).run(teacherId);
      db.prepare('INSERT INTO Class (id, teacherId, name, joinCode, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)').run(id, teacherId, `Class ${id}`, `J-${id}`, now, now);
      for (const s of studentIds) db.prepare('INSERT INTO ClassMember (classId, userId, joinedAt) VALUES (?, ?, ?)').run(id, s, now);
      db.prepare('INSERT INTO DeckAssignment (classId, deckId, assignedAt) VALUES (?, ?, ?)').run(id, deckId, now);
    })();
    return id;
  } finally {
    db.close();
  }
}
