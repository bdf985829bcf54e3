// Shows sanitized HTML rendered at build time and makes its code-block copy buttons work.
import { useState, type MouseEvent } from 'react';
import { copyText } from '@/lib/clipboard';

type Props = {
  html: string;
  className?: string;
};

export default function Html({ html, className }: Props) {
  const [status, setStatus] = useState('');

  async function onClick(event: MouseEvent<HTMLDivElement>) {
    if (!(event.target instanceof Element)) return;
    const button = event.target.closest('button[data-copy]');
    const code = button?.parentElement?.querySelector('pre code, pre');
    if (!button || !code) return;
    const ok = await copyText((code.textContent ?? '').replace(/\n$/, ''));
    button.textContent = ok ? 'Copied' : 'Copy failed';
    setStatus(ok ? 'Code copied to the clipboard' : 'Copy failed');
    window.setTimeout(() => {
      button.textContent = 'Copy';
      setStatus('');
    }, 2000);
  }

  if (!html) return null;
  return (
    <>
      <div className={`markdown ${className ?? ''}`} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
      <span className="sr-only" role="status" aria-live="polite">
        {status}
      </span>
    </>
  );
}
