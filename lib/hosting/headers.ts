// The security headers every server of the exported site sends (npm start's static server and the
// nginx image): a Content-Security-Policy that runs only the site's own script files and the inline
// scripts it knows, each allowed by its hash, plus nosniff, a referrer policy and no framing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles } from '../crawl';
import { THEME_SCRIPT } from '../theme-script';

export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** Script elements whose content the browser runs (not JSON data or deferred placeholders). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1];
    if (/\ssrc=/.test(attrs) || m[2] === '') continue;
    const type = /\stype="([^"]*)"/.exec(attrs)?.[1];
    if (type !== undefined && type !== 'text/javascript' && type !== 'module') continue;
    out.push(m[2]);
  }
  return out;
}

/**
 * The inline scripts a page may carry: the theme script, and the chunk list that Next.js (Turbopack)
 * writes into pages that hold the search app. Anything else means content escaped sanitizing or the
 * framework changed, and is refused rather than allowed by hash.
 */
function knownInlineScript(source: string): boolean {
  return source === THEME_SCRIPT || /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(\{"otherChunks":\[[^<]*\]\}\);?$/.test(source);
}

/** Hashes of every inline script in the export; throws on an inline script the site does not know. */
export function siteScriptHashes(exportDir: string): string[] {
  const hashes = new Set<string>([scriptHash(THEME_SCRIPT)]);
  for (const file of htmlFiles(exportDir)) {
    for (const source of inlineScripts(readFileSync(file, 'utf8'))) {
      if (!knownInlineScript(source)) throw new Error(`${path.relative(exportDir, file)} holds an unknown inline script (${source.slice(0, 60)}…); only the theme script and the Next.js chunk list are allowed`);
      hashes.add(scriptHash(source));
    }
  }
  return [...hashes].sort();
}

export function contentSecurityPolicy(scriptHashes: string[] = [scriptHash(THEME_SCRIPT)]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(policy: string): Record<string, string> {
  return {
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
  };
}
