// Smoke test of the benchmark (bench/): every piece runs on tiny inputs and returns well-formed
// figures, so a broken bench is noticed before someone runs `npm run bench`. No timing is
// asserted: only that measurements exist and are finite.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { SaxesParser } from 'saxes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readWxrText } from '../src/readers/wxr.js'
import { root } from './helpers.js'

// The bench is plain JavaScript: load it by URL so the type checker does not look for declarations.
const load = (name: string): Promise<any> => import(pathToFileURL(join(root, 'bench', name)).href)
let lib: any
let gen: any
let measure: any
let library: any
let fixtures: any[]
const noCorpus = join(tmpdir(), 'medlint-bench-no-corpus')
const temps: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'medlint-bench-'))
  temps.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
})

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/src/lint.js'))) throw new Error('build first: npm run build (npm test does)')
  ;[lib, gen, measure] = await Promise.all([load('lib.js'), load('gen-wxr.js'), load('measure.js')])
  library = await measure.loadLibrary()
  fixtures = lib.loadPosts({ corpusDir: noCorpus }).posts
})

const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n)

describe('bench helpers', () => {
  it('falls back to the project fixtures when the corpus is absent', () => {
    const loaded = lib.loadPosts({ corpusDir: noCorpus })
    expect(loaded.source).toBe('fixtures')
    expect(loaded.posts.length).toBeGreaterThanOrEqual(3)
    for (const e of loaded.posts) {
      expect(typeof e.html).toBe('string')
      expect(JSON.parse(e.json).content.rendered).toBe(e.html)
    }
  })

  it('samples deterministically, keeping small groups and spreading over the big one', () => {
    const posts = [
      ...Array.from({ length: 100 }, (_, i) => ({ group: 'medquad', id: i })),
      ...Array.from({ length: 4 }, (_, i) => ({ group: 'nhs', id: 100 + i })),
    ]
    const a = lib.samplePosts(posts, 20)
    expect(a).toHaveLength(20)
    expect(a).toEqual(lib.samplePosts(posts, 20))
    expect(a.filter((p: any) => p.group === 'nhs')).toHaveLength(4)
    const ids = a.filter((p: any) => p.group === 'medquad').map((p: any) => p.id)
    expect(ids[0]).toBe(0)
    expect(ids[ids.length - 1]).toBeGreaterThan(80)
    expect(lib.samplePosts(posts, 1000)).toHaveLength(104)
    expect(lib.samplePosts(posts.slice(100), 3)).toHaveLength(3)
  })

  it('computes medians, tables and flags', () => {
    expect(lib.median([3, 1, 2])).toBe(2)
    expect(lib.median([4, 1, 2, 3])).toBe(2.5)
    expect(lib.table(['a', 'b'], [['x', '1'], ['long', '22']]).split('\n')).toEqual(['a      b', '----  --', 'x      1', 'long  22'])
    expect(lib.parseFlags(['--quick', '--posts', '5', '--sizes=1,2'], ['quick'])).toEqual({ quick: true, posts: '5', sizes: '1,2' })
    expect(() => lib.parseFlags(['stray'])).toThrow(/unexpected argument/)
  })

  it('summarises a CPU profile by function and by file', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 } },
        { id: 2, callFrame: { functionName: 'tokenize', url: pathToFileURL(join(root, 'dist/src/analysis.js')).href, lineNumber: 102 } },
        { id: 3, callFrame: { functionName: 'parse', url: pathToFileURL(join(root, 'node_modules/parse5/dist/parser/index.js')).href, lineNumber: 9 } },
      ],
      samples: [2, 2, 3, 2],
      timeDeltas: [0, 1000, 1000, 1000],
    }
    const s = measure.summarizeProfile(profile)
    expect(s.functions[0]).toMatchObject({ name: 'tokenize  dist/src/analysis.js:103' })
    expect(s.functions[0].ms).toBeGreaterThan(s.functions[1].ms)
    expect(s.files.map((f: any) => f.name)).toEqual(['dist/src/analysis.js', 'parse5 (dist/parser/index.js)'])
  })
})

describe('WXR generator', () => {
  it('writes well-formed WXR 1.2 with block comments, CDATA, terms and non-post items', async () => {
    const dir = tempDir()
    const [file] = await gen.generateExports({ counts: [30], dir, entries: fixtures })
    const xml = readFileSync(file.path, 'utf8')
    const parser = new SaxesParser({ xmlns: true })
    let items = 0
    parser.on('opentag', (t) => {
      if (t.name === 'item') items++
    })
    parser.write(xml).close()
    expect(items).toBe(31) // 30 posts and one page or attachment
    expect(xml).toContain('<wp:wxr_version>1.2</wp:wxr_version>')
    expect(xml).toContain('<!-- wp:paragraph -->')
    expect(xml).toMatch(/<category domain="post_tag" nicename="[^"]+"><!\[CDATA\[/)
    const posts = readWxrText(xml, 'export.xml')
    expect(posts).toHaveLength(30)
    expect(new Set(posts.map((p) => p.post.title)).size).toBe(30)
    for (const { post } of posts) {
      expect(post.contentHtml.length).toBeGreaterThan(0)
      expect(post.categories.length).toBeGreaterThan(0)
    }
    // Written again only when the generator or its sources change.
    const [again] = await gen.generateExports({ counts: [30], dir, entries: fixtures })
    expect(again.reused).toBe(true)
  })

  it('splits "]]>" inside CDATA as WordPress does', () => {
    expect(gen.cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>')
  })
})

describe('bench measurements on tiny inputs', () => {
  it('per post: parse floor, read, lint without and with rules', async () => {
    const r = await measure.measurePerPost(library, fixtures.slice(0, 3), { rounds: 1, warmup: 0, slowest: 2 })
    expect(r.posts).toBe(3)
    for (const key of ['parse', 'read', 'lintNoRules', 'lint']) {
      expect(finite(r.rows[key].msPerPost) && r.rows[key].msPerPost > 0).toBe(true)
      expect(finite(r.rows[key].ratio)).toBe(true)
    }
    expect(r.rows.parse.ratio).toBe(1)
    expect(r.slowest).toHaveLength(2)
  })

  it('rule profile: a row per registered rule, findings counted', async () => {
    const r = await measure.profileRules(library, fixtures.slice(0, 3), { rounds: 1, warmup: 0 })
    expect(r.rules.map((x: any) => x.id).sort()).toEqual(library.rules.map((x: any) => x.id).sort())
    for (const x of r.rules) expect(finite(x.msPerPost)).toBe(true)
    // The seed post and the hype fixture draw findings from some rule.
    expect(r.rules.some((x: any) => x.findingsPerPost > 0)).toBe(true)
    const analyses = await measure.profileAnalyses(library, fixtures.slice(0, 2), { rounds: 1, warmup: 0 })
    expect(analyses.map((a: any) => a.id)).toContain('sentences')
  })

  it('CPU profile of the library run names medlint files', async () => {
    const r = await measure.cpuProfile(library, fixtures.slice(0, 2), { top: 50 })
    expect(r.functions.length).toBeGreaterThan(0)
    expect(finite(r.totalMs)).toBe(true)
  })

  it('WXR step: lints a generated export with the CLI and reads its peak memory', async () => {
    const dir = tempDir()
    const r = await measure.measureWxr(fixtures, { sizes: [5], dir })
    if (r.skipped) {
      expect(r.skipped).toBe('WXR not supported by this build')
      return
    }
    expect(r.rows).toHaveLength(1)
    const row = r.rows[0]
    expect(row.error).toBeUndefined()
    expect(row.results).toBe(5)
    expect(row.peakRssMb).toBeGreaterThan(10)
    expect(finite(row.msPerPost)).toBe(true)
  })

  it('cold start: medlint on the seed post against the Node floor', () => {
    const rows = measure.measureColdStart({ runs: 1 })
    expect(rows.map((r: any) => r.name)).toEqual(['node -e ""', 'import dist/src/cli.js (no run)', 'medlint fixtures/posts/wp-post-424.json'])
    expect(rows[0].ratio).toBe(1)
    for (const r of rows) {
      expect(r.exitCode === 0 || r.exitCode === 1).toBe(true)
      expect(finite(r.medianMs)).toBe(true)
    }
  })
})

describe('bench/run.js', () => {
  it('prints its help', () => {
    const r = spawnSync(process.execPath, ['bench/run.js', '--help'], { cwd: root, encoding: 'utf8' })
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('--quick')
  })

  it('runs end to end on the fixtures and prints the tables', () => {
    const results = join(tempDir(), 'results.json')
    const r = spawnSync(process.execPath, ['bench/run.js', '--corpus', noCorpus, '--posts', '3', '--rounds', '1', '--only', 'post,rules', '--results', results], { cwd: root, encoding: 'utf8' })
    expect(r.stderr).not.toMatch(/Error/)
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('is absent: measuring the project')
    expect(r.stdout).toContain('lint(), medlint:recommended')
    expect(r.stdout).toContain('heading-hierarchy')
    const figures = JSON.parse(readFileSync(results, 'utf8'))
    expect(figures.perPost.posts).toBe(3)
    expect(figures.rules.rules.length).toBeGreaterThan(0)
  })

  it('rejects an unknown argument with usage', () => {
    const r = spawnSync(process.execPath, ['bench/run.js', 'oops'], { cwd: root, encoding: 'utf8' })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('unexpected argument oops')
  })
})
