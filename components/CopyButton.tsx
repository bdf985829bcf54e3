// A button that copies a given text and says so for a moment (visibly and to screen readers).
import { useState } from 'react';
import { copyText } from '@/lib/clipboard';

type Props = {
  text: string;
  label: string;
  className?: string;
};

export default function CopyButton({ text, label, className }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function onClick() {
    const ok = await copyText(text);
    setState(ok ? 'copied' : 'failed');
    window.setTimeout(() => setState('idle'), 2000);
  }

  return (
    <button
      type="button"
      onClick={onClick}
      className={`copy-button rounded border border-stone-300 px-2.5 py-1 text-sm hover:border-orange-600 dark:border-stone-700 ${className ?? ''}`}
    >
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}</span>
    </button>
  );
}
