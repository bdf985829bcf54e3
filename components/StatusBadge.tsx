// A small label for entries that are not actively maintained.
import type { Status } from '@/lib/catalog/types';

type Props = {
  status: Status | null;
};

export default function StatusBadge({ status }: Props) {
  if (status === null || status === 'active') return null;
  return <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-200">{status}</span>;
}
