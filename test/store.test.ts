import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ResultStore } from '../src/store.js'
import type { LintResult } from '../src/types.js'
import { root } from './helpers.js'

function result(i: number): LintResult {
  return {
    filePath: 'export.xml',
    index: i,
    postId: i,
    title: `Post ${i} – “é”`,
    messages: [{ ruleId: 'r', severity: 1, message: `m${i}`, line: i + 1, column: 5, field: 'content' }],
    errorCount: 0,
    warningCount: 1,
    infoCount: 0,
    fatalErrorCount: 0,
  }
}

describe('ResultStore', () => {
  it('spills to disk past its limit, reads back in order, and merges findings added later', () => {
    const store = new ResultStore(3)
    for (let i = 0; i < 10; i++) store.push(result(i))
    expect(store.spilled).toBe(true)
    expect(store.length).toBe(10)
    store.addMessage(1, { ruleId: 'site', severity: 2, message: 'added to a result on disk', line: 1, column: 1, field: 'title' })
    store.addMessage(9, { ruleId: 'site', severity: 2, message: 'added to a result in memory', line: 99, column: 1, field: 'title' })
    const all = store.toArray()
    expect(all.map((r) => r.postId)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(all[0]!.title).toBe('Post 0 – “é”')
    expect(all[1]!.messages.map((m) => m.message)).toEqual(['added to a result on disk', 'm1'])
    expect(all[1]).toMatchObject({ errorCount: 1, warningCount: 1 })
    expect(all[9]!.messages.map((m) => m.message)).toEqual(['m9', 'added to a result in memory'])
    // Reading twice gives the same results.
    expect(store.toArray()).toEqual(all)
    store.close()
  })

  it('keeps small runs in memory', () => {
    const store = new ResultStore(3)
    store.push(result(0))
    expect(store.spilled).toBe(false)
    expect([...store].map((r) => r.postId)).toEqual([0])
  })
})

describe('a run larger than memory keeps', () => {
  it('streams results from disk in order, with site-wide findings on early posts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'medlint-store-'))
    writeFileSync(join(dir, 'package.json'), '{}')
    writeFileSync(join(dir, '.medlintrc.json'), JSON.stringify({ rules: { 'heading-hierarchy': 'error', 'duplicate-title': 'warn' } }))
    const posts = Array.from({ length: 2300 }, (_, i) => ({
      id: i + 1,
      title: { rendered: i === 0 || i === 2299 ? 'Same title' : `Post ${i}` },
      content: { rendered: i % 2 ? '<h2>A</h2><h4>B</h4>' : '<h2>A</h2><p>x</p>' },
    }))
    writeFileSync(join(dir, 'posts.json'), JSON.stringify(posts))
    const r = spawnSync(process.execPath, [join(root, 'bin/medlint.js'), 'posts.json', '-f', 'json', '-f', 'stylish=out.txt'], { cwd: dir, encoding: 'utf8' })
    expect(r.status).toBe(1)
    const results = JSON.parse(r.stdout)
    expect(results).toHaveLength(2300)
    expect(results.map((e: { postId: number }) => e.postId)).toEqual(posts.map((p) => p.id))
    expect(results[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['duplicate-title'])
    expect(results[2299].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['duplicate-title', 'heading-hierarchy'])
    expect(results.filter((e: { errorCount: number }) => e.errorCount === 1)).toHaveLength(1150)
  }, 60_000)
})
