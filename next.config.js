// Static export of the catalogue. BASE_PATH builds the site for a sub-path (e.g. GitHub Pages);
// EXPORTERHUB_OUT exports to another folder than out/ (the tests build a sub-path copy beside it).
const basePath = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}` : '';

/** @type {import('next').NextConfig} */
module.exports = {
  output: 'export',
  trailingSlash: true,
  reactStrictMode: true,
  basePath,
  images: { unoptimized: true },
  env: { NEXT_PUBLIC_BASE_PATH: basePath, NEXT_PUBLIC_SITE_URL: (process.env.SITE_URL || '').replace(/\/+$/, '') },
  poweredByHeader: false,
  ...(process.env.EXPORTERHUB_OUT ? { distDir: process.env.EXPORTERHUB_OUT } : {}),
};
