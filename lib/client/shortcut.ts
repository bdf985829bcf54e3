// Keyboard shortcut: "/" or Ctrl/⌘+K focuses the catalogue search; on other pages it opens the home
// page with the search focused (the #catalogue-search fragment asks for that).
export const SEARCH_INPUT_ID = 'catalogue-search';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function enhanceSearchShortcut(doc: Document, home: string): void {
  const input = doc.getElementById(SEARCH_INPUT_ID);
  if (input && doc.location.hash === `#${SEARCH_INPUT_ID}`) {
    input.focus();
    // The fragment has done its job; the address shows the plain catalogue again.
    history.replaceState(history.state, '', doc.location.pathname + doc.location.search);
  }
  doc.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!slash && !ctrlK) return;
    event.preventDefault();
    const box = doc.getElementById(SEARCH_INPUT_ID);
    if (box) box.focus();
    else doc.location.assign(`${home}#${SEARCH_INPUT_ID}`);
  });
}
