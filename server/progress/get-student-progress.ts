// A student's progress page as their teacher sees it (read-only): only for the teacher of a
// class the student belongs to.
import 'server-only';
import { store } from '../store';
import { getLearnerProgress, type LearnerProgress } from './get-learner-progress';

/** null when the class does not exist, `teacherId` does not teach it or the student is not in it. */
export async function getStudentProgress(teacherId: string, classId: string, studentId: string, now: Date): Promise<(LearnerProgress & { className: string }) | null> {
  const reader = store().progress;
  const cls = await reader.classById(classId);
  if (!cls || cls.teacherId !== teacherId || !(await reader.isMember(classId, studentId))) return null;
  // Every figure counts the class's decks only: what the student studies elsewhere is theirs.
  const classDecks = (await reader.assignedDecks(classId)).map((d) => d.id);
  const progress = await getLearnerProgress(studentId, now, classDecks);
  return progress ? { ...progress, className: cls.name } : null;
}
