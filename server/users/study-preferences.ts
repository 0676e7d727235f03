// How a learner studies and reads: typed answers, audio autoplay, Kazakh script. Read once per
// page by the layout (components/preferences.tsx hands them to every component).
import 'server-only';
import { isScript, type Script } from '@/lib/script';
import { db } from '../db';

export interface StudyPreferences {
  answerTyping: boolean;
  audioAutoplay: boolean;
  kazakhScript: Script;
}

export const DEFAULT_STUDY_PREFERENCES: StudyPreferences = { answerTyping: true, audioAutoplay: false, kazakhScript: 'cyrl' };

export async function getStudyPreferences(userId: string | null | undefined): Promise<StudyPreferences> {
  if (!userId) return DEFAULT_STUDY_PREFERENCES;
  const u = await db.user.findUnique({ where: { id: userId }, select: { answerTyping: true, audioAutoplay: true, kazakhScript: true } });
  if (!u) return DEFAULT_STUDY_PREFERENCES;
  return { answerTyping: u.answerTyping, audioAutoplay: u.audioAutoplay, kazakhScript: isScript(u.kazakhScript) ? u.kazakhScript : 'cyrl' };
}
