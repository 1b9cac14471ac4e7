import { describe, expect, it } from 'vitest'
import { github, escapeData, escapeProperty } from '../src/formatters/github.js'
import { formatters } from '../src/formatters/registry.js'
import { context, crashResult, handResults, smallResults } from './formatters-fixtures.js'

/** Reads a workflow command back as the runner does: properties split on `,` and `=`, then unescaped. */
function parse(line: string): { command: string; props: Record<string, string>; message: string } {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line)
  expect(match, line).not.toBeNull()
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
  const props = Object.fromEntries(match![2]!.split(',').map((p) => {
    const [k, v] = p.split('=')
    return [k!, unescape(v!)]
  }))
  return { command: match![1]!, props, message: unescape(match![3]!) }
}

describe('github format', () => {
  it('writes one annotation per finding with file, lines, columns and a rule title', async () => {
    const out = github(await smallResults(), context())
    expect(out).toBe('::error file=posts/small.json,line=3,endLine=3,col=1,endColumn=14,title=medlint (heading-hierarchy)::Unexpected <h4> after <h2>, expected <h3>: heading levels must not be skipped\n')
  })

  it('escapes %, CR and LF in messages and also : and , in properties', () => {
    const lines = github(handResults(), context()).trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    const [multi, noEnd, info] = lines.map(parse)
    expect(lines[0]).toContain('file=content/2024%2C spring%3A drafts/naïve été.json,')
    expect(lines[0]).toContain('::Heading skips a level: 100%25 sure,%0D%0Asee <h2> then <h4>: fix it')
    expect(multi!.props['file']).toBe('content/2024, spring: drafts/naïve été.json')
    expect(multi!.message).toBe(handResults()[0]!.messages[0]!.message)
    expect(multi!.command).toBe('error')
    expect(noEnd!.command).toBe('warning')
    expect(info!.command).toBe('notice')
    expect(info!.message).toBe('Slug „Über“ has “quotes” & ümlauts')
  })

  it('gives col and endColumn only when the finding starts and ends on one line', () => {
    const [multi, noEnd, info] = github(handResults(), context()).trimEnd().split('\n').map(parse)
    expect(multi!.props).toEqual({ file: expect.any(String), line: '3', endLine: '4', title: 'medlint (heading-hierarchy)' })
    expect(noEnd!.props).toEqual({ file: expect.any(String), line: '9', col: '7', title: 'medlint (tag-count)' })
    expect(info!.props).toEqual({ file: expect.any(String), line: '2', endLine: '2', col: '3', endColumn: '9', title: 'medlint (slug-quality)' })
  })

  it('marks a rule crash as an error and prints nothing for clean results', () => {
    expect(parse(github([crashResult()], context()).trimEnd())).toMatchObject({ command: 'error', props: { title: 'medlint crash (heading-hierarchy)' } })
    expect(github(handResults().slice(1), context())).toBe('')
    expect(github([], context())).toBe('')
  })

  it('escapes like the Actions toolkit', () => {
    expect(escapeData('50% a\r\nb:c,d')).toBe('50%25 a%0D%0Ab:c,d')
    expect(escapeProperty('50% a\r\nb:c,d')).toBe('50%25 a%0D%0Ab%3Ac%2Cd')
  })

  it('is registered as a lazily loaded format', async () => {
    expect(await formatters['github']!()).toBe(github)
  })
})
