// Light/dark switch. The theme is applied before paint by the script in _document; the site's
// browser script (lib/client/theme.ts) flips it and sets the pressed state.
export default function ThemeToggle() {
  return (
    <button type="button" data-theme-toggle="" className="rounded border border-stone-300 px-2 py-1 text-stone-700 hover:border-orange-600 dark:border-stone-700 dark:text-stone-200">
      Dark theme
    </button>
  );
}
