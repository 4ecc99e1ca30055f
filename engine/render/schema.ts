/**
 * The sanitisation schema for rendered documents. Written out in full rather
 * than derived from hast-util-sanitize's GitHub schema, so that nothing is
 * allowed by inheritance: a reviewer can read here everything a document
 * written by a stranger may put into the preview or an exported page.
 *
 * - Only the elements Markdown itself produces (plus `span` for our own
 *   markers); no script, style, iframe, object, embed, form, svg, math, img,
 *   video, audio, base, link or meta — those are dropped with their content
 *   (`strip`) or unwrapped to their text.
 * - No event handler, `style`, `class` (chosen by users) or `srcset` attribute:
 *   attributes are allow-listed per element.
 * - `href` only relative, `http:`, `https:` or `mailto:`; `javascript:`,
 *   `data:`, `vbscript:`, `file:` and every other scheme are removed.
 * - Images are never loaded: the renderer replaces them with their alt text
 *   before this schema runs, and `img` is not allowed here in any case.
 * - `id` only with the `user-content-` prefix (footnotes), so no document can
 *   clobber a global the preview's script might read.
 */
import type { Schema } from 'hast-util-sanitize';

const BLOCK = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'section', 'div'];
const INLINE = ['a', 'em', 'strong', 'del', 'code', 'br', 'sup', 'span', 'input'];

export const SANITIZE_SCHEMA: Schema = {
  tagNames: [...BLOCK, ...INLINE],
  // Dropped together with everything inside them, not unwrapped to text.
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'noscript', 'template', 'textarea', 'select', 'title', 'head', 'meta', 'link', 'base', 'frame', 'frameset', 'applet'],
  attributes: {
    a: ['href', 'title', ['id', /^user-content-/], 'ariaDescribedBy', 'ariaLabel', 'dataFootnoteRef', 'dataFootnoteBackref', ['className', 'data-footnote-backref']],
    // GFM task lists render a disabled checkbox; nothing else about an input survives.
    input: [['type', 'checkbox'], ['disabled', true], ['checked', true]],
    li: [['id', /^user-content-/], ['className', 'task-list-item']],
    ul: [['className', 'contains-task-list']],
    ol: ['start', ['className', 'contains-task-list']],
    sup: [],
    h2: [['id', /^user-content-/], ['className', 'sr-only']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    code: [['className', /^language-[\w+-]{1,40}$/]],
    th: [['align', 'left', 'right', 'center']],
    td: [['align', 'left', 'right', 'center']],
    span: [['className', 'prfaq-image']],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: ['http', 'https', 'mailto'] },
  ancestors: { tbody: ['table'], thead: ['table'], tr: ['table'], th: ['table'], td: ['table'], li: ['ul', 'ol'] },
  // Prefixing is done by mdast-util-to-hast already; the `id` rule above
  // only lets prefixed ids through.
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};
