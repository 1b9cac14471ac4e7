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

  it('works on standard input only as a dry run', () => {
    const dir = site({})
    expect(medlint(['-', '--fix'], dir, '<h2>A</h2><h4>B</h4>').stderr).toMatch(/--fix cannot write to standard input/)
    expect(medlint(['-', '--fix-dry-run'], dir, '<h2>A</h2><h4>B</h4>').stdout).toContain('+<h2>A</h2><h3>B</h3>')
    expect(medlint(['-', '--fix-type', 'content'], dir, '<p>x</p>').stderr).toMatch(/--fix-type needs --fix/)
    expect(medlint(['-', '--fix-dry-run', '--fix-type', 'style'], dir, '<p>x</p>').stderr).toMatch(/unknown type "style"/)
  })
})
