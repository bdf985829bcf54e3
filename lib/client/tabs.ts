// Install-method tabs: a click or the arrow keys choose a method. The server-rendered HTML shows the
// first tab selected; the `js` class on <html> switches the page from headed sections to tabs.
function select(list: Element, tab: HTMLElement, focus: boolean): void {
  for (const t of list.querySelectorAll<HTMLElement>('[role="tab"]')) {
    const active = t === tab;
    t.setAttribute('aria-selected', String(active));
    t.tabIndex = active ? 0 : -1;
    const panel = t.ownerDocument.getElementById(t.getAttribute('aria-controls') ?? '');
    panel?.classList.toggle('install-panel-inactive', !active);
  }
  if (focus) tab.focus();
}

export function enhanceTabs(doc: Document): void {
  doc.addEventListener('click', (event) => {
    const tab = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="tablist"] [role="tab"]') : null;
    const list = tab?.closest('[role="tablist"]');
    if (tab && list) select(list, tab, false);
  });
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const tab = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="tablist"] [role="tab"]') : null;
    const list = tab?.closest('[role="tablist"]');
    if (!tab || !list) return;
    const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
    const next = (tabs.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
    event.preventDefault();
    select(list, tabs[next], true);
  });
}
