// How large a CSV import may be. Shared by the upload form (which refuses a larger file
// before sending it) and the server, which checks again.
export const MAX_CSV_CHARS = 2_000_000;
/** At most four UTF-8 bytes per character. */
export const MAX_CSV_BYTES = MAX_CSV_CHARS * 4;
export const MAX_CSV_ROWS = 5_000;
