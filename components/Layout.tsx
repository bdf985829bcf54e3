// The page frame: head tags, the header with the site name and theme toggle, and the footer.
import Head from 'next/head';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useRouter } from 'next/router';
import { SITE_NAME, SITE_REPOSITORY, SITE_URL, withBase } from '@/lib/site';
import ThemeToggle from './ThemeToggle';

type Props = {
  title: string;
  description: string;
  children: ReactNode;
};

export default function Layout({ title, description, children }: Props) {
  const router = useRouter();
  const canonical = SITE_URL ? `${SITE_URL}${withBase(router.asPath.split(/[?#]/)[0])}` : null;
  const fullTitle = title === SITE_NAME ? `${SITE_NAME}: Prometheus exporters, alert rules and dashboards` : `${title} · ${SITE_NAME}`;
  return (
    <>
      <Head>
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta property="og:title" content={fullTitle} />
        <meta property="og:description" content={description} />
        <meta property="og:type" content="website" />
        <meta property="og:site_name" content={SITE_NAME} />
        {canonical && <link rel="canonical" href={canonical} />}
        {canonical && <meta property="og:url" content={canonical} />}
        <link rel="alternate" type="application/atom+xml" title="ExporterHub: exporters added or changed" href={withBase('/feed.xml')} />
      </Head>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900">
        Skip to content
      </a>
      <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-950">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <Link prefetch={false} href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight text-stone-900 dark:text-stone-50">
            <span aria-hidden="true" className="inline-block h-6 w-6 rounded bg-orange-600" />
            {SITE_NAME}
          </Link>
          <nav aria-label="Site" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            <Link prefetch={false} href="/" className="text-stone-700 hover:text-orange-700 dark:text-stone-300 dark:hover:text-orange-300">
              Catalogue
            </Link>
            <a href={SITE_REPOSITORY} className="text-stone-700 hover:text-orange-700 dark:text-stone-300 dark:hover:text-orange-300">
              Contribute
            </a>
            <ThemeToggle />
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <footer className="mx-auto max-w-6xl px-4 py-8 text-sm text-stone-600 dark:text-stone-400">
        <p>
          Alert rules target Prometheus 2.x and are checked with promtool. Content comes from pull requests to{' '}
          <a className="underline" href={SITE_REPOSITORY}>
            the ExporterHub repository
          </a>
          .
        </p>
      </footer>
    </>
  );
}
