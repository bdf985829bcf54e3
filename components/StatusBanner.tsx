// A warning shown on entries that are unmaintained, deprecated or archived, linking the replacement.
import Link from 'next/link';
import type { Entry } from '@/lib/catalog/types';

type Props = {
  status: Entry['status'];
  replacement: { slug: string; name: string } | null;
};

const TEXT = {
  unmaintained: 'This project looks unmaintained: expect no fixes for new versions of the software it watches.',
  deprecated: 'Upstream has deprecated this project.',
  archived: 'The repository of this project is archived: it receives no further changes.',
} as const;

export default function StatusBanner({ status, replacement }: Props) {
  if (status === null || status === 'active') return null;
  return (
    <div role="note" className="rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <p className="font-semibold">{TEXT[status]}</p>
      {replacement && (
        <p>
          Use{' '}
          <Link prefetch={false} className="underline" href={`/exporters/${replacement.slug}/`}>
            {replacement.name}
          </Link>{' '}
          instead.
        </p>
      )}
    </div>
  );
}
