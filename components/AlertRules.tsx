// The entry's alert rules: one card each, plus "copy all" and a download of the Prometheus rule file.
import type { AlertRule } from '@/lib/catalog/types';
import { withBase } from '@/lib/site';
import AlertRuleCard from './AlertRuleCard';
import CopyButton from './CopyButton';

type Props = {
  slug: string;
  rules: AlertRule[];
  ruleFile: string;
};

export default function AlertRules({ slug, rules, ruleFile }: Props) {
  if (rules.length === 0) return null;
  return (
    <section aria-labelledby="alert-rules" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="alert-rules" className="text-2xl font-semibold">
          Alert rules <span className="text-base font-normal text-stone-600 dark:text-stone-400">({rules.length})</span>
        </h2>
        <div className="flex flex-wrap gap-2">
          <CopyButton text={ruleFile} label="Copy all rules" />
          <a href={withBase(`/rules/${slug}.yml`)} download={`${slug}.yml`} className="rounded border border-stone-300 px-2.5 py-1 text-sm hover:border-orange-600 dark:border-stone-700">
            Download {slug}.yml
          </a>
        </div>
      </div>
      <p className="text-sm text-stone-700 dark:text-stone-300">
        Each rule is checked with promtool for Prometheus 2.x. The download is a rule file with one group named <code>{slug}</code>; load it with <code>rule_files</code> in prometheus.yml.
      </p>
      {rules.map((r) => (
        <AlertRuleCard key={r.name} rule={r} />
      ))}
    </section>
  );
}
