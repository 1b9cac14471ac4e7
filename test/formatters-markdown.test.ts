import { describe, expect, it } from 'vitest'
import { markdown, mdText, MAX_MARKDOWN_CHARS } from '../src/formatters/markdown.js'
import { formatters } from '../src/formatters/registry.js'
import { ruleDocsUrl } from '../src/formatters/urls.js'
import { context, handResults, seedResults, smallResults } from './formatters-fixtures.js'
import type { LintResult } from '../src/types.js'

/** The cells of a Markdown table row (split on unescaped pipes). */
function cells(row: string): string[] {
  return row.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim())
}

describe('markdown format', () => {
  it('starts with the counts table, then a findings table per post with rule links', async () => {
    const results = await seedResults()
    const [seed] = results
    const out = markdown(results, context())
    const lines = out.split('\n')
    expect(lines[0]).toBe('## medlint report')
    expect(out).toContain(`| Total | ${seed!.errorCount} | ${seed!.warningCount} | ${seed!.infoCount} |`)
    expect(out).toContain('### “Back Pain Radiating to Legs: Causes, Symptoms, and Treatment”')
    const header = lines.indexOf('| Line | Severity | Finding | Rule |')
    expect(header).toBeGreaterThan(0)
    const rows = lines.slice(header + 2).filter((l) => l.startsWith('|'))
    expect(rows).toHaveLength(seed!.messages.length)
    expect(seed!.messages.length).toBeGreaterThan(5)
    for (const row of rows) expect(cells(row)).toHaveLength(4)
    expect(out).toContain(`[category-content-mismatch](${ruleDocsUrl('category-content-mismatch')})`)
    expect(out).not.toContain('### Posts')
  })

  it('keeps tables intact with pipes, line breaks, tags and non-ASCII in messages and titles', () => {
    const out = markdown(handResults(), context())
    const rows = out.split('\n').filter((l) => /^\| \d+:\d+ \|/.test(l))
    expect(rows).toHaveLength(3)
    for (const row of rows) expect(cells(row)).toHaveLength(4)
    expect(rows[0]).toContain('Heading skips a level: 100% sure,<br>see `<h2>` then `<h4>`: fix it')
    expect(rows[1]).toContain('Too many tags \\| keep \\*few\\* \\[tags\\]')
    expect(rows[2]).toContain('Slug „Über“ has “quotes” & ümlauts')
    expect(out).toContain('### “Herz – “Zürich” `<b>`&”')
    expect(out).toContain('`content/2024, spring: drafts/naïve été.json` (post 77)')
  })

  it('adds a site overview (posts and rules) when several posts were linted', async () => {
    const out = markdown([...handResults(), ...(await smallResults())], context())
    expect(out).toContain('### Posts')
    expect(out).toContain('### Rules')
    const ruleRow = out.split('\n').find((l) => l.startsWith('| [heading-hierarchy]'))!
    expect(cells(ruleRow)).toEqual([`[heading-hierarchy](${ruleDocsUrl('heading-hierarchy')})`, '2', '2', '0', '0'])
    expect(out).toContain('| “Clean post” | `posts/clean.json` (post 78) | 0 | 0 | 0 |')
    // Clean posts get no findings section.
    expect(out).not.toContain('### “Clean post”')
  })

  it('says so when there is nothing to report', () => {
    expect(markdown(handResults().slice(1), context())).toContain('✅ No problems found in 1 post.')
    expect(markdown([], context())).toContain('No posts were linted.')
  })

  it('stays under the size of a GitHub comment, saying how many posts were left out', () => {
    const [base] = handResults()
    const many: LintResult[] = Array.from({ length: 400 }, (_, i) => ({ ...base!, postId: i, title: `Post number ${i} with a long enough title to take room` }))
    const out = markdown(many, context())
    expect(out.length).toBeLessThanOrEqual(MAX_MARKDOWN_CHARS)
    expect(out).toMatch(/_\d+ more posts with findings not shown here/)
  })

  it('escapes Markdown without mangling plain words', () => {
    expect(mdText('plain words, don’t change')).toBe('plain words, don’t change')
    expect(mdText('a [link](javascript:x) and <img src=x onerror=y>')).toBe('a \\[link\\](javascript:x) and `<img src=x onerror=y>`')
    expect(mdText('1 < 2 > 0')).toBe('1 &lt; 2 &gt; 0')
  })

  it('is registered as a lazily loaded format', async () => {
    expect(await formatters['markdown']!()).toBe(markdown)
  })
})
