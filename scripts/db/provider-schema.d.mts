export const SOURCE_SCHEMA: string;
export const POSTGRES_SCHEMA: string;
export function postgresSchema(source: string, output?: string): string;
export function modelBlocks(schema: string): string[];
