// One alert rule: title, severity, the explanation, and the YAML with a copy button.
import type { AlertRule } from '@/lib/catalog/types';
import CopyButton from './CopyButton';
import Html from './Html';
import SeverityBadge from './SeverityBadge';

type Props = {
  rule: AlertRule;
};

export default function AlertRuleCard({ rule }: Props) {
  return (
    <article aria-labelledby={`rule-${rule.name}`} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={`rule-${rule.name}`} className="text-lg font-semibold">
          {rule.title}
        </h3>
        <SeverityBadge severity={rule.severity} />
        {rule.for && <span className="text-xs text-stone-600 dark:text-stone-400">for {rule.for}</span>}
        {rule.verified && (
          <span className="rounded-full bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900 dark:bg-green-950 dark:text-green-200">
            {rule.verified === 'live' ? 'Metrics verified live' : 'Metrics checked in source'}
          </span>
        )}
      </div>
      {rule.conditions.length > 0 && (
        <p className="text-sm text-amber-900 dark:text-amber-200">
          <strong>Needs:</strong> {rule.conditions.map((c) => `${c.condition} (${c.metric})`).join('; ')}
        </p>
      )}
      <Html html={rule.explanationHtml} />
      <div className="relative">
        <CopyButton text={rule.yaml.replace(/\n$/, '')} label={`Copy ${rule.name}`} className="absolute right-2 top-2 bg-stone-800 text-white" />
        <pre className="code" tabIndex={0} aria-label={`Alert rule ${rule.name} in YAML`}>
          <code>{rule.yaml.replace(/\n$/, '')}</code>
        </pre>
      </div>
    </article>
  );
}
