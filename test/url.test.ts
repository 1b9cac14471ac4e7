import { spawn } from 'node:child_process'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root, seedText } from './helpers.js'

let server: Server
let base = ''
const seen: { url: string; auth: string | undefined }[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    seen.push({ url: req.url ?? '', auth: req.headers.authorization })
    if (url.pathname === '/wp-json/wp/v2/posts/424') {
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' }).end(seedText)
    } else if (url.pathname === '/wp-json/wp/v2/posts/7') {
      if (req.headers.authorization !== `Basic ${btoa('editor:abcdefgh')}`) {
        res.writeHead(401, { 'content-type': 'application/json' }).end('{"code":"rest_forbidden_context","message":"Sorry, you are not allowed to edit posts in this post type."}')
      } else {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 7, status: 'draft', content: { raw: '<h2>A</h2><h4>B</h4>', rendered: '<h2>A</h2>\n<h4>B</h4>' } }))
      }
    } else if (url.pathname === '/page') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Not the API</title>')
    } else if (url.pathname === '/slow') {
      setTimeout(() => res.writeHead(200).end('{}'), 5000).unref()
    } else if (url.pathname === '/big') {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(`{"pad": "${'x'.repeat(6 * 1024 * 1024)}"}`)
    } else {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"code":"rest_post_invalid_id","message":"Invalid post ID.","data":{"status":404}}')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

/** Runs the built CLI without blocking this process, which serves the answers. */
function medlint(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin/medlint.js'), ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

const only = ['--no-config', '--rule', 'heading-hierarchy:error']

describe('--url', () => {
  it('fetches a post with _embed and lints it, positions in the fetched JSON', async () => {
    const r = await medlint(['--url', `${base}/wp-json/wp/v2/posts/424`, '-f', 'json'])
    const [entry] = JSON.parse(r.stdout)
    expect(entry.filePath).toBe(`${base}/wp-json/wp/v2/posts/424`)
    expect(Array.isArray(entry.messages)).toBe(true)
    expect(seen.some((s) => s.url === '/wp-json/wp/v2/posts/424?_embed=1')).toBe(true)
  })

  it('sends an application password and asks for context=edit', async () => {
    const r = await medlint([...only, '--url', `${base}/wp-json/wp/v2/posts/7`, '-f', 'json'], { MEDLINT_WP_USER: 'editor', MEDLINT_WP_APP_PASSWORD: 'abcd efgh' })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)[0].messages[0]).toMatchObject({ ruleId: 'heading-hierarchy', line: 1 })
    expect(seen.some((s) => s.url === '/wp-json/wp/v2/posts/7?_embed=1&context=edit')).toBe(true)
  })

  it.each([
    [['--url', 'ftp://example.org/post'], 'medlint: --url ftp://example.org/post: only http and https URLs can be fetched'],
    [['--url', 'not a url'], 'medlint: --url "not a url": not a valid URL'],
    [['--url', '/wp-json/wp/v2/posts/7'], 'HTTP 401'],
    [['--url', '/wp-json/wp/v2/posts/999'], 'HTTP 404 Not Found: rest_post_invalid_id: Invalid post ID.'],
    [['--url', '/page'], 'answer is not JSON (content-type text/html)'],
    [['--url', '/slow', '--timeout', '300'], 'no answer within 300 ms'],
    [['--url', '/big'], 'answer is larger than the 5242880 bytes allowed'],
  ])('fails with one line and exit 2: %j', async (args, text) => {
    const r = await medlint(args.map((a) => (a.startsWith('/') ? `${base}${a}` : a)))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(text)
    expect(r.stderr.split('\n')[0]).toMatch(/^medlint: /)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('names the URL when nothing listens there', async () => {
    // A port that was free a moment ago: listen, note it, close.
    const spare = createServer()
    await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve))
    const port = (spare.address() as AddressInfo).port
    await new Promise((resolve) => spare.close(resolve))
    const r = await medlint(['--url', `http://127.0.0.1:${port}/wp-json/wp/v2/posts/1`])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`medlint: http://127.0.0.1:${port}/wp-json/wp/v2/posts/1: cannot fetch: ECONNREFUSED\n`)
  })
})
