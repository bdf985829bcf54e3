// Copy buttons: `data-copy-text` buttons copy their text; the `data-copy` buttons that the Markdown
// renderer puts beside code blocks copy the block. Each says "Copied" for a moment.
import { copyText } from '@/lib/clipboard';

const FEEDBACK_MS = 2000;

/** The label element whose text changes: the button's live region, or the button itself. */
function labelOf(button: HTMLElement): HTMLElement {
  return button.querySelector<HTMLElement>('[aria-live]') ?? button;
}

/** The text a copy button copies, exactly as shown (a code block without its final newline). */
function copiedText(button: HTMLElement): string | null {
  if (button.dataset.copyText !== undefined) return button.dataset.copyText;
  const code = button.parentElement?.querySelector('pre code, pre');
  return code ? (code.textContent ?? '').replace(/\n$/, '') : null;
}

export function enhanceCopyButtons(doc: Document): void {
  doc.addEventListener('click', (event) => {
    if (!(event.target instanceof Element)) return;
    const button = event.target.closest<HTMLElement>('button[data-copy-text], button[data-copy]');
    const text = button && copiedText(button);
    if (!button || text === null) return;
    const label = labelOf(button);
    const idle = button.dataset.label ?? label.textContent ?? '';
    button.dataset.label = idle;
    // Code blocks in Markdown report through the status region that follows their container.
    const status = button.closest('.markdown')?.nextElementSibling;
    void copyText(text).then((ok) => {
      label.textContent = ok ? 'Copied' : 'Copy failed';
      if (status?.matches('[data-copy-status]')) status.textContent = ok ? 'Code copied to the clipboard' : 'Copy failed';
      window.setTimeout(() => {
        label.textContent = idle;
        if (status?.matches('[data-copy-status]')) status.textContent = '';
      }, FEEDBACK_MS);
    });
  });
}
