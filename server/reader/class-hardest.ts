// For a teacher reading a class's deck: the words the class finds hardest (the class progress
// page's ranking, server/progress/get-class-progress.ts), to mark in the text. Only the class's
// teacher, still in the teacher role, and only a deck assigned to that class.
import 'server-only';
import { getClassProgress, type HardWord } from '../progress/get-class-progress';
import { isTeacher, type Actor } from '../teach/result';

export interface ClassHardest {
  classId: string;
  className: string;
  words: HardWord[];
}

export async function classHardestWords(actor: Actor, classId: string, deckId: string, now: Date): Promise<ClassHardest | null> {
  if (!isTeacher(actor) || classId.length > 200) return null;
  const progress = await getClassProgress(actor.id, classId, { now });
  const deck = progress?.decks.find((d) => d.id === deckId);
  return progress && deck ? { classId: progress.id, className: progress.name, words: deck.hardest } : null;
}
