import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from './helpers.js'

function medlint(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [join(root, 'bin/medlint.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('--cache', () => {
  it('reuses results of unchanged files, and lints again when the file or the config changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'medlint-cache-'))
    writeFileSync(join(dir, 'package.json'), '{}')
    writeFileSync(join(dir, '.medlintrc.json'), JSON.stringify({ rules: { 'heading-hierarchy': 'error' } }))
    writeFileSync(join(dir, 'a.html'), '<h2>A</h2><h4>B</h4>')
    const first = JSON.parse(medlint(['a.html', '--cache', '-f', 'json'], dir).stdout)
    expect(first[0].errorCount).toBe(1)
    const cachePath = join(dir, '.medlintcache')
    const cache = JSON.parse(readFileSync(cachePath, 'utf8'))
    const entry = cache.entries[join(dir, 'a.html')]
    expect(entry.hash).toMatch(/^[0-9a-f]{64}$/)

    // Mark the cached result: a run that prints the mark did not lint the file again.
    entry.unit.results[0].messages[0].message = 'from the cache'
    writeFileSync(cachePath, JSON.stringify(cache))
    expect(JSON.parse(medlint(['a.html', '--cache', '-f', 'json'], dir).stdout)[0].messages[0].message).toBe('from the cache')

    // Without --cache the file is linted.
    expect(JSON.parse(medlint(['a.html', '-f', 'json'], dir).stdout)[0].messages[0].message).toMatch(/^Unexpected <h4>/)

    // A changed config empties the cache.
    writeFileSync(join(dir, '.medlintrc.json'), JSON.stringify({ rules: { 'heading-hierarchy': 'warn' } }))
    expect(JSON.parse(medlint(['a.html', '--cache', '-f', 'json'], dir).stdout)[0].messages[0]).toMatchObject({ severity: 1, message: expect.stringMatching(/^Unexpected/) })

    // A changed file is linted again.
    writeFileSync(join(dir, 'a.html'), '<h2>A</h2><h3>B</h3>')
    expect(JSON.parse(medlint(['a.html', '--cache', '-f', 'json'], dir).stdout)[0].messages).toEqual([])
  })
})
