import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

// Navigate only through these, so every link keeps the locale prefix.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
