// Keyboard shortcut: "/" or Ctrl/⌘+K focuses the catalogue search from any page (going home first).
import { useRouter } from 'next/router';
import { useEffect } from 'react';

export const SEARCH_INPUT_ID = 'catalogue-search';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Focuses the search box as soon as the home page has rendered it (after a client navigation). */
function focusWhenMounted(deadline: number): void {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input) input.focus();
  else if (Date.now() < deadline) requestAnimationFrame(() => focusWhenMounted(deadline));
}

export default function SearchShortcut() {
  const router = useRouter();
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target);
      const ctrlK = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey);
      if (!slash && !ctrlK) return;
      e.preventDefault();
      const input = document.getElementById(SEARCH_INPUT_ID);
      if (input) input.focus();
      else void router.push('/').then(() => focusWhenMounted(Date.now() + 3000));
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [router]);
  return null;
}
