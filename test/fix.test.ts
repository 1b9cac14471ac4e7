import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from './helpers.js'

function medlint(args: string[], cwd: string, input = '') {
  const r = spawnSync(process.execPath, [join(root, 'bin/medlint.js'), ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const CONFIG = JSON.stringify({ rules: { 'heading-hierarchy': 'error' } })
// WordPress writes JSON with escaped slashes and \u escapes; a fix must keep that style.
const POST = `{"id":9,"title":{"rendered":"Caf\\u00e9"},"content":{"rendered":"<h2>Causes<\\/h2>\\n<h4 class=\\"wp-block-heading\\">Disc<\\/h4>\\n<p>Caf\\u00e9 \\u2013 text.<\\/p>\\n<h5>Detail<\\/h5>\\n<h4>Stenosis<\\/h4>\\n"},"categories":[],"tags":[]}\n`

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'medlint-fix-'))
  writeFileSync(join(dir, 'package.json'), '{}')
  writeFileSync(join(dir, '.medlintrc.json'), CONFIG)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

describe('--fix', () => {
  it('re-levels a skipped heading and its subsection inside post JSON, changing nothing else, idempotently', () => {
    const dir = site({ 'post.json': POST })
    const r = medlint(['post.json', '--fix'], dir)
    expect(r).toMatchObject({ code: 0, stdout: '' })
    const fixed = readFileSync(join(dir, 'post.json'), 'utf8')
    expect(fixed).toBe(
      POST.replace('<h4 class=\\"wp-block-heading\\">Disc<\\/h4>', '<h3 class=\\"wp-block-heading\\">Disc<\\/h3>')
        .replace('<h5>Detail<\\/h5>', '<h4>Detail<\\/h4>')
        .replace('<h4>Stenosis<\\/h4>', '<h3>Stenosis<\\/h3>'),
    )
    expect(JSON.parse(fixed).content.rendered).toContain('<h3 class="wp-block-heading">Disc</h3>')
    // No temporary files left behind; a second run changes nothing.
    expect(readdirSync(dir).sort()).toEqual(['.medlintrc.json', 'package.json', 'post.json'])
    expect(medlint(['post.json', '--fix'], dir).code).toBe(0)
    expect(readFileSync(join(dir, 'post.json'), 'utf8')).toBe(fixed)
  })

  it('fixes HTML files in place', () => {
    const dir = site({ 'post.html': '<h2>A</h2>\n<h4>B</h4>\n<p>x</p>\n' })
    expect(medlint(['post.html', '--fix'], dir).code).toBe(0)
    expect(readFileSync(join(dir, 'post.html'), 'utf8')).toBe('<h2>A</h2>\n<h3>B</h3>\n<p>x</p>\n')
  })

  it('--fix-dry-run prints a diff and leaves the file alone, reporting what is left', () => {
    const dir = site({ 'post.html': '<h2>A</h2>\n<h4>B</h4>\n' })
    const r = medlint(['post.html', '--fix-dry-run'], dir)
    expect(r.stdout).toContain('--- a/post.html')
    expect(r.stdout).toContain('-<h4>B</h4>\n+<h3>B</h3>')
    expect(readFileSync(join(dir, 'post.html'), 'utf8')).toBe('<h2>A</h2>\n<h4>B</h4>\n')
    expect(r.code).toBe(0)
  })

  it('refuses a read-only file with one line and exit 2', () => {
    const dir = site({ 'post.html': '<h2>A</h2>\n<h4>B</h4>\n' })
    chmodSync(join(dir, 'post.html'), 0o444)
    const r = medlint(['post.html', '--fix'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('medlint: post.html: cannot write the fix: file is read-only\n')
    expect(readFileSync(join(dir, 'post.html'), 'utf8')).toBe('<h2>A</h2>\n<h4>B</h4>\n')
  })

  it('on the seed: structure fixes unwrap bold headings; --fix-type content adds the emergency line and a disclaimer', () => {
    const seed = readFileSync(join(root, 'fixtures/posts/wp-post-424.json'), 'utf8')
    const dir = site({ 'post.json': seed })
    writeFileSync(join(dir, '.medlintrc.json'), '{"extends": "medlint:recommended"}')
    const ids = (r: { stdout: string }) => JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)
    const structure = medlint(['post.json', '--fix', '-f', 'json', '--rule', 'heading-emphasis:warn'], dir)
    expect(ids(structure)).not.toContain('heading-emphasis')
    expect(ids(structure)).toContain('medical-disclaimer')
    const afterStructure = JSON.parse(readFileSync(join(dir, 'post.json'), 'utf8')).content.rendered as string
    expect(afterStructure).toContain('<h3 class="wp-block-heading">1. Herniated or Bulging Disc</h3>')

    const content = medlint(['post.json', '--fix', '--fix-type', 'content', '-f', 'json'], dir)
    expect(ids(content)).not.toContain('medical-disclaimer')
    expect(ids(content)).not.toContain('emergency-guidance')
    const fixed = readFileSync(join(dir, 'post.json'), 'utf8')
    const html = JSON.parse(fixed).content.rendered as string
    expect(html).toContain('Loss of bladder or bowel control (a medical emergency) <strong>If this happens, call 911 or go to the emergency room now.</strong></li>')
    expect(html.trimEnd().endsWith('call 911 in an emergency.</em></p>')).toBe(true)
    // Only content.rendered changed, in the file's own escaping style.
    const strip = (t: string) => ({ ...JSON.parse(t), content: null })
    expect(strip(fixed)).toEqual(strip(seed))
    expect(fixed).toContain('<\\/strong><\\/li>')
    expect(medlint(['post.json', '--fix', '--fix-type', 'content'], dir).stdout).toBe(medlint(['post.json'], dir).stdout)
    expect(readFileSync(join(dir, 'post.json'), 'utf8')).toBe(fixed)
  })

  it('works on standard input only as a dry run', () => {
    const dir = site({})
    expect(medlint(['-', '--fix'], dir, '<h2>A</h2><h4>B</h4>').stderr).toMatch(/--fix cannot write to standard input/)
    expect(medlint(['-', '--fix-dry-run'], dir, '<h2>A</h2><h4>B</h4>').stdout).toContain('+<h2>A</h2><h3>B</h3>')
    expect(medlint(['-', '--fix-type', 'content'], dir, '<p>x</p>').stderr).toMatch(/--fix-type needs --fix/)
    expect(medlint(['-', '--fix-dry-run', '--fix-type', 'style'], dir, '<p>x</p>').stderr).toMatch(/unknown type "style"/)
  })
})
