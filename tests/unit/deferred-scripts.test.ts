// The build step that makes the home page's framework scripts wait for first use, and the pages it
// must leave alone.
import { describe, expect, it } from 'vitest';
import { deferFrameworkScripts, frameworkScriptsRunOnLoad } from '@/lib/deferred-scripts';

const HEAD = '<head><script src="/enhance.js" data-home="/" defer=""></script><script src="/_next/static/chunks/a1.js" defer=""></script><script src="/_next/static/BUILD/_buildManifest.js" defer=""></script></head>';
const DATA = '<script id="__NEXT_DATA__" type="application/json">{"page":"/"}</script>';

describe('deferFrameworkScripts', () => {
  it('turns every Next.js script of a catalogue page into a placeholder, in order, and keeps the rest', () => {
    const page = deferFrameworkScripts(`<html>${HEAD}<body><section data-catalogue=""></section>${DATA}</body></html>`);
    expect(page.deferred).toBe(2);
    expect(frameworkScriptsRunOnLoad(page.html)).toEqual([]);
    expect([...page.html.matchAll(/data-deferred-src="([^"]+)"/g)].map((m) => m[1])).toEqual(['/_next/static/chunks/a1.js', '/_next/static/BUILD/_buildManifest.js']);
    expect(page.html).toContain('<script src="/enhance.js" data-home="/" defer=""></script>');
    expect(page.html).toContain(DATA);
  });

  it('works under a base path', () => {
    const page = deferFrameworkScripts('<script src="/docs/_next/static/chunks/a1.js" defer=""></script><div data-catalogue=""></div>');
    expect(page.html).toBe('<script type="text/plain" data-deferred-src="/docs/_next/static/chunks/a1.js"></script><div data-catalogue=""></div>');
  });

  it('leaves pages without the catalogue unchanged', () => {
    const html = `<html>${HEAD}<body>${DATA}</body></html>`;
    expect(deferFrameworkScripts(html)).toEqual({ html, deferred: 0 });
    expect(frameworkScriptsRunOnLoad(html)).toEqual(['/_next/static/chunks/a1.js', '/_next/static/BUILD/_buildManifest.js']);
  });
});
