// Runs inside the embed page (src/pages/insluiten/), inline and allowed by the page's CSP hash.
// It tells the page around the frame how tall the chart is, so the frame fits it without a scroll
// bar, in two message formats hosts already listen to: Datawrapper's
// {"datawrapper-height": {id: px}} and WordPress's {message: "height", value, secret}, the secret
// being the one WordPress puts in the frame's address (#?secret=…). No library, no cookies.
(function () {
  if (window.parent === window) return;
  var root = document.documentElement;
  var id = root.getAttribute('data-embed') || 'grafiek';
  var last = -1;

  function secret() {
    var match = /[#&?]secret=([A-Za-z0-9]+)/.exec(window.location.hash);
    return match ? match[1] : '';
  }

  function post(message) {
    window.parent.postMessage(message, '*');
  }

  function send(always) {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    var sizes = {};
    sizes[id] = height;
    post({ 'datawrapper-height': sizes });
    var key = secret();
    if (key) post({ message: 'height', value: height, secret: key });
  }

  // Fires once at the start and again whenever the content's size changes (width, an opened table).
  new ResizeObserver(function () {
    send(false);
  }).observe(root);
  // WordPress may add the secret after the frame loaded, and greets its frames with "ready".
  window.addEventListener('hashchange', function () {
    send(true);
  });
  window.addEventListener('message', function (event) {
    if (event.source === window.parent && event.data && event.data.message === 'ready') send(true);
  });
  // WordPress's sandbox lets no link open a window; its host follows a "link" message instead, when the
  // link goes to the frame's own site (it ignores others, which the sandbox would have blocked anyway).
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    var key = secret();
    if (!(link instanceof HTMLAnchorElement) || !key) return;
    event.preventDefault();
    post({ message: 'link', value: link.href, secret: key });
  });
})();
