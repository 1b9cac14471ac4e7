import type { Element, ElementContent, Root, RootContent, Text } from 'hast'
import { parseEntities } from 'parse-entities'
import type { Formatter } from './types.js'
import type { AnyRule } from '../rule.js'
import type { LintMessage, LintResult, SeverityLevel, SuppressedMessage } from '../types.js'
import { parseFragment } from '../html.js'
import { relativePath } from './paths.js'
import { sha256Base64 } from './hash.js'
import { HOME_URL, ruleDocsUrl } from './urls.js'
import { plural, totals } from './common.js'

/**
 * A self-contained HTML report for editors: each post's content rendered with its findings
 * highlighted in place, the findings listed beside it with the rule's explanation and a link to
 * its docs (a finding links to its highlight), and an overview of the site when several posts
 * were linted.
 *
 * Post content is untrusted: it is parsed, reduced to an allowlist of elements and attributes
 * (no script, style, frames, embeds, forms, SVG/MathML, event handlers, `style`, `srcset`,
 * `srcdoc`, or URLs other than http(s), mailto, tel, relative and raster `data:` images), and
 * serialised again. On top of that the page's Content-Security-Policy only lets the report's own
 * style sheet and script run, by hash.
 */

const LABEL = ['info', 'warning', 'error'] as const

// ---------------------------------------------------------------------------------------------
// Escaping and serialisation

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/** An element of the rendered content: attributes are already the allowed, final HTML attributes. */
interface Out {
  type: 'element'
  tagName: string
  attrs: Record<string, string | true>
  children: Node[]
  /** Source range (offsets into the content HTML) this node covers. */
  start: number
  end: number
  /** A void element or a pin: nothing goes inside. */
  opaque?: boolean
  /** Stands for removed content (an iframe, a video…): highlighted as a whole. */
  placeholder?: boolean
}

interface OutText {
  type: 'text'
  value: string
  /** starts[i]: source offset of value[i]; starts[value.length]: end of the text in the source. */
  starts: number[]
}

type Node = Out | OutText

const VOID = new Set(['br', 'hr', 'img', 'wbr', 'col'])

function serialize(nodes: readonly Node[]): string {
  let out = ''
  for (const node of nodes) {
    if (node.type === 'text') {
      out += node.value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;')
      continue
    }
    out += `<${node.tagName}`
    for (const [name, value] of Object.entries(node.attrs)) out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`
    out += '>'
    if (VOID.has(node.tagName)) continue
    out += serialize(node.children)
    out += `</${node.tagName}>`
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Sanitising (allowlist)

/** Elements kept as they are (with allowed attributes). */
const KEEP = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col',
  'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt',
  'ruby', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
])
/** Elements shown as a placeholder: an editor should see that something was there. */
const PLACEHOLDER = new Set(['iframe', 'video', 'audio', 'object', 'embed', 'applet', 'svg', 'math', 'canvas', 'frame', 'frameset', 'form', 'input', 'select', 'textarea', 'button', 'portal'])
/** Elements dropped with their content. Anything else unknown is unwrapped (its content kept). */
const DROP = new Set(['script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'link', 'meta', 'base', 'title', 'head', 'param', 'source', 'track', 'option', 'optgroup', 'datalist', 'xmp', 'plaintext', 'dialog'])
/** Table structure: a highlight inserted directly inside would be moved out by the parser. */
const TABLE = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup'])

/** Allowed attributes: hast property name → HTML attribute name, per element (`*` for all). */
const ATTRS: Record<string, Record<string, string>> = {
  '*': { title: 'title', lang: 'lang', dir: 'dir' },
  a: { href: 'href', hrefLang: 'hreflang' },
  img: { src: 'src', alt: 'alt', width: 'width', height: 'height' },
  td: { colSpan: 'colspan', rowSpan: 'rowspan', headers: 'headers' },
  th: { colSpan: 'colspan', rowSpan: 'rowspan', headers: 'headers', scope: 'scope', abbr: 'abbr' },
  ol: { start: 'start', reversed: 'reversed', type: 'type' },
  li: { value: 'value' },
  blockquote: { cite: 'cite' },
  q: { cite: 'cite' },
  del: { cite: 'cite', dateTime: 'datetime' },
  ins: { cite: 'cite', dateTime: 'datetime' },
  time: { dateTime: 'datetime' },
  details: { open: 'open' },
  col: { span: 'span' },
  colgroup: { span: 'span' },
}
const URL_ATTRS = new Set(['href', 'src', 'cite'])
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

/**
 * A URL the report may keep, or undefined. Relative URLs are resolved against the post's link
 * (so images and links of the site work from a file), fragments are re-targeted at the
 * prefixed ids of the rendered content.
 */
export function safeUrl(value: string, attr: string, tag: string, base: string | undefined, idPrefix: string): string | undefined {
  // Browsers ignore tabs and newlines anywhere in a URL and trim control characters and spaces.
  const url = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  if (!url) return undefined
  if (url.startsWith('#')) return attr === 'href' ? `#${idPrefix}${url.slice(1)}` : undefined
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase()
  if (scheme) {
    if (scheme === 'data') return tag === 'img' && attr === 'src' && /^data:image\/(?:png|gif|jpe?g|webp|avif)[;,]/i.test(url) ? url : undefined
    return SAFE_SCHEMES.has(scheme) ? url : undefined
  }
  // No scheme, but something a browser might still read as one (`java\0script:`, `\\host`).
  if (/[:\\]/.test(url.split(/[/?#]/)[0]!)) return undefined
  if (!base) return undefined
  try {
    const resolved = new URL(url, base)
    return SAFE_SCHEMES.has(resolved.protocol.slice(0, -1)) ? resolved.href : undefined
  } catch {
    return undefined
  }
}

interface Build {
  base: string | undefined
  idPrefix: string
  /** The content HTML (to map text back to its source). */
  html: string
}

function sanitizeChildren(nodes: readonly (RootContent | ElementContent)[], b: Build): Node[] {
  const out: Node[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      const t = textNode(node, b.html)
      if (t) out.push(t)
    } else if (node.type === 'element') {
      out.push(...sanitizeElement(node, b))
    }
    // Comments, doctypes and raw nodes are dropped.
  }
  return out
}

function sanitizeElement(el: Element, b: Build): Node[] {
  const tag = el.tagName.toLowerCase()
  const start = el.position?.start.offset ?? -1
  const end = el.position?.end.offset ?? -1
  if (DROP.has(tag)) return []
  if (PLACEHOLDER.has(tag)) {
    const label = `[${tag} not shown in this report]`
    const value: OutText = { type: 'text', value: label, starts: spread(label.length, start, end) }
    return [{ type: 'element', tagName: 'span', attrs: { class: 'ml-removed' }, children: [value], start, end, placeholder: true }]
  }
  const children = sanitizeChildren(el.children, b)
  if (!KEEP.has(tag)) return children
  const attrs: Record<string, string | true> = {}
  const allowed = { ...ATTRS['*'], ...ATTRS[tag] }
  for (const [prop, raw] of Object.entries(el.properties ?? {})) {
    const name = allowed[prop]
    if (!name || raw === null || raw === undefined || raw === false) continue
    let value: string | true = raw === true ? true : Array.isArray(raw) ? raw.join(' ') : String(raw)
    if (URL_ATTRS.has(name)) {
      if (value === true) continue
      const url = safeUrl(value, name, tag, b.base, b.idPrefix)
      if (url === undefined) continue
      value = url
    }
    attrs[name] = value
  }
  const id = el.properties?.['id']
  if (typeof id === 'string' && id) attrs['id'] = `${b.idPrefix}${id}`
  if (tag === 'a' && attrs['href']) attrs['rel'] = 'noopener noreferrer nofollow'
  if (tag === 'img') {
    attrs['loading'] = 'lazy'
    attrs['referrerpolicy'] = 'no-referrer'
  }
  const out: Out = { type: 'element', tagName: tag, attrs, children, start, end, opaque: VOID.has(tag) }
  if (start < 0) {
    // An element the parser implied (`<tbody>`): it covers what its children cover.
    const ranges = children.map(range).filter(([s]) => s >= 0)
    if (ranges.length) {
      out.start = Math.min(...ranges.map(([s]) => s))
      out.end = Math.max(...ranges.map(([, e]) => e))
    }
  }
  return [out]
}

function range(node: Node): [number, number] {
  return node.type === 'text' ? [node.starts[0]!, node.starts[node.value.length]!] : [node.start, node.end]
}

/** `count` offsets spread evenly over [start, end), plus `end`. */
function spread(count: number, start: number, end: number): number[] {
  const starts: number[] = []
  for (let i = 0; i < count; i++) starts.push(start + Math.floor((i * (end - start)) / Math.max(count, 1)))
  starts.push(end)
  return starts
}

const TOKEN = /&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)|\r\n?|[\s\S]/g

/**
 * A text node with the source offset of each of its characters: the source slice is read token
 * by token (character references and CRLF decode to fewer characters). When the decoded slice
 * does not give back the node's text (the parser changed it), offsets are spread evenly.
 */
function textNode(node: Text, html: string): OutText | undefined {
  if (!node.value) return undefined
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return { type: 'text', value: node.value, starts: spread(node.value.length, -1, -1) }
  const slice = html.slice(start, end)
  const starts: number[] = []
  let decoded = ''
  for (const match of slice.matchAll(TOKEN)) {
    const token = match[0]
    const at = start + match.index
    const value = token.startsWith('&') ? parseEntities(token) : token[0] === '\r' ? '\n' : token
    for (let k = 0; k < value.length; k++) starts.push(value.length === token.length ? at + k : at)
    decoded += value
  }
  starts.push(end)
  if (decoded !== node.value) return { type: 'text', value: node.value, starts: spread(node.value.length, start, end) }
  return { type: 'text', value: node.value, starts }
}

// ---------------------------------------------------------------------------------------------
// Highlighting

interface Finding {
  id: string
  message: LintMessage
  severity: SeverityLevel
}

function splitText(t: OutText, at: number): [OutText, OutText] {
  return [
    { type: 'text', value: t.value.slice(0, at), starts: t.starts.slice(0, at + 1) },
    { type: 'text', value: t.value.slice(at), starts: t.starts.slice(at) },
  ]
}

function markAttrs(f: Finding, first: boolean, kind: 'ml-hl' | 'ml-pin'): Record<string, string> {
  const attrs: Record<string, string> = { class: `${kind} ml-sev-${f.severity}`, 'data-f': f.id, title: `${LABEL[f.severity]}: ${f.message.message}` }
  if (first) attrs['id'] = f.id
  return attrs
}

/** Wraps the text inside [a, b) in `<mark>`s (white space between blocks is left alone). */
function wrapRange(children: Node[], a: number, b: number, f: Finding, state: { first: boolean }): void {
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!
    if (node.type === 'element') {
      if (node.opaque) continue
      if (node.end >= 0 && (node.end <= a || node.start >= b)) continue
      if (node.placeholder) {
        // A placeholder for removed content: highlight it as a whole.
        const mark: Out = { type: 'element', tagName: 'mark', attrs: markAttrs(f, state.first, 'ml-hl'), children: [node], start: node.start, end: node.end }
        state.first = false
        children[i] = mark
        continue
      }
      wrapRange(node.children, a, b, f, state)
      continue
    }
    const { starts } = node
    let i0 = 0
    while (i0 < node.value.length && !(starts[i0]! < b && starts[i0 + 1]! > a)) i0++
    if (i0 === node.value.length) continue
    let i1 = i0
    while (i1 < node.value.length && starts[i1]! < b && starts[i1 + 1]! > a) i1++
    if (!node.value.slice(i0, i1).trim()) continue
    const [before, rest] = splitText(node, i0)
    const [middle, after] = splitText(rest, i1 - i0)
    const mark: Out = { type: 'element', tagName: 'mark', attrs: markAttrs(f, state.first, 'ml-hl'), children: [middle], start: middle.starts[0]!, end: middle.starts[middle.value.length]! }
    state.first = false
    const replacement: Node[] = [...(before.value ? [before] : []), mark, ...(after.value ? [after] : [])]
    children.splice(i, 1, ...replacement)
    i += replacement.length - 1
  }
}

/**
 * Inserts a pin (a visible marker) at source offset `at`, as deep as the tree allows. Returns
 * false when `at` falls directly inside table structure, where the pin goes before the table part.
 */
function insertPin(children: Node[], at: number, f: Finding, inTable = false): boolean {
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!
    const [s, e] = range(node)
    if (s < 0) continue
    if (s >= at) {
      if (inTable) return false
      children.splice(i, 0, pin(f))
      return true
    }
    if (e <= at) continue
    if (node.type === 'text') {
      if (inTable) return false
      let k = 0
      while (k < node.value.length && node.starts[k]! < at) k++
      const [before, after] = splitText(node, k)
      children.splice(i, 1, before, pin(f), after)
      return true
    }
    if (!node.opaque && !node.placeholder && insertPin(node.children, at, f, TABLE.has(node.tagName))) return true
    if (inTable) return false
    children.splice(i, 0, pin(f))
    return true
  }
  if (inTable) return false
  children.push(pin(f))
  return true
}

function pin(f: Finding): Out {
  return { type: 'element', tagName: 'span', attrs: markAttrs(f, true, 'ml-pin'), children: [], start: -1, end: -1, opaque: true }
}

/** The content, sanitised, with the findings that point into it highlighted. */
function renderContent(html: string, findings: readonly Finding[], b: Omit<Build, 'html'>): string {
  const tree: Root = parseFragment(html)
  const children = sanitizeChildren(tree.children, { ...b, html })
  const ordered = [...findings].sort((x, y) => x.message.offset! - y.message.offset! || (y.message.endOffset ?? 0) - (x.message.endOffset ?? 0))
  for (const f of ordered) {
    const a = f.message.offset!
    const end = Math.max(a, f.message.endOffset ?? a)
    const state = { first: true }
    if (end > a) wrapRange(children, a, end, f, state)
    if (state.first) insertPin(children, a, f)
  }
  return serialize(children)
}

// ---------------------------------------------------------------------------------------------
// The page

const STYLE = `
:root { color-scheme: light; --err: #b42318; --warn: #a15c07; --info: #175cd3; --line: #e4e7ec; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
* { box-sizing: border-box; }
body { margin: 0; color: #1d2939; background: #f9fafb; line-height: 1.5; }
body > header, main, #overview { max-width: 1400px; margin: 0 auto; padding: 1rem 1.5rem; }
body > header h1 { margin: 0 0 .25rem; font-size: 1.5rem; }
.ml-counts { display: flex; gap: 1rem; flex-wrap: wrap; margin: .5rem 0; padding: 0; list-style: none; }
.ml-counts li { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .4rem .8rem; }
.ml-counts b { font-size: 1.2rem; margin-right: .3rem; }
table.ml-table { border-collapse: collapse; width: 100%; background: #fff; margin: .5rem 0 1.5rem; }
.ml-table th, .ml-table td { border: 1px solid var(--line); padding: .35rem .6rem; text-align: left; vertical-align: top; }
.ml-table td.n, .ml-table th.n { text-align: right; font-variant-numeric: tabular-nums; }
.ml-post { background: #fff; border: 1px solid var(--line); border-radius: 10px; margin: 1.5rem 0; scroll-margin-top: 1rem; }
.ml-post > header { padding: 1rem 1.25rem; border-bottom: 1px solid var(--line); }
.ml-post > header h2 { margin: 0; font-size: 1.3rem; scroll-margin-top: 1rem; }
.ml-meta { color: #475467; font-size: .9rem; margin: .25rem 0 0; overflow-wrap: anywhere; }
.ml-layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(300px, 420px); }
.ml-content { padding: 1rem 1.5rem; overflow-wrap: break-word; min-width: 0; }
.ml-content img { max-width: 100%; height: auto; }
.ml-content table { border-collapse: collapse; }
.ml-content td, .ml-content th { border: 1px solid var(--line); padding: .25rem .5rem; }
.ml-findings { border-left: 1px solid var(--line); padding: 1rem; position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; }
.ml-findings h3 { margin: 0 0 .5rem; font-size: 1rem; }
.ml-findings ol { list-style: none; margin: 0; padding: 0; }
.ml-item { border: 1px solid var(--line); border-left: 4px solid var(--info); border-radius: 6px; padding: .5rem .6rem; margin: 0 0 .5rem; font-size: .92rem; scroll-margin: 1rem; }
.ml-item.ml-sev-2 { border-left-color: var(--err); }
.ml-item.ml-sev-1 { border-left-color: var(--warn); }
.ml-item.ml-active { box-shadow: 0 0 0 3px #84adff; }
.ml-goto { color: inherit; text-decoration: none; display: block; }
.ml-goto:hover .ml-msg, .ml-goto:focus .ml-msg { text-decoration: underline; }
.ml-badge { display: inline-block; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; border-radius: 4px; padding: 0 .35rem; margin-right: .3rem; color: #fff; background: var(--info); }
.ml-sev-2 > .ml-goto .ml-badge, .ml-badge.ml-sev-2 { background: var(--err); }
.ml-sev-1 > .ml-goto .ml-badge, .ml-badge.ml-sev-1 { background: var(--warn); }
.ml-pos { color: #667085; font-variant-numeric: tabular-nums; margin-right: .3rem; }
.ml-rule { font-size: .85rem; }
.ml-item details { margin-top: .25rem; font-size: .88rem; color: #344054; }
.ml-item details p { margin: .25rem 0; }
.ml-sugg { margin: .25rem 0 0; font-size: .88rem; color: #344054; }
mark.ml-hl { background: #d1e0ff; color: inherit; border-bottom: 2px solid var(--info); padding: 0; scroll-margin: 40vh 0; }
mark.ml-hl.ml-sev-2 { background: #fee4e2; border-bottom-color: var(--err); }
mark.ml-hl.ml-sev-1 { background: #fef0c7; border-bottom-color: var(--warn); }
.ml-pin { display: inline-block; width: 1.1em; height: 1.1em; margin: 0 .1em; border-radius: 50%; background: var(--info); vertical-align: middle; scroll-margin: 40vh 0; }
.ml-pin.ml-sev-2 { background: var(--err); }
.ml-pin.ml-sev-1 { background: var(--warn); }
.ml-hl:target, .ml-pin:target, .ml-hl.ml-active, .ml-pin.ml-active { outline: 3px solid #2e90fa; outline-offset: 2px; }
.ml-removed { display: inline-block; color: #667085; font-style: italic; background: #f2f4f7; padding: 0 .3rem; border-radius: 4px; }
.ml-none { color: #067647; font-weight: 600; }
.ml-suppressed { margin-top: 1rem; font-size: .9rem; color: #475467; }
.ml-filter { font-size: .9rem; }
body:has(#ml-hide-info:checked) .ml-item.ml-sev-0 { display: none; }
body > footer { max-width: 1400px; margin: 0 auto; padding: 1rem 1.5rem 2rem; color: #667085; font-size: .85rem; }
@media (max-width: 900px) { .ml-layout { grid-template-columns: 1fr; } .ml-findings { position: static; max-height: none; border-left: 0; border-top: 1px solid var(--line); } }
`

/**
 * The report's only script: clicking a finding marks it and its highlight as active; clicking a
 * highlight brings its finding into view. (Links work without it: a finding links to its highlight.)
 */
const SCRIPT = `
document.addEventListener('click', function (event) {
  var target = event.target instanceof Element ? event.target.closest('.ml-goto, .ml-hl, .ml-pin') : null;
  if (!target) return;
  var id = target.getAttribute('data-f');
  if (!id) return;
  document.querySelectorAll('.ml-active').forEach(function (n) { n.classList.remove('ml-active'); });
  document.querySelectorAll('[data-f="' + id + '"]').forEach(function (n) { n.classList.add('ml-active'); });
  var item = document.getElementById('i' + id.slice(1));
  if (item) {
    item.classList.add('ml-active');
    if (!target.classList.contains('ml-goto')) item.scrollIntoView({ block: 'nearest' });
  }
});
`

interface PostView {
  result: LintResult
  index: number
  anchor: string
  label: string
}

function postLabel(r: LintResult): string {
  return r.title || r.source?.title || (r.postId !== undefined ? `Post ${r.postId}` : 'Untitled post')
}


export const html: Formatter = (results, context) => {
  const rules = new Map<string, AnyRule>(context.rules.map((r) => [r.id, r]))
  const rel = (p: string) => relativePath(p, context.cwd)
  const { errors, warnings, infos } = totals(results)
  const many = results.length > 1
  const views: PostView[] = results.map((result, index) => ({ result, index, anchor: `post-${index}`, label: postLabel(result) }))
  // With many posts, only those with findings are rendered; the overview lists the others.
  const rendered = many ? views.filter((v) => v.result.messages.length || v.result.suppressedMessages?.length) : views

  const body: string[] = []
  body.push('<header>')
  body.push(`<h1>medlint report${!many && results[0] ? `: ${escapeHtml(views[0]!.label)}` : ''}</h1>`)
  body.push('<ul class="ml-counts">')
  if (many) body.push(`<li><b>${results.length}</b>posts</li>`)
  body.push(`<li><b>${errors}</b>${errors === 1 ? 'error' : 'errors'}</li>`, `<li><b>${warnings}</b>${warnings === 1 ? 'warning' : 'warnings'}</li>`, `<li><b>${infos}</b>info</li>`)
  body.push('</ul>')
  if (context.maxWarningsExceeded) {
    const { maxWarnings, foundWarnings } = context.maxWarningsExceeded
    body.push(`<p><strong>Too many warnings:</strong> ${foundWarnings} found, the maximum is ${maxWarnings}.</p>`)
  }
  if (infos) body.push('<label class="ml-filter"><input type="checkbox" id="ml-hide-info"> Hide info findings</label>')
  body.push('</header>')
  if (many) body.push(overview(views, new Set(rendered), rules, rel))
  body.push('<main>')
  if (!results.length) body.push('<p>No posts were linted.</p>')
  for (const view of rendered) body.push(postSection(view, rules, rel))
  body.push('</main>')
  body.push(`<footer>Generated by <a href="${escapeHtml(HOME_URL)}" rel="noopener noreferrer">medlint</a> ${escapeHtml(context.version)}.</footer>`)

  const csp = [
    "default-src 'none'",
    `style-src 'sha256-${sha256Base64(STYLE)}'`,
    `script-src 'sha256-${sha256Base64(SCRIPT)}'`,
    'img-src https: data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  const title = many ? `medlint report: ${results.length} posts` : `medlint report${results[0] ? `: ${views[0]!.label}` : ''}`
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function overview(views: readonly PostView[], rendered: ReadonlySet<PostView>, rules: ReadonlyMap<string, AnyRule>, rel: (p: string) => string): string {
  const out: string[] = ['<section id="overview">', '<h2>Site overview</h2>']
  const withFindings = views.filter((v) => v.result.messages.length).length
  out.push(`<p>${plural(views.length, 'post')} linted, ${withFindings} with findings.</p>`)
  const byRule = new Map<string, { posts: Set<number>; counts: [number, number, number] }>()
  for (const v of views) {
    for (const m of v.result.messages) {
      const id = m.ruleId ?? ''
      let row = byRule.get(id)
      if (!row) byRule.set(id, (row = { posts: new Set(), counts: [0, 0, 0] }))
      row.posts.add(v.index)
      row.counts[m.severity]++
    }
  }
  if (byRule.size) {
    out.push('<h3>Findings by rule</h3>', '<table class="ml-table"><thead><tr><th>Rule</th><th>What it checks</th><th class="n">Posts</th><th class="n">Errors</th><th class="n">Warnings</th><th class="n">Info</th></tr></thead><tbody>')
    const sorted = [...byRule].sort((a, b) => b[1].posts.size - a[1].posts.size || a[0].localeCompare(b[0]))
    for (const [id, row] of sorted) {
      const rule = rules.get(id)
      const name = id ? `<a href="${escapeHtml(ruleDocsUrl(id))}" target="_blank" rel="noopener noreferrer">${escapeHtml(id)}</a>` : 'input notes'
      out.push(`<tr><td>${name}</td><td>${escapeHtml(rule?.description ?? '')}</td><td class="n">${row.posts.size}</td><td class="n">${row.counts[2]}</td><td class="n">${row.counts[1]}</td><td class="n">${row.counts[0]}</td></tr>`)
    }
    out.push('</tbody></table>')
  }
  out.push('<h3>Posts</h3>', '<table class="ml-table"><thead><tr><th>Post</th><th>File</th><th class="n">Errors</th><th class="n">Warnings</th><th class="n">Info</th></tr></thead><tbody>')
  const sorted = [...views].sort((a, b) => b.result.errorCount - a.result.errorCount || b.result.warningCount - a.result.warningCount || b.result.infoCount - a.result.infoCount || a.index - b.index)
  for (const v of sorted) {
    const r = v.result
    const label = rendered.has(v) ? `<a href="#${v.anchor}">${escapeHtml(v.label)}</a>` : `${escapeHtml(v.label)} <span class="ml-none">✓</span>`
    out.push(`<tr><td>${label}</td><td>${escapeHtml(where(r, rel))}</td><td class="n">${r.errorCount}</td><td class="n">${r.warningCount}</td><td class="n">${r.infoCount}</td></tr>`)
  }
  out.push('</tbody></table>', '</section>')
  return out.join('\n')
}

function where(r: LintResult, rel: (p: string) => string): string {
  const id = r.postId !== undefined ? ` (post ${r.postId})` : r.collection ? ` (item ${r.index})` : ''
  return `${rel(r.filePath)}${id}`
}

function postSection(view: PostView, rules: ReadonlyMap<string, AnyRule>, rel: (p: string) => string): string {
  const { result, index, anchor } = view
  const findings: Finding[] = result.messages.map((message, j) => ({ id: `f-${index}-${j}`, message, severity: message.severity }))
  const inContent = result.source
    ? findings.filter((f) => f.message.field === 'content' && f.message.offset !== undefined && f.message.offset <= result.source!.contentHtml.length)
    : []
  const highlighted = new Set(inContent)
  const titleFindings = findings.filter((f) => f.message.field === 'title')

  const out: string[] = [`<article class="ml-post" id="${anchor}">`, '<header>']
  out.push(`<h2 id="t-${index}">${escapeHtml(view.label)}</h2>`)
  const meta = [escapeHtml(where(result, rel))]
  const link = result.source?.link && /^https?:\/\//i.test(result.source.link) ? result.source.link : undefined
  if (link) meta.push(`<a href="${escapeHtml(link)}" target="_blank" rel="noopener noreferrer nofollow">${escapeHtml(link)}</a>`)
  const counts = [
    result.errorCount ? plural(result.errorCount, 'error') : '',
    result.warningCount ? plural(result.warningCount, 'warning') : '',
    result.infoCount ? `${result.infoCount} info` : '',
  ].filter(Boolean)
  meta.push(counts.length ? counts.join(', ') : '<span class="ml-none">No problems found</span>')
  out.push(`<p class="ml-meta">${meta.join(' · ')}</p>`, '</header>')

  out.push('<div class="ml-layout">')
  let content: string
  if (result.source) {
    try {
      content = renderContent(result.source.contentHtml, inContent, { base: link, idPrefix: `c${index}-` })
    } catch {
      content = '<p class="ml-removed">The content could not be rendered.</p>'
      highlighted.clear()
    }
  } else {
    content = '<p class="ml-removed">The post’s content is not part of these results.</p>'
  }
  out.push(`<div class="ml-content">${content}</div>`)

  out.push('<aside class="ml-findings">', `<h3>Findings (${findings.length})</h3>`)
  if (findings.length) {
    out.push('<ol>')
    for (const f of findings) {
      const target = highlighted.has(f) ? f.id : titleFindings.includes(f) ? `t-${index}` : anchor
      out.push(item(f, target, rules))
    }
    out.push('</ol>')
  } else {
    out.push('<p class="ml-none">No problems found.</p>')
  }
  const suppressed: readonly SuppressedMessage[] = result.suppressedMessages ?? []
  if (suppressed.length) {
    out.push(`<details class="ml-suppressed"><summary>${plural(suppressed.length, 'suppressed finding')}</summary><ul>`)
    for (const m of suppressed) {
      const why = m.suppressions.map((s) => s.justification).filter(Boolean).join('; ')
      out.push(`<li>${m.line}:${m.column} ${escapeHtml(m.message)}${m.ruleId ? ` (${escapeHtml(m.ruleId)})` : ''}${why ? ` — ${escapeHtml(why)}` : ''}</li>`)
    }
    out.push('</ul></details>')
  }
  out.push('</aside>', '</div>', '</article>')
  return out.join('\n')
}

function item(f: Finding, target: string, rules: ReadonlyMap<string, AnyRule>): string {
  const m = f.message
  const rule = m.ruleId ? rules.get(m.ruleId) : undefined
  const label = m.fatal ? 'crash' : LABEL[f.severity]
  const parts = [
    `<li class="ml-item ml-sev-${f.severity}" id="i${f.id.slice(1)}">`,
    `<a class="ml-goto" href="#${target}" data-f="${f.id}"><span class="ml-pos">${m.line}:${m.column}</span><span class="ml-badge">${label}</span><span class="ml-msg">${escapeHtml(m.message)}</span></a>`,
  ]
  if (m.ruleId) parts.push(`<a class="ml-rule" href="${escapeHtml(ruleDocsUrl(m.ruleId))}" target="_blank" rel="noopener noreferrer">${escapeHtml(m.ruleId)}</a>`)
  if (m.field !== 'content') parts.push(`<span class="ml-pos"> · ${escapeHtml(m.field)}</span>`)
  for (const s of m.suggestions ?? []) parts.push(`<p class="ml-sugg">Suggestion: ${escapeHtml(s.desc)}</p>`)
  if (rule?.docs) {
    parts.push(`<details><summary>Why this matters</summary><p>${escapeHtml(rule.docs.what)}</p><p>${escapeHtml(rule.docs.why)}</p></details>`)
  }
  parts.push('</li>')
  return parts.join('')
}
