import { lint } from '../src/lint.js'
import { rules } from '../rules/index.js'
import { basePost, root, seedText } from './helpers.js'
import type { FormatContext } from '../src/formatters/types.js'
import type { LintMessage, LintResult } from '../src/types.js'

/** The directory results are shown relative to in these tests. */
export const cwd = '/srv/site'

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { cwd, rules, color: false, version: '1.2.3', ...overrides }
}

function counted(result: Omit<LintResult, 'errorCount' | 'warningCount' | 'infoCount' | 'fatalErrorCount'>): LintResult {
  const r: LintResult = { ...result, errorCount: 0, warningCount: 0, infoCount: 0, fatalErrorCount: 0 }
  for (const m of r.messages) {
    if (m.fatal) r.fatalErrorCount++
    if (m.severity === 2) r.errorCount++
    else if (m.severity === 1) r.warningCount++
    else r.infoCount++
  }
  return r
}

/** A path with a comma, a colon, spaces and non-ASCII letters. */
export const awkwardPath = `${cwd}/content/2024, spring: drafts/naïve été.json`

/** Hand-built edge cases: a multi-line message, one without an end, non-ASCII, a crash. */
export function handResults(): LintResult[] {
  const multiLine: LintMessage = {
    ruleId: 'heading-hierarchy',
    severity: 2,
    message: 'Heading skips a level: 100% sure,\r\nsee <h2> then <h4>: fix it',
    line: 3,
    column: 5,
    endLine: 4,
    endColumn: 12,
    field: 'content',
    offset: 40,
    endOffset: 61,
  }
  const noEnd: LintMessage = { ruleId: 'tag-count', severity: 1, message: 'Too many tags | keep *few* [tags]', line: 9, column: 7, field: 'tags' }
  const info: LintMessage = { ruleId: 'slug-quality', severity: 0, message: 'Slug „Über“ has “quotes” & ümlauts', line: 2, column: 3, endLine: 2, endColumn: 9, field: 'slug' }
  return [
    counted({ filePath: awkwardPath, index: 0, postId: 77, title: 'Herz – “Zürich” <b>&', messages: [multiLine, noEnd, info] }),
    counted({ filePath: `${cwd}/posts/clean.json`, index: 0, postId: 78, title: 'Clean post', messages: [] }),
  ]
}

/** A result whose only message is a rule crash. */
export function crashResult(): LintResult {
  return counted({
    filePath: `${cwd}/posts/crash.json`,
    index: 0,
    title: 'Crash',
    messages: [{ ruleId: 'heading-hierarchy', severity: 2, message: 'Rule "heading-hierarchy" crashed: boom', line: 1, column: 1, field: 'post', fatal: true }],
  })
}

/** The real seed post, linted with every rule. */
export async function seedResults(): Promise<LintResult[]> {
  return lint(seedText, { keepSource: true, filePath: `${root}fixtures/posts/wp-post-424.json`, config: { extends: 'medlint:all' } as never })
}

/** A small post with a skipped heading level, linted as a REST object. */
export async function smallResults(filePath = `${cwd}/posts/small.json`): Promise<LintResult[]> {
  const post = basePost({
    title: { rendered: 'Managing high blood pressure' },
    content: { rendered: '<h2>Overview</h2>\n<p>High blood pressure is common.</p>\n<h4>Salt</h4>\n<p>Eat less salt.</p>' },
  })
  return lint(post, { keepSource: true, filePath, config: { rules: { 'heading-hierarchy': 'error' } } as never })
}

/** Content that tries every way we know to run script or load things. */
export const HOSTILE = [
  '<h2>Hostile</h2>',
  '<script>window.__pwned = "script"</script>',
  '<img src="x.png" onerror="window.__pwned = \'onerror\'" alt="x">',
  '<p onclick="window.__pwned = \'onclick\'" style="background:url(javascript:alert(1))">Click <a href="javascript:window.__pwned=\'href\'">here</a>',
  ' and <a href=" jav&#x09;ascript:window.__pwned=\'tab\'">there</a> and <a href="data:text/html,<script>alert(1)</script>">data</a>.</p>',
  '<iframe srcdoc="<script>parent.__pwned = \'srcdoc\'</script>"></iframe>',
  '<svg><script>window.__pwned = "svg"</script><a xlink:href="javascript:alert(1)"><text>svg</text></a></svg>',
  '<svg onload="window.__pwned = \'svgload\'"></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=\'mxss\'">',
  '</style></mglyph></table></mtext></math>',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=\'noscript\'>"></p></noscript>',
  '<object data="javascript:window.__pwned=\'object\'"></object><embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button formaction="javascript:window.__pwned=\'button\'">Go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=\'meta\'">',
  '<base href="javascript:/">',
  '<style>body { background: url(https://tracker.example/x.gif) }</style>',
  '<template><script>window.__pwned = "template"</script></template>',
  '<div id="overview" class="ml-item" data-x="1">Clobbering <a id="f-0-0" name="i-0-0" href="#top">ids</a></div>',
  '<details open ontoggle="window.__pwned=\'toggle\'"><summary>More</summary>Text</details>',
  '<h4>Skipped level</h4><p>End.</p>',
].join('\n')

/** The hostile content in a REST post, linted with heading-hierarchy (it has a skipped level). */
export async function hostileResults(): Promise<LintResult[]> {
  return lint(
    basePost({ title: { rendered: 'Hostile &lt;/title&gt;&lt;script&gt;window.__pwned=&quot;title&quot;&lt;/script&gt;' }, content: { rendered: HOSTILE } }),
    { keepSource: true, filePath: '/srv/site/posts/hostile.json', config: { rules: { 'heading-hierarchy': 'error' } } as never },
  )
}
