// Sveltia adds a second viewport tag that forbids zooming (maximum-scale=1, user-scalable=no); editors
// who need to enlarge the page must be able to (WCAG 1.4.4). The page's own tag, which allows it, stays.
const ours = document.querySelector('meta[name="viewport"]');
const keepZoom = () => {
  for (const tag of document.querySelectorAll('meta[name="viewport"]')) if (tag !== ours) tag.remove();
};
new MutationObserver(keepZoom).observe(document.head, { childList: true });
keepZoom();
