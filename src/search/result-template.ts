/**
 * Templates for `<pagefind-results>` (Pagefind's own template syntax). They use the
 * site's class names, so Pagefind's stylesheet leaves them alone, and add the page
 * type. The image is decorative: the title link next to it already says where it leads.
 */
export const RESULT_TEMPLATE = `
<li class="oogst-result">
  {{#if and(options.show_images, meta.image)}}
  <img class="oogst-result__image" src="{{ meta.image }}" alt="" width="80" height="80" loading="lazy">
  {{/if}}
  <div class="oogst-result__body">
    {{#if meta.type}}<p class="oogst-result__type">{{ meta.type }}</p>{{/if}}
    <p class="oogst-result__title"><a href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
    {{#if excerpt}}<p class="oogst-result__excerpt">{{+ excerpt +}}</p>{{/if}}
  </div>
</li>`;

/** Shown while a result loads; hidden from assistive technology. */
export const PLACEHOLDER_TEMPLATE = `
<li class="oogst-result oogst-result--loading" aria-hidden="true">
  <div class="oogst-result__body">
    <p class="oogst-result__title">&nbsp;</p>
    <p class="oogst-result__excerpt">&nbsp;</p>
  </div>
</li>`;
