import { describe, expect, it } from 'vitest'
import { SaxesParser } from 'saxes'
import { junit, xmlEscape } from '../src/formatters/junit.js'
import { formatters } from '../src/formatters/registry.js'
import { context, crashResult, handResults, seedResults, smallResults } from './formatters-fixtures.js'

interface El { name: string; attrs: Record<string, string>; children: El[]; text: string }

/** Parses the XML strictly (throws on anything malformed) into a small tree. */
function parseXml(xml: string): El {
  const parser = new SaxesParser()
  const root: El = { name: '#root', attrs: {}, children: [], text: '' }
  const stack = [root]
  parser.on('opentag', (t) => {
    const el: El = { name: t.name, attrs: t.attributes as Record<string, string>, children: [], text: '' }
    stack.at(-1)!.children.push(el)
    stack.push(el)
  })
  parser.on('closetag', () => void stack.pop())
  parser.on('text', (t) => void (stack.at(-1)!.text += t))
  parser.on('error', (e) => {
    throw e
  })
  parser.write(xml).close()
  return root.children[0]!
}

describe('junit format', () => {
  it('writes one testsuite per post and one testcase per rule, with failures listing the messages', async () => {
    const suites = parseXml(junit(await seedResults(), context()))
    expect(suites.name).toBe('testsuites')
    expect(suites.children).toHaveLength(1)
    const [suite] = suites.children
    expect(suite!.attrs['name']).toMatch(/wp-post-424\.json \(post 424\)$/)
    const results = await seedResults()
    const ruleIds = [...new Set(results[0]!.messages.map((m) => m.ruleId))]
    expect(suite!.children.map((c) => c.attrs['name'])).toEqual(ruleIds)
    const tags = suite!.children.find((c) => c.attrs['name'] === 'tag-near-duplicate')!
    const failure = tags.children.find((c) => c.name === 'failure')!
    expect(failure.attrs['message']).toBe('2 problems')
    expect(failure.text.split('\n')).toHaveLength(2)
    const failing = suite!.children.filter((c) => c.children.some((x) => x.name === 'failure')).length
    expect(suite!.attrs['failures']).toBe(String(failing))
    expect(suites.attrs['tests']).toBe(String(ruleIds.length))
  })

  it('escapes XML and keeps non-ASCII; a clean post has one passing test case; info is not a failure', () => {
    const xml = junit(handResults(), context())
    const suites = parseXml(xml)
    const [first, clean] = suites.children
    expect(first!.attrs['name']).toBe('content/2024, spring: drafts/naïve été.json (post 77)')
    const hierarchy = first!.children.find((c) => c.attrs['name'] === 'heading-hierarchy')!
    expect(hierarchy.children[0]!.name).toBe('failure')
    expect(hierarchy.children[0]!.attrs['type']).toBe('error')
    expect(hierarchy.children[0]!.text).toContain('see <h2> then <h4>: fix it')
    const slug = first!.children.find((c) => c.attrs['name'] === 'slug-quality')!
    expect(slug.children.map((c) => c.name)).toEqual(['system-out'])
    expect(slug.children[0]!.text).toContain('Slug „Über“ has “quotes” & ümlauts')
    expect(first!.attrs['failures']).toBe('2')
    expect(clean!.children).toEqual([expect.objectContaining({ name: 'testcase', children: [] })])
    expect(clean!.attrs['failures']).toBe('0')
    expect(suites.attrs['failures']).toBe('2')
  })

  it('reports a crash as an error element', () => {
    const suite = parseXml(junit([crashResult()], context())).children[0]!
    expect(suite.attrs['errors']).toBe('1')
    expect(suite.children[0]!.children[0]).toMatchObject({ name: 'error', attrs: { type: 'crash' } })
  })

  it('names posts from one file apart', async () => {
    const [a] = await smallResults()
    const suites = parseXml(junit([{ ...a!, collection: true, index: 0 }, { ...a!, collection: true, index: 1, postId: 1002 }], context()))
    expect(suites.children.map((s) => s.attrs['name'])).toEqual(['posts/small.json › post 1001', 'posts/small.json › post 1002'])
  })

  it('drops characters XML cannot hold', () => {
    expect(xmlEscape('a\u0001b\uD800c & <d> "e" \'f\' 😀')).toBe('abc &amp; &lt;d&gt; &quot;e&quot; &apos;f&apos; 😀')
    expect(() => parseXml(junit([{ ...handResults()[0]!, title: 'x', messages: [{ ...handResults()[0]!.messages[0]!, message: 'bad \u0000\u001b[31m char' }] }], context()))).not.toThrow()
    expect(parseXml(junit([], context()))).toMatchObject({ name: 'testsuites', attrs: { tests: '0' }, children: [] })
  })

  it('is registered as a lazily loaded format', async () => {
    expect(await formatters['junit']!()).toBe(junit)
  })
})
