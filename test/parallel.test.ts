import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from './helpers.js'

function medlint(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [join(root, 'bin/medlint.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function site(n: number, broken?: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'medlint-par-'))
  writeFileSync(join(dir, 'package.json'), '{}')
  writeFileSync(join(dir, '.medlintrc.json'), JSON.stringify({ rules: { 'heading-hierarchy': 'error' } }))
  mkdirSync(join(dir, 'posts'))
  for (let i = 0; i < n; i++) {
    const name = join(dir, 'posts', `post-${String(i).padStart(3, '0')}.json`)
    const html = i % 3 === 0 ? '<h2>A</h2>\n<h4>B</h4>' : i % 3 === 1 ? '<h2>A</h2><h3>B</h3>' : `<h2>A</h2>${'<p>x</p>'.repeat(i)}<h5>C</h5>`
    writeFileSync(name, i === broken ? '{"id": 1, ' : JSON.stringify({ id: i, title: { rendered: `Post ${i}` }, content: { rendered: html } }))
  }
  return dir
}

describe('--concurrency', () => {
  it('gives the same results, in input order, on worker threads as on the main thread', () => {
    const dir = site(40)
    const serial = medlint(['posts', '--concurrency', 'off', '-f', 'json'], dir)
    const parallel = medlint(['posts', '--concurrency', '2', '-f', 'json'], dir)
    const auto = medlint(['posts', '-f', 'json'], dir)
    expect(serial.code).toBe(1)
    expect(JSON.parse(parallel.stdout)).toEqual(JSON.parse(serial.stdout))
    expect(JSON.parse(auto.stdout)).toEqual(JSON.parse(serial.stdout))
    expect(parallel.code).toBe(serial.code)
    expect(JSON.parse(serial.stdout).map((r: { filePath: string }) => r.filePath)).toEqual(Array.from({ length: 40 }, (_, i) => `posts/post-${String(i).padStart(3, '0')}.json`))
  })

  it('reports the first bad file in order with one line and exit 2', () => {
    const dir = site(30, 17)
    const r = medlint(['posts', '--concurrency', '2'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('medlint: posts/post-017.json: invalid JSON at 1:11: property name expected\n')
  })

  it('rejects a bad --concurrency value', () => {
    const r = medlint(['x.json', '--concurrency', 'lots'], root)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--concurrency expects a number, "auto" or "off"/)
  })
})
