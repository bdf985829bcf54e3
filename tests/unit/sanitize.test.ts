// Contributor Markdown is untrusted: known XSS payloads must not survive rendering.
import { describe, expect, it } from 'vitest';
import { parseEntry } from '@/lib/catalog/entry';

const FRONT = `---
name: XSS exporter
description: A fixture full of hostile Markdown.
category: miscellaneous
repository: https://github.com/example/xss_exporter
official: false
kind: exporter
---
`;

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '[click me](javascript:alert(1))',
  '[click me](JaVaScRiPt:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![img](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<details open ontoggle=alert(1)>',
  '[x](vbscript:msgbox(1))',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
];

function render(payload: string): string {
  const text = `${FRONT}\nIntro ${payload}\n\n${payload}\n\n## Install\n\n### Binary\n\n${payload}\n\n\`\`\`bash\necho ok\n\`\`\`\n\n## Notes\n\n- ${payload}\n`;
  const { entry } = parseEntry(text, 'xss-exporter', 'lists/xss-exporter/README.md');
  expect(entry).not.toBeNull();
  return [entry!.introHtml, ...entry!.install.map((m) => m.html), ...entry!.sections.map((s) => s.html)].join('\n');
}

describe('sanitizing', () => {
  it.each(PAYLOADS)('removes %s', (payload) => {
    const html = render(payload);
    expect(html).not.toMatch(/<script|<iframe|<svg|<style|<math|<details/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(href|src)\s*=\s*"?\s*(javascript|vbscript|data):/i);
    expect(html).not.toMatch(/style\s*=/i);
  });

  it('keeps ordinary Markdown and code', () => {
    const html = render('**bold** and [a link](https://prometheus.io/)');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('href="https://prometheus.io/"');
    expect(html).toContain('<button type="button" class="copy-button" data-copy="">Copy</button>');
  });

  it('flags raw HTML so the contributor knows it will be dropped', () => {
    const { problems } = parseEntry(`${FRONT}\n<b>hi</b>\n\n## Install\n\n### Binary\n\n\`\`\`bash\nx\n\`\`\`\n`, 'xss-exporter', 'f');
    expect(problems.map((p) => p.code)).toContain('E019');
  });
});
