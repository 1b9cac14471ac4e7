import { inputError, usageError } from './errors.js'

export interface FetchPostOptions {
  /** Milliseconds to wait for the whole answer (default 10 000). */
  timeout?: number
  /** Largest answer accepted, in bytes (default 5 MiB). */
  maxBytes?: number
  /** WordPress user and application password, for `context=edit` (drafts, raw content). */
  user?: string | undefined
  password?: string | undefined
}

export const DEFAULT_TIMEOUT = 10_000
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

/**
 * The REST URL to request: `_embed` added (term and author names), and `context=edit` when
 * credentials are given.
 */
export function restUrl(raw: string, withAuth: boolean): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw usageError(`--url ${JSON.stringify(raw)}: not a valid URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw usageError(`--url ${raw}: only http and https URLs can be fetched`)
  if (!url.searchParams.has('_embed')) url.searchParams.set('_embed', '1')
  if (withAuth && !url.searchParams.has('context')) url.searchParams.set('context', 'edit')
  return url
}

/**
 * Fetches a post from the WordPress REST API (`/wp-json/wp/v2/posts/123`) and returns its JSON
 * text. Every failure is a one-line error naming the URL.
 */
export async function fetchPost(raw: string, options: FetchPostOptions = {}): Promise<string> {
  const auth = options.user && options.password ? { user: options.user, password: options.password } : undefined
  const url = restUrl(raw, !!auth)
  const timeout = options.timeout ?? DEFAULT_TIMEOUT
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const headers: Record<string, string> = { accept: 'application/json' }
  if (auth) headers['authorization'] = `Basic ${btoa(`${auth.user}:${auth.password.replace(/\s+/g, '')}`)}`
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeout)
  try {
    let response: Response
    try {
      response = await fetch(url, { headers, signal: controller.signal, redirect: 'follow' })
    } catch (error) {
      if (controller.signal.aborted) throw inputError(raw, `no answer within ${seconds(timeout)}`)
      const cause = (error as { cause?: { code?: string; message?: string } }).cause
      throw inputError(raw, `cannot fetch: ${cause?.code ?? cause?.message ?? (error as Error).message}`)
    }
    const declared = Number(response.headers.get('content-length') ?? NaN)
    if (declared > maxBytes) throw inputError(raw, `answer is larger than the ${maxBytes} bytes allowed`)
    const text = await readLimited(response, maxBytes, raw, controller, timeout)
    const type = response.headers.get('content-type') ?? ''
    if (!response.ok) {
      const detail = wpError(text)
      throw inputError(raw, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${detail ? `: ${detail}` : ''}`)
    }
    if (!/json/i.test(type) && !/^\s*[[{]/.test(text)) {
      throw inputError(raw, `answer is not JSON (content-type ${type || 'not given'}): is this a REST API URL such as /wp-json/wp/v2/posts/123?`)
    }
    return text
  } finally {
    clearTimeout(timer)
  }
}

async function readLimited(response: Response, maxBytes: number, raw: string, controller: AbortController, timeout: number): Promise<string> {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        controller.abort()
        throw inputError(raw, `answer is larger than the ${maxBytes} bytes allowed`)
      }
      chunks.push(value)
    }
  } catch (error) {
    if (controller.signal.aborted && !(error instanceof Error && error.name === 'MedlintError')) throw inputError(raw, `no answer within ${seconds(timeout)}`)
    throw error
  }
  const all = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    all.set(c, at)
    at += c.byteLength
  }
  return new TextDecoder().decode(all)
}

function wpError(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown }
    if (typeof body.message === 'string') return typeof body.code === 'string' ? `${body.code}: ${body.message}` : body.message
  } catch {
    // not JSON: no detail
  }
  return undefined
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`
}
