/**
 * Brings a card into the middle of what scrolls it: the nearest scrolling pane, or else the
 * window. `scrollIntoView` would scroll every scrollable ancestor at once, and the card
 * would end up under the app's fixed header.
 */
export function scrollToCard(element: HTMLElement): void {
  let pane: HTMLElement | null = element.parentElement;
  while (pane && pane !== document.body) {
    const { overflowY } = getComputedStyle(pane);
    if ((overflowY === 'auto' || overflowY === 'scroll') && pane.scrollHeight > pane.clientHeight) break;
    pane = pane.parentElement;
  }
  const height = Math.min(element.offsetHeight, window.innerHeight);
  if (pane && pane !== document.body) {
    const offset = element.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    pane.scrollTo({ top: Math.max(0, pane.scrollTop + offset - (pane.clientHeight - height) / 2), behavior: 'smooth' });
    return;
  }
  const top = window.scrollY + element.getBoundingClientRect().top - (window.innerHeight - height) / 2;
  window.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
}
