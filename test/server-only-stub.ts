// Stands in for the 'server-only' package in unit tests and scripts (see vitest.config.mts).
export {};
