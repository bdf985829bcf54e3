// A prometheus.yml scrape_configs snippet for the exporter's default port.
import CopyButton from './CopyButton';

type Props = {
  slug: string;
  port: number;
};

export default function ScrapeConfig({ slug, port }: Props) {
  const snippet = `scrape_configs:\n  - job_name: ${slug}\n    static_configs:\n      - targets: ['localhost:${port}']`;
  return (
    <section aria-labelledby="scrape-config" className="flex flex-col gap-3">
      <h2 id="scrape-config" className="text-2xl font-semibold">
        Scrape configuration
      </h2>
      <p className="text-sm text-stone-700 dark:text-stone-300">
        Add a job to <code>prometheus.yml</code> that scrapes the default port; replace <code>localhost</code> with the host where it runs.
      </p>
      <div className="relative">
        <CopyButton text={snippet} label="Copy scrape config" className="absolute right-2 top-2 bg-stone-800 text-white" />
        <pre className="code" tabIndex={0} aria-label="Scrape configuration in YAML">
          <code>{snippet}</code>
        </pre>
      </div>
    </section>
  );
}
