// The student table's sort, from the page's search params (unknown values fall back).
import { z } from 'zod';
import { STUDENT_SORT_KEYS } from '@/lib/progress';

export const classProgressSort = z.object({
  sort: z.enum(STUDENT_SORT_KEYS).catch('name'),
  dir: z.enum(['asc', 'desc']).catch('asc'),
});
