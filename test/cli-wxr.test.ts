import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { corpusDir, hasCorpus, root } from './helpers.js'

function medlint(args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/medlint.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('medlint export.xml', () => {
  it('streams a WXR export: one result per post, postId set, positions in the export file', () => {
    const r = medlint(['fixtures/wxr/health-export.xml', '-f', 'json', '--no-config', '--rule', 'heading-hierarchy:error'])
    const results = JSON.parse(r.stdout)
    expect(results.length).toBeGreaterThan(0)
    for (const entry of results) {
      expect(entry.filePath).toBe('fixtures/wxr/health-export.xml')
      expect(typeof entry.postId).toBe('number')
    }
  })

  it('--post-type chooses the post types read from an export', () => {
    const posts = JSON.parse(medlint(['fixtures/wxr/health-export.xml', '-f', 'json', '--no-config']).stdout).length
    const all = JSON.parse(medlint(['fixtures/wxr/health-export.xml', '-f', 'json', '--no-config', '--post-type', 'any']).stdout).length
    const pages = medlint(['fixtures/wxr/health-export.xml', '-f', 'json', '--no-config', '--post-type', 'page'])
    expect(all).toBeGreaterThan(posts)
    expect(JSON.parse(pages.stdout).length).toBeGreaterThan(0)
  })

  const files = hasCorpus
    ? readdirSync(join(corpusDir, 'wxr'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.xml')).sort()
    : []
  it.skipIf(!hasCorpus)('gives findings or one clear line for every export in the shared corpus (%s files)', () => {
    expect(files.length).toBeGreaterThan(30)
    for (const file of files) {
      const path = join(corpusDir, 'wxr', file)
      const r = medlint([path, '-f', 'json'])
      if (r.code === 2) {
        // A malformed export: one line naming the file and a line:column.
        expect(r.stderr, file).toMatch(new RegExp(`^medlint: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*\\d+:\\d+`))
        expect(r.stderr.trim().split('\n'), file).toHaveLength(1)
        expect(r.stdout, file).toBe('')
      } else {
        expect([0, 1], file).toContain(r.code)
        const results = JSON.parse(r.stdout)
        expect(results.length, file).toBeGreaterThan(0)
        expect(results.every((e: { fatalErrorCount: number }) => e.fatalErrorCount === 0), file).toBe(true)
      }
    }
  }, 120_000)
})
