// The Kazakh engine builds its lexicon on first use (about a second). Teacher pages call
// this so the build happens while the teacher is still pasting, not when they press
// "Analyse the text". It happens in the engine worker (server/engine), off the event loop.
import 'server-only';
export { warmUpEngine } from '../engine/engine';
