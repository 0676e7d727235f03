// Zod schemas shared by the teaching use cases: ids, titles, glosses, parts of speech.
import 'server-only';
import { z } from 'zod';
import { displayTextField } from '../users/profile-fields';

export const UPOS_VALUES = ['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'PRON', 'DET', 'NUM', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'INTJ', 'X'] as const;
export const uposSchema = z.enum(UPOS_VALUES);

export const idSchema = z.string().trim().min(1).max(200);
export const deckTitleSchema = displayTextField(120, { hidden: 'hidden-characters' });
export const deckDescriptionSchema = z.string().trim().max(1000).default('');
/** Lengths of a note's texts, in the note form and in a CSV import alike. */
export const MAX_WORD_CHARS = 200;
export const MAX_SENTENCE_CHARS = 1000;
export const MAX_GLOSS_CHARS = 500;
export const glossSchema = z.string().trim().max(MAX_GLOSS_CHARS).default('');
export const sentenceSchema = z.string().trim().max(MAX_SENTENCE_CHARS).default('');
export const classNameSchema = displayTextField(80, { hidden: 'hidden-characters' });

/** A pasted text: at most 200,000 characters. */
export const MAX_TEXT_CHARS = 200_000;
export const textSchema = z.string().min(1).max(MAX_TEXT_CHARS);
