// Grafana dashboards for the entry, with the grafana.com ID when the link is one.
import type { Dashboard } from '@/lib/catalog/types';

type Props = {
  dashboards: Dashboard[];
};

export default function DashboardList({ dashboards }: Props) {
  if (dashboards.length === 0) return null;
  return (
    <section aria-labelledby="dashboards" className="flex flex-col gap-3">
      <h2 id="dashboards" className="text-2xl font-semibold">
        Dashboards
      </h2>
      <ul className="flex flex-col gap-2">
        {dashboards.map((d) => (
          <li key={d.url} className="rounded-lg border border-stone-200 p-3 dark:border-stone-800">
            <a className="font-medium underline" href={d.url}>
              {d.title}
            </a>
            {d.grafanaId !== null && <span className="ml-2 text-sm text-stone-600 dark:text-stone-400">Grafana ID {d.grafanaId}</span>}
            {d.note && <p className="text-sm text-stone-700 dark:text-stone-300">{d.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
