// The top of an entry page: name, badges, description and the facts table.
import Link from 'next/link';
import { categoryLabel } from '@/lib/categories';
import type { Entry } from '@/lib/catalog/types';
import OriginBadge from './OriginBadge';
import StatusBadge from './StatusBadge';

type Props = {
  entry: Entry;
};

const KIND_LABELS: Record<Entry['kind'], string> = { exporter: 'Exporter', native: 'Native Prometheus metrics', 'client-library': 'Client library' };

export default function EntryHeader({ entry }: Props) {
  const facts: [string, React.ReactNode][] = [
    ['Kind', KIND_LABELS[entry.kind]],
    ['Category', <Link prefetch={false} key="c" className="underline" href={`/categories/${entry.category}/`}>{categoryLabel(entry.category)}</Link>],
    ['Repository', <a key="r" className="break-all underline" href={entry.repository}>{entry.repository.replace(/^https:\/\//, '')}</a>],
  ];
  if (entry.homepage) facts.push(['Documentation', <a key="h" className="break-all underline" href={entry.homepage}>{entry.homepage.replace(/^https:\/\//, '')}</a>]);
  if (entry.port !== null) facts.push(['Default port', String(entry.port)]);
  if (entry.language) facts.push(['Language', entry.language]);
  if (entry.license) facts.push(['Licence', entry.license]);
  if (entry.dockerImage) facts.push(['Docker image', <code key="d" className="break-all">{entry.dockerImage}</code>]);
  if (entry.helmChart) facts.push(['Helm chart', <code key="hc" className="break-all">{entry.helmChart}</code>]);
  if (entry.aliases.length > 0) facts.push(['Also known as', <span key="a" className="break-words">{entry.aliases.join(', ')}</span>]);
  return (
    <header className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-3xl font-bold tracking-tight">{entry.name}</h1>
        <OriginBadge official={entry.official} community={entry.community} />
        <StatusBadge status={entry.status} />
      </div>
      <p className="text-lg text-stone-700 dark:text-stone-300">{entry.description}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-stone-600 dark:text-stone-400">{label}</dt>
            <dd className="min-w-0">{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
