import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { visit } from 'unist-util-visit'
import type { Element } from 'hast'
import { html, safeUrl } from '../src/formatters/html.js'
import { formatters } from '../src/formatters/registry.js'
import { parseDocument } from '../src/html.js'
import { context, handResults, hostileResults, seedResults, smallResults } from './formatters-fixtures.js'
import type { LintMessage, LintResult } from '../src/types.js'

const OWN_TAGS = new Set(['html', 'head', 'body', 'meta', 'title', 'style', 'script', 'header', 'main', 'footer', 'section', 'article', 'aside', 'div', 'h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'a', 'span', 'mark', 'b', 'strong', 'details', 'summary', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'label', 'input', 'em', 'h4', 'hr', 'img', 'br'])

function elements(doc: string): Element[] {
  const out: Element[] = []
  visit(parseDocument(doc), 'element', (el: Element) => void out.push(el))
  return out
}

function contentOf(doc: string, post = 0): string {
  const start = doc.indexOf(`<article class="ml-post" id="post-${post}">`)
  const from = doc.indexOf('<div class="ml-content">', start)
  return doc.slice(from, doc.indexOf('<aside class="ml-findings">', from))
}

function result(contentHtml: string, messages: Partial<LintMessage>[], extra: Partial<LintResult> = {}): LintResult {
  const full = messages.map((m) => ({ ruleId: 'heading-hierarchy', severity: 1 as const, message: 'Finding', line: 1, column: 1, field: 'content' as const, ...m }))
  return {
    filePath: '/srv/site/posts/hand.json',
    index: 0,
    title: 'Hand-made',
    source: { contentHtml, title: 'Hand-made', link: 'https://health.example.org/hand/' },
    messages: full,
    errorCount: 0,
    warningCount: full.length,
    infoCount: 0,
    fatalErrorCount: 0,
    ...extra,
  }
}

const at = (html: string, needle: string) => ({ offset: html.indexOf(needle), endOffset: html.indexOf(needle) + needle.length })

describe('html format: safety', () => {
  it('keeps no script, handler, frame, embed, form, style or unsafe URL from a hostile post', async () => {
    const doc = html(await hostileResults(), context())
    const els = elements(doc)
    expect(els.filter((e) => e.tagName === 'script')).toHaveLength(1)
    expect(els.filter((e) => e.tagName === 'style')).toHaveLength(1)
    for (const el of els) {
      expect(OWN_TAGS.has(el.tagName), el.tagName).toBe(true)
      for (const [name, value] of Object.entries(el.properties)) {
        expect(name.toLowerCase().startsWith('on'), `${el.tagName} ${name}`).toBe(false)
        expect(['style', 'srcDoc', 'formAction', 'action', 'xLinkHref', 'srcSet']).not.toContain(name)
        if (el.tagName !== 'meta') expect(name).not.toBe('name')
        if (name === 'href' || name === 'src') expect(String(value)).toMatch(/^(?:https:\/\/|#|mailto:)/)
      }
    }
    const content = contentOf(doc)
    expect(content).not.toMatch(/javascript|onerror|onclick|srcdoc|tracker\.example|__pwned\s*=\s*"script"/i)
    expect(content).toContain('[iframe not shown in this report]')
    expect(content).toContain('[svg not shown in this report]')
    // The title is text, not markup.
    expect(doc).toContain('<h1>medlint report: Hostile &lt;/title&gt;&lt;script&gt;')
  })

  it('prefixes the content’s ids so it cannot clobber the report’s', async () => {
    const doc = html(await hostileResults(), context())
    expect(doc.match(/id="overview"/g)).toBeNull()
    expect(doc).toContain('id="c0-overview"')
    expect(doc).toContain('id="c0-f-0-0"')
    expect(doc).toContain('href="#c0-top"')
    expect(doc.match(/id="f-0-0"/g)).toHaveLength(1)
  })

  it('sets a Content-Security-Policy that allows only the report’s own style and script, by hash', async () => {
    const doc = html(await smallResults(), context())
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(doc)![1]!.replace(/&#39;/g, "'")
    const style = /<style>([\s\S]*?)<\/style>/.exec(doc)![1]!
    const script = /<script>([\s\S]*?)<\/script>/.exec(doc)![1]!
    const hash = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64')
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain(`script-src 'sha256-${hash(script)}'`)
    expect(csp).toContain(`style-src 'sha256-${hash(style)}'`)
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("base-uri 'none'")
  })

  it('accepts only safe URLs', () => {
    const base = 'https://health.example.org/post/'
    expect(safeUrl('https://nih.gov/x', 'href', 'a', base, 'c0-')).toBe('https://nih.gov/x')
    expect(safeUrl('/about/', 'href', 'a', base, 'c0-')).toBe('https://health.example.org/about/')
    expect(safeUrl('#refs', 'href', 'a', base, 'c0-')).toBe('#c0-refs')
    expect(safeUrl('mailto:editor@example.org', 'href', 'a', base, 'c0-')).toBe('mailto:editor@example.org')
    expect(safeUrl('data:image/png;base64,AAAA', 'src', 'img', base, 'c0-')).toBe('data:image/png;base64,AAAA')
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'java\u0000script:alert(1)', 'vbscript:x', 'data:text/html,<b>', 'data:image/svg+xml,<svg onload=alert(1)>', '\\\\evil/x', 'file:///etc/passwd']) {
      expect(safeUrl(bad, bad.startsWith('data:image') ? 'src' : 'href', bad.startsWith('data:image') ? 'img' : 'a', base, 'c0-'), bad).toBeUndefined()
    }
    expect(safeUrl('/about/', 'href', 'a', undefined, 'c0-')).toBeUndefined()
  })
})

describe('html format: findings in place', () => {
  it('highlights a finding in the rendered content and links the list entry to it', async () => {
    const doc = html(await smallResults(), context())
    expect(contentOf(doc)).toContain('<h4><mark class="ml-hl ml-sev-2" data-f="f-0-0" title="error: Unexpected &lt;h4&gt; after &lt;h2&gt;, expected &lt;h3&gt;: heading levels must not be skipped" id="f-0-0">Salt</mark></h4>')
    expect(doc).toContain('<a class="ml-goto" href="#f-0-0" data-f="f-0-0">')
    expect(doc).toContain('Unexpected &lt;h4&gt; after &lt;h2&gt;, expected &lt;h3&gt;: heading levels must not be skipped')
    expect(doc).toContain('href="https://github.com/medlint/medlint/blob/main/docs/rules/heading-hierarchy.md"')
    expect(doc).toContain('Why this matters')
  })

  it('maps offsets through character references, and across elements', () => {
    const source = '<p>Tom &amp; Jerry&#8217;s <em>big</em> day</p>\n<p>Second &lt;para&gt; here</p>'
    const r = result(source, [
      { message: 'Name', ...at(source, 'Jerry&#8217;s') },
      { message: 'Across', offset: source.indexOf('big'), endOffset: source.indexOf('&lt;para') },
    ])
    const content = contentOf(html([r], context()))
    expect(content).toMatch(/<mark [^>]*data-f="f-0-0"[^>]*>Jerry’s<\/mark>/)
    expect(content).toMatch(/<em><mark [^>]*data-f="f-0-1"[^>]*id="f-0-1">big<\/mark><\/em><mark [^>]*data-f="f-0-1"[^>]*> day<\/mark><\/p>/)
    expect(content).toMatch(/<p><mark [^>]*data-f="f-0-1"[^>]*>Second <\/mark>&lt;para&gt; here<\/p>/)
    expect(content.match(/id="f-0-1"/g)).toHaveLength(1)
  })

  it('pins zero-width findings and findings without text, outside table structure', () => {
    const source = '<table><tr><td>a</td></tr>\n<tr><td>b</td></tr></table><p>Text.</p><img src="/a.png">'
    const r = result(source, [
      { message: 'At end', offset: source.length, endOffset: source.length },
      { message: 'Between rows', offset: source.indexOf('\n<tr>') + 1, endOffset: source.indexOf('\n<tr>') + 1 },
      { message: 'Image', ...at(source, '<img src="/a.png">') },
    ])
    const content = contentOf(html([r], context()))
    expect(content).toMatch(/<span class="ml-pin ml-sev-1" data-f="f-0-1"[^>]*><\/span><table>/)
    expect(content).toMatch(/<span class="ml-pin ml-sev-1" data-f="f-0-2"[^>]*><\/span><img src="https:\/\/health\.example\.org\/a\.png"/)
    expect(content).toMatch(/<span class="ml-pin ml-sev-1" data-f="f-0-0"[^>]*><\/span><\/div>\s*$/)
  })

  it('links title findings to the title and field findings to the post', () => {
    const r = result('<p>x</p>', [
      { message: 'Title', field: 'title', offset: 0, endOffset: 3 },
      { message: 'Tags', field: 'tags' },
    ])
    const doc = html([r], context())
    expect(doc).toContain('<h2 id="t-0">Hand-made</h2>')
    expect(doc).toContain('href="#t-0" data-f="f-0-0"')
    expect(doc).toContain('href="#post-0" data-f="f-0-1"')
  })

  it('renders the real seed post with every content finding highlighted or pinned', async () => {
    const results = await seedResults()
    const doc = html(results, context())
    const inContent = results[0]!.messages.filter((m) => m.field === 'content' && m.offset !== undefined)
    expect(inContent.length).toBeGreaterThan(5)
    for (let j = 0; j < results[0]!.messages.length; j++) {
      if (inContent.includes(results[0]!.messages[j]!)) expect(doc.match(new RegExp(`id="f-0-${j}"`, 'g')), `f-0-${j}`).toHaveLength(1)
    }
    expect(doc).toContain('Back pain that spreads or radiates down into the legs')
  })
})

describe('html format: overview', () => {
  it('adds a site overview for many posts, renders only posts with findings, and links them', async () => {
    const results = [...(await smallResults()), ...handResults()]
    const doc = html(results, context())
    expect(doc).toContain('<h2>Site overview</h2>')
    expect(doc).toContain('<a href="#post-0">Managing high blood pressure</a>')
    expect(doc).toContain('Clean post <span class="ml-none">✓</span>')
    expect(doc).not.toContain('id="post-2"')
    expect(doc).toContain('id="post-1"')
    expect(doc).toMatch(/<td><a href="https:\/\/github\.com\/medlint\/medlint\/blob\/main\/docs\/rules\/heading-hierarchy\.md"[^>]*>heading-hierarchy<\/a><\/td><td>[^<]+<\/td><td class="n">2<\/td><td class="n">2<\/td>/)
    // Hand-built results carry no source: the findings are still listed.
    expect(contentOf(doc, 1)).toContain('not part of these results')
    expect(doc).toContain('Too many tags | keep *few* [tags]')
  })

  it('has no overview for one post, and says so when it is clean', () => {
    const doc = html([result('<p>Fine.</p>', [])], context())
    expect(doc).not.toContain('Site overview')
    expect(doc).toContain('No problems found')
    expect(html([], context())).toContain('No posts were linted.')
  })

  it('is registered as a lazily loaded format', async () => {
    expect(await formatters['html']!()).toBe(html)
  })
})
