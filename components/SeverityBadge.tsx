// The severity of an alert rule, coloured by urgency.
import type { AlertRule } from '@/lib/catalog/types';

type Props = {
  severity: AlertRule['severity'];
};

const STYLES: Record<AlertRule['severity'], string> = {
  critical: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
  warning: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  info: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200',
};

export default function SeverityBadge({ severity }: Props) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STYLES[severity]}`}>{severity}</span>;
}
