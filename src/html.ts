import { unified } from 'unified'
import rehypeParse from 'rehype-parse'
import { toString } from 'hast-util-to-string'
import { parseEntities } from 'parse-entities'
import type { Root } from 'hast'

const fragmentParser = unified().use(rehypeParse, { fragment: true })
const documentParser = unified().use(rehypeParse, { fragment: false })

/** Parses an HTML fragment (a post body) into hast, with positions relative to `html`. */
export function parseFragment(html: string): Root {
  return fragmentParser.parse(html)
}

/** Parses a whole HTML document (with `<html>`, `<head>`, `<body>`). */
export function parseDocument(html: string): Root {
  return documentParser.parse(html)
}

/**
 * Plain text of a short HTML string such as a rendered title or excerpt: tags dropped,
 * character references (`&#8217;`, `&hellip;`, `&amp;`) decoded, white space folded.
 */
export function htmlToText(html: string): string {
  if (!html) return ''
  const text = html.includes('<') ? toString(parseFragment(html)) : html.includes('&') ? parseEntities(html) : html
  return text.replace(/\s+/g, ' ').trim()
}
