import { inputError } from '../errors.js'
import { readHtml } from './html.js'
import { parseJsonText, readRest } from './rest.js'
import { readWxrText } from './wxr.js'
import type { ReadOptions, ReadPost } from './rest.js'

export type { ReadOptions, ReadPost, ReaderNotice } from './rest.js'

const WXR_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<rss[\s>]/

/** Whether text (or its first few kilobytes) is a WordPress export (WXR, an RSS document). */
export function isWxrText(text: string): boolean {
  return WXR_START.test(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
}

/**
 * Reads a file's text into posts, choosing the reader from the content: JSON (WordPress REST
 * API), a WordPress export (WXR), or HTML. `path` names the file in positions and errors.
 */
export function readText(text: string, path: string, options: ReadOptions = {}): ReadPost[] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (!text.trim()) throw inputError(path, 'file is empty')
  if (text.slice(0, 8000).includes('\u0000')) throw inputError(path, 'file is binary, not a WordPress post (JSON or HTML)')
  const first = text.trimStart()[0]
  if (first === '{' || first === '[' || /\.json$/i.test(path)) {
    return readRest(parseJsonText(text, path), text, path, options)
  }
  if (isWxrText(text)) {
    return readWxrText(text, path, options)
  }
  if (first !== '<' && !/<[a-z][\s\S]*>/i.test(text.slice(0, 4000))) {
    throw inputError(path, 'not a WordPress post: expected REST API JSON, a WXR export or HTML')
  }
  return [readHtml(text, path)]
}

/** Reads an already parsed REST post object (or array of them), as the library's `lint` takes. */
export function readValue(value: unknown, path: string, options: ReadOptions = {}): ReadPost[] {
  return readRest(value, undefined, path, options)
}
