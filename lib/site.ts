// Site-wide settings: where the project's own repository lives (for "Edit this page") and path helpers.

/** The ExporterHub repository; set EXPORTERHUB_REPOSITORY when building a fork. */
export const SITE_REPOSITORY = process.env.EXPORTERHUB_REPOSITORY ?? 'https://github.com/exporterhub/exporterhub';
export const SITE_BRANCH = process.env.EXPORTERHUB_BRANCH ?? 'main';
export const SITE_NAME = 'ExporterHub';

/** Where the site is published (no trailing slash), for canonical URLs, Open Graph and the sitemap. */
export const SITE_URL = (process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SITE_URL ?? '').replace(/\/+$/, '');

/** The sub-path the site is built for, from BASE_PATH ("exporterhub/" → "/exporterhub"), for scripts. */
export function basePathFromEnv(): string {
  const raw = process.env.BASE_PATH?.replace(/^\/+|\/+$/g, '');
  return raw ? `/${raw}` : '';
}

/** Prefix for links that do not go through next/link (downloads, static files). */
export function withBase(path: string): string {
  return `${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}${path}`;
}

export function editUrl(file: string): string {
  return `${SITE_REPOSITORY}/edit/${SITE_BRANCH}/${file}`;
}
