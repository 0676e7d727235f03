// How large a CSV import may be. Shared by the upload form (which refuses a larger file
// before sending it) and the server, which checks again.
import type { Issue } from '../errors';

export const MAX_CSV_CHARS = 2_000_000;
/** At most four UTF-8 bytes per character. */
export const MAX_CSV_BYTES = MAX_CSV_CHARS * 4;
export const MAX_CSV_ROWS = 5_000;

/** What a file over MAX_CSV_BYTES is told (limit in MB), by the upload form and the server alike. */
export const CSV_FILE_TOO_LARGE: Issue = { code: 'file-too-large', limit: MAX_CSV_BYTES / 1_000_000 };

/** What a form sent without a file is told, by the upload form and the server alike. */
export const FILE_REQUIRED: Issue = { code: 'file-required' };
