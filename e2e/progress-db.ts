// Fixtures for the progress specs: a class with a teacher and students, written straight
// into the e2e server's database (the class UI is not what these specs test).
import { randomUUID } from 'node:crypto';
import { e2eDb } from './db';

/** Makes `teacherId` a teacher with a new class of `studentIds`, the essay deck assigned; returns the class id. */
export async function createClassWithStudents(teacherId: string, studentIds: string[], deckId: string): Promise<string> {
  const id = `class-${randomUUID().slice(0, 8)}`;
  await e2eDb().$transaction([
    e2eDb().user.update({ where: { id: teacherId }, data: { role: 'teacher' } }),
    e2eDb().class.create({ data: { id, teacherId, name: `Class ${id}`, joinCode: `J-${id}` } }),
    e2eDb().classMember.createMany({ data: studentIds.map((userId) => ({ classId: id, userId })) }),
    e2eDb().deckAssignment.create({ data: { classId: id, deckId } }),
  ]);
  return id;
}
