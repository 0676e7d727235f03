// Any path under a locale that no page matches: the app's own localized not-found page
// (with the header), not Next's bare one.
import { notFound } from 'next/navigation';
import { titled } from '@/app/_metadata/page-title';

export const generateMetadata = titled('notFound');

export default function UnknownPage(): never {
  notFound();
}
