// A learner's state of one word, from the progress of its recognition card: the one rule the
// deck's word list and the reader both show. Known = in review with a stability of at least
// KNOWN_STABILITY_DAYS (the rollups' "known" count uses the same threshold).
import { KNOWN_STABILITY_DAYS, STATE_NEW, STATE_REVIEW } from './study-day-counts';

export type WordState = 'new' | 'learning' | 'review' | 'known' | 'suspended';

export interface WordProgress {
  state: number;
  stability: number;
  suspended: boolean;
}

export function wordState(p: WordProgress | null | undefined): WordState {
  if (!p) return 'new';
  if (p.suspended) return 'suspended';
  if (p.state === STATE_REVIEW) return p.stability >= KNOWN_STABILITY_DAYS ? 'known' : 'review';
  return p.state === STATE_NEW ? 'new' : 'learning';
}
