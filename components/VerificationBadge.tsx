// Says whether an entry's rules were checked against a running exporter, and links the inventory.
import Link from 'next/link';
import type { Verification } from '@/lib/catalog/types';

type Props = {
  slug: string;
  verification: Verification | null;
  hasRules: boolean;
};

export default function VerificationBadge({ slug, verification, hasRules }: Props) {
  if (!verification) {
    return <p className="text-sm text-stone-700 dark:text-stone-300">{hasRules ? 'The alert rules below are checked with promtool but have no metric inventory yet.' : 'Not verified against a running exporter.'}</p>;
  }
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      <span className="rounded-full bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900 dark:bg-green-950 dark:text-green-200">{verification.method === 'live' ? 'Verified live' : 'Checked in source'}</span>
      <span>
        Rule metrics checked against an inventory {verification.origin} ({verification.familyCount} metric families).{' '}
        <Link prefetch={false} className="underline" href={`/exporters/${slug}/metrics/`}>
          See the metric inventory
        </Link>
      </span>
    </p>
  );
}
