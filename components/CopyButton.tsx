// A button that copies the given text; the site's browser script (lib/client/copy.ts) does the
// copying and says "Copied" for a moment, visibly and to screen readers.
type Props = {
  text: string;
  label: string;
  className?: string;
};

export default function CopyButton({ text, label, className }: Props) {
  return (
    <button type="button" data-copy-text={text} className={`copy-button rounded border border-stone-300 px-2.5 py-1 text-sm hover:border-orange-600 dark:border-stone-700 ${className ?? ''}`}>
      <span aria-live="polite">{label}</span>
    </button>
  );
}
