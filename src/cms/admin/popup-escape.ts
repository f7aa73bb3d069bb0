// Sveltia's list of several choices (Thema's, Inzichten) stays open after a choice, and Escape did
// not close it: the focus went round inside it, and a keyboard user could not leave (WCAG 2.1.2).
// Escape now closes an open popup as it closes Sveltia's other dialogs, and the focus returns to its field.
document.addEventListener(
  'keydown',
  (event) => {
    if (event.key !== 'Escape' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    const popup = event.target instanceof Element ? event.target.closest('dialog.popup[open]') : null;
    if (!popup) return;
    const content = popup.querySelector('[id^="popup-"]');
    const field = content ? document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(content.id)}"]`) : null;
    event.preventDefault();
    event.stopPropagation();
    // Sveltia closes its dialogs on their cancel event, which the browser did not send here.
    popup.dispatchEvent(new Event('cancel', { cancelable: true }));
    field?.focus();
  },
  true,
);

// The notice of missing settings on /admin/ (src/cms/admin-page.ts) lies over the bottom of the CMS:
// its button takes it away, so it never hides a field or a list.
document.querySelector('.oogst-cms-notice button')?.addEventListener('click', (event) => {
  (event.currentTarget as HTMLElement).closest('.oogst-cms-notice')?.remove();
});
