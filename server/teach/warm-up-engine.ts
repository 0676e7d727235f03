// The Kazakh engine builds its lexicon on first use (about a second). Teacher pages call
// this so the build happens while the teacher is still pasting, not when they press
// "Analyse the text". Once per process, off the request: it never delays a response.
import 'server-only';
import { analyseText } from './analyse-text';

let started = false;

export function warmUpEngine(): void {
  if (started) return;
  started = true;
  setTimeout(() => {
    try {
      analyseText('Біздің ауылда үлкен мектеп бар. Балалар мектепке барады.');
    } catch {
      // a failed warm-up only means the first analysis pays the cost
    }
  }, 0);
}
