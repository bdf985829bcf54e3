// Renders docker/nginx.conf for one server: the web root, the port, the base path the site was built
// for, and the Content-Security-Policy. The Dockerfile and the nginx test use this same function.

export interface NginxSite {
  root: string;
  port: number | string;
  /** '' or a path such as /exporterhub (no trailing slash), as given to the build as BASE_PATH. */
  basePath: string;
  /** The Content-Security-Policy (lib/hosting/headers.ts, from the export's inline scripts). */
  policy: string;
}

const BASE_PATH_ONLY = /# base path only\s*$/;

export function renderNginxConf(template: string, site: NginxSite): string {
  if (site.basePath !== '' && !/^\/[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(site.basePath)) {
    throw new Error(`base path "${site.basePath}" must start with / and hold only letters, digits, ".", "_", "~", "-" and "/"`);
  }
  if (/["\\\n]/.test(site.policy)) throw new Error('the policy must not contain quotes, backslashes or newlines');
  if (/["\\\n]/.test(site.root)) throw new Error(`web root "${site.root}" must not contain quotes, backslashes or newlines`);
  const lines = template.split('\n').filter((line) => site.basePath !== '' || !BASE_PATH_ONLY.test(line));
  const fill: Record<string, string> = { '@ROOT@': site.root, '@PORT@': String(site.port), '@BASE_PATH@': site.basePath, '@CSP@': site.policy };
  const text = lines.join('\n').replace(/@(ROOT|PORT|BASE_PATH|CSP)@/g, (m) => fill[m]);
  const left = /@[A-Z_]+@/.exec(text);
  if (left) throw new Error(`nginx template placeholder ${left[0]} is not known`);
  return text;
}
