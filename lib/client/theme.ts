// The light/dark switch: flips the theme that the script in _document applied before first paint,
// remembers the choice, and keeps the button's pressed state true to what is shown.
const TOGGLE = 'button[data-theme-toggle]';

function isDark(doc: Document): boolean {
  return doc.documentElement.classList.contains('dark');
}

export function enhanceThemeToggle(doc: Document): void {
  const sync = () => doc.querySelectorAll(TOGGLE).forEach((b) => b.setAttribute('aria-pressed', String(isDark(doc))));
  sync();
  doc.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest(TOGGLE)) return;
    const dark = !isDark(doc);
    doc.documentElement.classList.toggle('dark', dark);
    try {
      localStorage.setItem('theme', dark ? 'dark' : 'light');
    } catch {
      // storage may be blocked; the theme still applies to this page
    }
    sync();
  });
}
