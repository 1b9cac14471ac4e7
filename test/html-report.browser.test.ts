import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'
import { html } from '../src/formatters/html.js'
import { lint } from '../src/lint.js'
import { basePost } from './helpers.js'
import { context, hostileResults } from './formatters-fixtures.js'
import type { LintResult } from '../src/types.js'

/**
 * Opens the HTML report in a real headless browser (Debian's chromium, driven by playwright-core):
 * the findings show, clicking one scrolls its highlight into view, and a hostile post's script
 * does not run. Skipped when chromium is not installed.
 */

const CHROMIUM = '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
if (!hasChromium) console.warn(`HTML report browser test skipped: ${CHROMIUM} is not installed (apt-get install chromium)`)

async function longResults(): Promise<LintResult[]> {
  const paragraphs = Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i + 1} about blood pressure, salt and exercise, long enough to fill a line or two of the report.</p>`)
  const content = ['<h2>Overview</h2>', ...paragraphs, '<h4>Far below</h4>', '<p>The end.</p>'].join('\n')
  return lint(basePost({ title: { rendered: 'A long post' }, content: { rendered: content } }), {
    keepSource: true,
    filePath: '/srv/site/posts/long.json',
    config: { rules: { 'heading-hierarchy': 'error' } } as never,
  })
}

/** Is the element wholly inside the viewport? */
function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect()
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight
  })
}

describe.skipIf(!hasChromium)('html report in a browser', () => {
  let browser: Browser
  let dir: string

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    dir = mkdtempSync(join(tmpdir(), 'medlint-report-'))
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  async function open(name: string, report: string): Promise<Page> {
    const file = join(dir, name)
    writeFileSync(file, report)
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    // Nothing leaves the machine: only the report file itself loads.
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()))
    // Records what the Content-Security-Policy blocked (init scripts are not subject to it).
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] }
      w.__violations = []
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(e.effectiveDirective))
    })
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`)
    })
    await page.goto(pathToFileURL(file).href)
    return page
  }

  it('shows the findings, and clicking one scrolls its highlight into view', async () => {
    const results = [...(await longResults()), ...(await hostileResults())]
    const page = await open('report.html', html(results, context()))
    expect(await page.title()).toBe('medlint report: 2 posts')
    expect(await page.locator('#overview').isVisible()).toBe(true)
    const items = page.locator('.ml-item')
    expect(await items.count()).toBe(results.reduce((n, r) => n + r.messages.length, 0))
    const first = page.locator('#post-0 .ml-item').first()
    expect(await first.isVisible()).toBe(true)
    expect(await first.innerText()).toContain('Unexpected <h4> after <h2>, expected <h3>')

    const mark = 'mark#f-0-0'
    expect(await page.locator(mark).innerText()).toBe('Far below')
    // The highlight starts far below the fold.
    await page.locator('#post-0').scrollIntoViewIfNeeded()
    expect(await inViewport(page, mark)).toBe(false)
    await page.locator('#post-0 a.ml-goto[href="#f-0-0"]').click()
    await page.waitForFunction((sel) => {
      const r = document.querySelector(sel)!.getBoundingClientRect()
      return r.top >= 0 && r.bottom <= window.innerHeight
    }, mark)
    expect(await inViewport(page, mark)).toBe(true)
    expect(new URL(page.url()).hash).toBe('#f-0-0')
    // The report's own script (allowed by its hash) marked the finding and its highlight.
    expect(await page.locator(mark).getAttribute('class')).toContain('ml-active')
    expect(await page.locator('#i-0-0').getAttribute('class')).toContain('ml-active')
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([])
    await page.close()
  })

  it('runs no script from a hostile post, even when clicked and toggled', async () => {
    const page = await open('hostile.html', html(await hostileResults(), context()))
    const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)
    expect(await pwned()).toBeUndefined()
    expect(await page.locator('script').count()).toBe(1)
    expect(await page.locator('.ml-content iframe, .ml-content object, .ml-content embed, .ml-content svg, .ml-content form').count()).toBe(0)
    for (const link of await page.locator('.ml-content a').all()) await link.click({ trial: false }).catch(() => undefined)
    await page.locator('.ml-content details summary').click()
    await page.locator('.ml-content p').first().click()
    expect(await pwned()).toBeUndefined()
    // The skipped heading inside the hostile post is still highlighted and reachable.
    await page.locator('a.ml-goto[href="#f-0-0"]').click()
    expect(await page.locator('mark#f-0-0').innerText()).toBe('Skipped level')
    expect(await inViewport(page, 'mark#f-0-0')).toBe(true)
    await page.close()
  })

  it('blocks inline script by its Content-Security-Policy if markup ever got through', async () => {
    const report = html(await hostileResults(), context()).replace(
      '<div class="ml-content">',
      '<div class="ml-content"><script>window.__pwned = "inline"</script><img src="data:," onerror="window.__pwned = \'handler\'">',
    )
    const page = await open('injected.html', report)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined()
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)
    expect(violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']))
    await page.close()
  })
})
