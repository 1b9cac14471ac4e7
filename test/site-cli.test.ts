import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { root } from './helpers.js'

// The built CLI on the crafted site in fixtures/site (28 posts in 5 files): site-wide findings in
// the results and the site summary in the metadata. Build first (npm test does).
const bin = join(root, 'bin/medlint.js')

function medlint(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

interface JsonOutput {
  results: { filePath: string; postId?: number; messages: { ruleId: string | null; message: string; field: string; line: number }[] }[]
  metadata: { site?: { posts: number; files: number; rules: { ruleId: string; posts: number; warnings: number; infos: number }[]; worst: { postId?: number }[] } }
}

const run = (...extra: string[]): JsonOutput => {
  const r = medlint(['fixtures/site', '-f', 'json-with-metadata', ...extra])
  expect(r.stderr).toBe('')
  return JSON.parse(r.stdout) as JsonOutput
}

const findingsOf = (out: JsonOutput, ruleId: string) =>
  out.results.flatMap((r) => r.messages.filter((m) => m.ruleId === ruleId).map((m) => ({ postId: r.postId, field: m.field, message: m.message })))

beforeAll(() => {
  if (!existsSync(join(root, 'dist/src/cli.js'))) throw new Error('build first: npm run build (npm test does)')
})

describe('site-wide checks from the CLI', () => {
  it('reports the site findings and a site summary with medlint:recommended', () => {
    const out = run()
    const site = out.metadata.site!
    expect(site).toMatchObject({ posts: 28, files: 5 })
    const row = (id: string) => site.rules.find((r) => r.ruleId === id)
    expect(row('duplicate-title')).toMatchObject({ posts: 2, warnings: 2 })
    expect(row('duplicate-content')).toMatchObject({ posts: 2, warnings: 2 })
    expect(row('tag-near-duplicate')).toMatchObject({ posts: 1, warnings: 1 })
    expect(row('tag-singleton')).toMatchObject({ posts: 1, infos: 1 })

    expect(findingsOf(out, 'duplicate-title').map((f) => f.postId).sort()).toEqual([2021, 2102])
    expect(findingsOf(out, 'duplicate-content').map((f) => f.postId).sort()).toEqual([2001, 2103])
    const [merge] = findingsOf(out, 'tag-near-duplicate')
    expect(merge).toMatchObject({ postId: 2104, field: 'tags' })
    expect(merge!.message).toContain('merge map: "high blood pressure" → "blood pressure"')
    // The misfiled post gets one category finding: the lexicon rule's, which category-outlier leaves alone.
    const category = [...findingsOf(out, 'category-content-mismatch'), ...findingsOf(out, 'category-outlier')].filter((f) => f.field === 'categories')
    expect(category.map((f) => f.postId)).toEqual([2101])
  })

  it('reports the misfiled post with category-outlier when the lexicon rule is off', () => {
    const out = run('--rule', 'category-content-mismatch:off', '--rule', 'category-outlier:["warn",{"skipLexicon":false}]')
    const found = findingsOf(out, 'category-outlier')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ postId: 2101, field: 'categories' })
    expect(found[0]!.message).toContain('file it under "Skin"')
    expect(out.metadata.site!.rules.find((r) => r.ruleId === 'category-outlier')).toMatchObject({ posts: 1, warnings: 1 })
  })

  it('prints the site findings and the summary in the stylish format', () => {
    const r = medlint(['fixtures/site', '--rule', 'category-content-mismatch:off', '--rule', 'category-outlier:["warn",{"skipLexicon":false}]'])
    expect(r.stdout).toContain('28 posts in 5 files')
    expect(r.stdout).toMatch(/category-outlier\s+1 post /)
    expect(r.stdout).toMatch(/duplicate-content\s+2 posts/)
    expect(r.stdout).toContain('The post reads like the site\'s "Skin" posts far more than its category "Bones & Joints"')
  })
})
