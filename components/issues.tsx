'use client';
// What is wrong with a form's input, in the page's language: the issues a use case answered
// with (lib/errors), worded from messages "issues".
import { useTranslations } from 'next-intl';
import { issueText, type Issue } from '@/lib/errors';

export function useIssueText(): (issue: Issue) => string {
  const t = useTranslations('issues');
  return (issue) => issueText(t, issue);
}

export function IssueList({ issues }: { issues: readonly Issue[] }) {
  const text = useIssueText();
  // Issues that read the same (one per untranslated sentence, say) are said once.
  const lines = [...new Set(issues.map(text))];
  return <ul className="list-disc pl-6 text-sm">{lines.map((line) => <li key={line}>{line}</li>)}</ul>;
}
