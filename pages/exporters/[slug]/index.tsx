// An entry page: header, install guides, alert rules, dashboards, other sections and a scrape config.
import type { GetStaticPaths, GetStaticProps } from 'next';
import AlertRules from '@/components/AlertRules';
import DashboardList from '@/components/DashboardList';
import EntryHeader from '@/components/EntryHeader';
import EntrySection from '@/components/EntrySection';
import Html from '@/components/Html';
import InstallGuides from '@/components/InstallGuides';
import Layout from '@/components/Layout';
import ScrapeConfig from '@/components/ScrapeConfig';
import StatusBanner from '@/components/StatusBanner';
import VerificationBadge from '@/components/VerificationBadge';
import type { Entry } from '@/lib/catalog/types';
import { editUrl } from '@/lib/site';

type Props = {
  entry: Entry;
  ruleFile: string;
  replacement: { slug: string; name: string } | null;
};

export default function ExporterPage({ entry, ruleFile, replacement }: Props) {
  return (
    <Layout title={entry.name} description={entry.description}>
      <div className="flex flex-col gap-8">
        <EntryHeader entry={entry} />
        <StatusBanner status={entry.status} replacement={replacement} />
        {entry.kind !== 'client-library' && <VerificationBadge slug={entry.slug} verification={entry.verification} hasRules={entry.rules.length > 0} />}
        <Html html={entry.introHtml} />
        <InstallGuides intro={entry.installIntroHtml} methods={entry.install} />
        {entry.port !== null && entry.kind === 'exporter' && <ScrapeConfig slug={entry.slug} port={entry.port} />}
        <AlertRules slug={entry.slug} rules={entry.rules} ruleFile={ruleFile} />
        <DashboardList dashboards={entry.dashboards} />
        {entry.sections.map((s) => (
          <EntrySection key={s.id} section={s} />
        ))}
        <p className="text-sm">
          <a className="underline" href={editUrl(entry.file)}>
            Edit this page
          </a>{' '}
          <span className="text-stone-600 dark:text-stone-400">({entry.file})</span>
        </p>
      </div>
    </Layout>
  );
}

export const getStaticPaths: GetStaticPaths = async () => {
  const { getEntries } = await import('@/lib/catalog');
  return { paths: getEntries().map((e) => ({ params: { slug: e.slug } })), fallback: false };
};

export const getStaticProps: GetStaticProps<Props, { slug: string }> = async ({ params }) => {
  const { getEntry } = await import('@/lib/catalog');
  const { ruleFile } = await import('@/lib/rulefile');
  const entry = params ? getEntry(params.slug) : undefined;
  if (!entry) return { notFound: true };
  const target = entry.replacedBy ? getEntry(entry.replacedBy) : undefined;
  return {
    props: {
      entry,
      ruleFile: ruleFile(entry.slug, entry.rules),
      replacement: target ? { slug: target.slug, name: target.name } : null,
    },
  };
};

// Static HTML: the site's browser script (lib/client/) is all this page runs.
export const config = { unstable_runtimeJS: false };
