import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, copyFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { root } from './helpers.js'

const bin = join(root, 'bin/medlint.js')
const fixtures = join(root, 'fixtures')

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the built CLI as a user would. */
function medlint(args: string[], options: { cwd?: string; input?: string } = {}): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** A temp project with a package.json (the config search stops there) and the given files. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'medlint-cli-'))
  writeFileSync(join(dir, 'package.json'), files['package.json'] ?? '{"name":"site"}')
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

const ONLY_HEADINGS = JSON.stringify({ rules: { 'heading-hierarchy': 'error' } })
const skipped = '<h2>Symptoms</h2>\n<h4>Numbness</h4>\n'
const good = '<h2>Symptoms</h2>\n<h3>Numbness</h3>\n<p>Tingling.</p>\n'

beforeAll(() => {
  if (!existsSync(join(root, 'dist/src/cli.js'))) throw new Error('build first: npm run build (npm test does)')
})

describe('exit codes', () => {
  it('0 when there are no errors', () => {
    const dir = project({ '.medlintrc.json': ONLY_HEADINGS, 'post.html': good })
    const r = medlint(['post.html'], { cwd: dir })
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' })
  })

  it('1 when there are errors, with stylish output grouped by file', () => {
    const dir = project({ '.medlintrc.json': ONLY_HEADINGS, 'post.html': skipped })
    const r = medlint(['post.html'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      '\npost.html\n  2:1  error  Unexpected <h4> after <h2>, expected <h3>: heading levels must not be skipped  heading-hierarchy\n\n✖ 1 problem (1 error, 0 warnings)\n',
    )
  })

  it('0 with warnings, 1 when warnings exceed --max-warnings', () => {
    const dir = project({ '.medlintrc.json': JSON.stringify({ rules: { 'heading-hierarchy': 'warn' } }), 'post.html': skipped })
    expect(medlint(['post.html'], { cwd: dir }).code).toBe(0)
    expect(medlint(['post.html', '--max-warnings', '1'], { cwd: dir }).code).toBe(0)
    const r = medlint(['post.html', '--max-warnings', '0'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/too many warnings \(maximum: 0, found: 1\)/)
  })

  it('--quiet hides warnings but keeps the exit code', () => {
    const dir = project({ '.medlintrc.json': JSON.stringify({ rules: { 'heading-hierarchy': 'warn' } }), 'post.html': skipped })
    const r = medlint(['post.html', '--quiet', '--max-warnings', '0'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stdout).not.toMatch(/Unexpected <h4>/)
  })

  it('--output-file writes the report and keeps the exit code', () => {
    const dir = project({ '.medlintrc.json': ONLY_HEADINGS, 'post.html': skipped })
    const r = medlint(['post.html', '-f', 'json', '-o', 'out/report.json'], { cwd: dir })
    expect(r).toMatchObject({ code: 1, stdout: '' })
    const report = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'))
    expect(report[0].messages[0].ruleId).toBe('heading-hierarchy')
  })

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--max-warnings', 'lots', 'x.json'], /--max-warnings expects a whole number/],
    [['-f', 'nope', 'x.json'], /unknown format "nope"/],
    [['--rule', 'heading-hierarchy', 'x.json'], /expected <rule-id>:<severity>/],
    [[], /no input/],
  ])('2 for bad usage %j', (args, pattern) => {
    const r = medlint(args)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(pattern)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('bad input: one line naming the file, exit 2', () => {
  it.each([
    [['missing.json'], 'medlint: missing.json: file not found'],
    [['fixtures/bad/empty.json'], 'medlint: fixtures/bad/empty.json: file is empty'],
    [['fixtures/bad/truncated.json'], 'medlint: fixtures/bad/truncated.json: invalid JSON at 4:1: close brace expected'],
    [['fixtures/bad/not-a-post.json'], 'medlint: fixtures/bad/not-a-post.json: JSON is not a WordPress post'],
    [['fixtures/bad/binary.json'], 'medlint: fixtures/bad/binary.json: file is binary'],
    [['fixtures/**/*.nothing'], 'medlint: fixtures/**/*.nothing: no files match this pattern'],
  ])('%j', (args, start) => {
    const r = medlint(args)
    expect(r.code).toBe(2)
    expect(r.stderr.startsWith(start)).toBe(true)
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1)
    expect(r.stdout).toBe('')
  })

  it('a directory with no post files', () => {
    const dir = project({ 'notes/readme.txt': 'hello' })
    const r = medlint(['notes'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('medlint: notes: directory has no files to lint (looked for *.json, *.html, *.htm, *.xml)\n')
  })

  it('shows a stack trace only with --debug for internal errors; input errors never', () => {
    const r = medlint(['--debug', 'missing.json'])
    expect(r.stderr).toBe('medlint: missing.json: file not found\n')
  })
})

describe('input', () => {
  it('reads standard input with - and names it with --stdin-filename', () => {
    const r = medlint(['--no-config', '--rule', 'heading-hierarchy:warn', '-f', 'json', '--stdin', '--stdin-filename', 'draft.html'], { input: skipped })
    const [entry] = JSON.parse(r.stdout)
    expect(entry.filePath).toBe('draft.html')
    expect(entry.messages.filter((m: { ruleId: string }) => m.ruleId === 'heading-hierarchy')).toHaveLength(1)
  })

  it('lints globs and directories, one result per post; arrays get postId', () => {
    const dir = project({
      '.medlintrc.json': ONLY_HEADINGS,
      'posts/a.html': good,
      'posts/nested/b.json': JSON.stringify([
        { id: 5, content: { rendered: skipped } },
        { id: 6, content: { rendered: good } },
      ]),
    })
    const byDir = JSON.parse(medlint(['posts', '-f', 'json'], { cwd: dir }).stdout)
    expect(byDir.map((e: { filePath: string; postId?: number }) => [e.filePath, e.postId])).toEqual([
      ['posts/a.html', undefined],
      ['posts/nested/b.json', 5],
      ['posts/nested/b.json', 6],
    ])
    const byGlob = JSON.parse(medlint(['posts/**/*.json', '-f', 'json'], { cwd: dir }).stdout)
    expect(byGlob).toHaveLength(2)
  })
})

describe('formats', () => {
  it('writes several formats in one run with -f name=file, stylish to the terminal', () => {
    const dir = project({ '.medlintrc.json': ONLY_HEADINGS, 'post.html': skipped })
    const r = medlint(['post.html', '-f', 'stylish', '-f', 'sarif=out/medlint.sarif', '-f', 'html=out/report.html', '-f', 'junit=out/junit.xml', '-f', 'markdown=out/summary.md'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/2:1 +error +Unexpected <h4>/)
    const sarif = JSON.parse(readFileSync(join(dir, 'out/medlint.sarif'), 'utf8'))
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'heading-hierarchy', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'post.html' }, region: { startLine: 2, startColumn: 1 } } }] })
    const html = readFileSync(join(dir, 'out/report.html'), 'utf8')
    expect(html.toLowerCase().startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('Numbness')
    expect(readFileSync(join(dir, 'out/junit.xml'), 'utf8')).toMatch(/<testsuites[\s\S]*heading-hierarchy/)
    expect(readFileSync(join(dir, 'out/summary.md'), 'utf8')).toMatch(/heading-hierarchy/)
  })

  it('github prints workflow commands', () => {
    const dir = project({ '.medlintrc.json': ONLY_HEADINGS, 'post.html': skipped })
    const r = medlint(['post.html', '-f', 'github'], { cwd: dir })
    expect(r.stdout).toContain('::error file=post.html,line=2,endLine=2,col=1,endColumn=18,title=medlint (heading-hierarchy)::Unexpected <h4> after <h2>')
  })
})

describe('directives and site summary', () => {
  const directive = '<h2>A</h2>\n<!-- medlint-disable-next heading-hierarchy -- checked by the editor -->\n<h4>B</h4>\n'

  it('keeps suppressed findings in the JSON output; --no-inline-config ignores directives', () => {
    const dir = project({ '.medlintrc.json': ONLY_HEADINGS, 'post.html': directive })
    const r = medlint(['post.html', '-f', 'json'], { cwd: dir })
    expect(r.code).toBe(0)
    const [entry] = JSON.parse(r.stdout)
    expect(entry.messages).toEqual([])
    expect(entry.suppressedMessages).toEqual([expect.objectContaining({ ruleId: 'heading-hierarchy', line: 3, suppressions: [{ kind: 'inSource', justification: 'checked by the editor' }] })])
    expect(medlint(['post.html', '--no-inline-config'], { cwd: dir }).code).toBe(1)
  })

  it('prints a summary after the results of several posts, and json-with-metadata carries it', () => {
    const dir = project({ '.medlintrc.json': ONLY_HEADINGS, 'a.html': skipped, 'b.html': skipped, 'c.html': good })
    // package.json and dot files in the directory are not posts and are skipped.
    const r = medlint(['.'], { cwd: dir })
    expect(r.stdout).toMatch(/3 posts in 3 files/)
    expect(r.stdout).toMatch(/heading-hierarchy\s+2 posts\s+2 errors/)
    const meta = JSON.parse(medlint(['.', '-f', 'json-with-metadata'], { cwd: dir }).stdout)
    expect(meta.results).toHaveLength(3)
    expect(meta.metadata.site).toMatchObject({ posts: 3, files: 3, errorCount: 2 })
    expect(meta.metadata.rulesMeta['heading-hierarchy'].category).toBe('structure')
  })
})

describe('config', () => {
  const cases: [string, Record<string, string>][] = [
    ['.medlintrc.json', { '.medlintrc.json': JSON.stringify({ rules: { 'heading-hierarchy': 'warn' } }) }],
    ['.medlintrc (JSON)', { '.medlintrc': JSON.stringify({ rules: { 'heading-hierarchy': 'warn' } }) }],
    ['.medlintrc.yaml', { '.medlintrc.yaml': 'rules:\n  heading-hierarchy: warn\n' }],
    ['.medlintrc.yml', { '.medlintrc.yml': 'rules:\n  heading-hierarchy: warn\n' }],
    ['package.json#medlint', { 'package.json': JSON.stringify({ name: 'x', medlint: { rules: { 'heading-hierarchy': 'warn' } } }) }],
    ['medlint.config.mjs', { 'medlint.config.mjs': "export default { rules: { 'heading-hierarchy': 'warn' } }\n" }],
    ['medlint.config.cjs', { 'medlint.config.cjs': "module.exports = { rules: { 'heading-hierarchy': 'warn' } }\n" }],
    ['.medlintrc.js', { '.medlintrc.js': "export default { rules: { 'heading-hierarchy': 'warn' } }\n" }],
  ]
  it.each(cases)('finds %s from a subdirectory', (_name, files) => {
    const dir = project({ ...files, 'posts/post.html': skipped })
    const r = medlint(['post.html', '-f', 'json'], { cwd: join(dir, 'posts') })
    const [entry] = JSON.parse(r.stdout)
    expect(entry.messages.map((m: { ruleId: string; severity: number }) => [m.ruleId, m.severity])).toEqual([['heading-hierarchy', 1]])
    expect(r.code).toBe(0)
  })

  it('--config uses the given file; --no-config ignores config files', () => {
    const dir = project({ '.medlintrc.json': JSON.stringify({ rules: { 'heading-hierarchy': 'off' } }), 'custom.json': ONLY_HEADINGS, 'post.html': skipped })
    expect(medlint(['post.html', '-f', 'json'], { cwd: dir }).code).toBe(0)
    expect(medlint(['post.html', '-c', 'custom.json'], { cwd: dir }).code).toBe(1)
    const noConfig = JSON.parse(medlint(['post.html', '--no-config', '-f', 'json'], { cwd: dir }).stdout)
    expect(noConfig[0].messages.some((m: { ruleId: string }) => m.ruleId === 'heading-hierarchy')).toBe(true)
  })

  it('--rule overrides the config', () => {
    const dir = project({ '.medlintrc.json': ONLY_HEADINGS, 'post.html': skipped })
    expect(medlint(['post.html', '--rule', 'heading-hierarchy:off'], { cwd: dir }).code).toBe(0)
    expect(medlint(['post.html', '--rule', 'heading-hierarchy:["warn",{"titleIsH1":true}]'], { cwd: dir }).code).toBe(0)
  })

  it.each([
    [{ rule: {} }, 'unknown config key "rule"'],
    [{ rules: { 'heading-hierachy': 'error' } }, 'rules: unknown rule "heading-hierachy" (did you mean "heading-hierarchy"?)'],
    [{ rules: { 'heading-hierarchy': 'loud' } }, 'rules.heading-hierarchy: unknown severity "loud"'],
    [{ rules: { 'heading-hierarchy': ['error', { titleIsH1: 'yes' }] } }, 'rules.heading-hierarchy.titleIsH1: expected a boolean, got string'],
    [{ rules: { 'heading-hierarchy': ['error', { depth: 2 }] } }, 'rules.heading-hierarchy: unknown option "depth"'],
    [{ extends: 'medlint:everything' }, 'extends: unknown preset "medlint:everything"'],
    [{ locale: 42 }, 'locale: expected a language tag'],
  ])('rejects %j naming the key and the file, exit 2', (config, text) => {
    const dir = project({ '.medlintrc.json': JSON.stringify(config), 'post.html': good })
    const r = medlint(['post.html'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(join(dir, '.medlintrc.json'))
    expect(r.stderr).toContain(text)
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1)
  })

  it('rejects a config file that does not parse, in one line', () => {
    const dir = project({ '.medlintrc.json': '{ "rules": ', 'post.html': good })
    const r = medlint(['post.html'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^medlint: .*\.medlintrc\.json/)
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1)
  })

  it('--print-config prints the resolved config', () => {
    const dir = project({ '.medlintrc.json': JSON.stringify({ extends: ['medlint:recommended'], locale: 'en-GB', rules: { 'heading-hierarchy': 'warn' } }) })
    const r = medlint(['--print-config'], { cwd: dir })
    const printed = JSON.parse(r.stdout)
    expect(printed.settings.locale).toBe('en-GB')
    expect(printed.rules['heading-hierarchy']).toEqual({ severity: 'warn', options: { titleIsH1: true, allowEmpty: false } })
    expect(printed.filepath).toBe(join(dir, '.medlintrc.json'))
  })

  it('--list-rules lists every rule with its severity', () => {
    const r = medlint(['--list-rules', '--no-config'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^heading-hierarchy\s+error\s+structure\s+Headings/m)
  })
})

describe('help and version', () => {
  it('--help prints usage', () => {
    const r = medlint(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^medlint \[options\]/)
    expect(r.stdout).toMatch(/Exit codes/)
  })

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    expect(medlint(['-v']).stdout).toBe(`${pkg.version}\n`)
  })
})

describe('the seed post', () => {
  it('lints the bundled copy of the seed with the recommended preset', () => {
    const dir = project({})
    copyFileSync(join(fixtures, 'posts/wp-post-424.json'), join(dir, 'wp-post-424.json'))
    const r = medlint(['wp-post-424.json', '-f', 'json'], { cwd: dir })
    const [entry] = JSON.parse(r.stdout)
    expect(entry.filePath).toBe('wp-post-424.json')
    expect(entry.postId).toBeUndefined()
    expect(entry.messages.filter((m: { ruleId: string }) => m.ruleId === 'heading-hierarchy')).toEqual([])
  })
})
