// Light/dark switch. The initial theme is set before paint by the script in _document; this only flips it.
import { useEffect, useState } from 'react';

export default function ThemeToggle() {
  const [dark, setDark] = useState<boolean | null>(null);

  useEffect(() => {
    setDark(document.documentElement.classList.contains('dark'));
  }, []);

  function toggle() {
    const next = !document.documentElement.classList.contains('dark');
    document.documentElement.classList.toggle('dark', next);
    try {
      localStorage.setItem('theme', next ? 'dark' : 'light');
    } catch {
      // storage may be blocked; the theme still applies to this page
    }
    setDark(next);
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark === null ? undefined : dark}
      className="rounded border border-stone-300 px-2 py-1 text-stone-700 hover:border-orange-600 dark:border-stone-700 dark:text-stone-200"
    >
      Dark theme
    </button>
  );
}
