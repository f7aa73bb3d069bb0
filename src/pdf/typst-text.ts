/**
 * Text from content enters the Typst source only as string literals: inside `"…"` the only
 * special characters are the backslash and the quote, so no content can open markup, code or
 * a comment. Every piece of markup this module emits is built by the functions below.
 */

/** A Typst string literal holding `text` exactly (control characters other than tab and newline dropped). */
export function typstString(text: string): string {
  const clean = text
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t');
  return `"${clean}"`;
}

/**
 * Text as markup: the string literal embedded with `#` and closed with `;`, so what follows it
 * (a period, a bracket) can never continue the expression.
 */
export function text(value: string): string {
  return value === '' ? '' : `#${typstString(value)};`;
}

/** Markup `content` wrapped in a call, e.g. call('strong', '…') → `#strong[…]`; arguments are code written here. */
export function call(name: string, content: string, args = ''): string {
  return `#${name}${args ? `(${args})` : ''}[${content}]`;
}

/** Content for a function argument: markup in brackets. */
export function block(content: string): string {
  return `[${content}]`;
}

/** Spaces and line ends of Markdown text as one space, as HTML shows them. */
export function collapseSpace(value: string): string {
  return value.replace(/\s+/g, ' ');
}
