import type { Element, Root, RootContent } from 'hast'
import { elementText } from '../analysis.js'
import { parseDocument, parseFragment } from '../html.js'
import { lineIndex } from './positions.js'
import type { Post } from '../types.js'
import type { ReadPost } from './rest.js'

const WHOLE_PAGE = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s|<html[\s>]|<head[\s>])/i

/**
 * Reads an HTML file: a post body (fragment) or a whole page. A page's title comes from
 * `<title>`, else the first `<h1>`; its content is the `<body>`. Positions are file positions.
 */
export function readHtml(text: string, path: string): ReadPost {
  const toPoint = lineIndex(text)
  const whole = WHOLE_PAGE.test(text)
  const tree = whole ? parseDocument(text) : parseFragment(text)
  let content: Root = tree
  let titleEl: Element | undefined
  if (whole) {
    const html = findElement(tree, 'html')
    const head = html && findElement(html, 'head')
    const body = html && findElement(html, 'body')
    titleEl = head ? findElement(head, 'title') : undefined
    if (body) content = { type: 'root', children: body.children as RootContent[] }
  }
  const h1 = findElement(content, 'h1')
  // A whole page's first h1 is its visible title; so is a fragment's, which has no other title.
  const titleInContent = !!h1
  if (!titleEl || !elementText(titleEl)) titleEl = h1
  const title = titleEl ? elementText(titleEl) : ''
  const titleStart = titleEl?.position?.start.offset
  const post: Post = {
    type: 'post',
    title,
    titleHtml: title,
    slug: '',
    link: '',
    status: 'publish',
    excerpt: '',
    excerptHtml: '',
    contentHtml: text,
    content,
    categories: [],
    tags: [],
    categoryIds: [],
    tagIds: [],
    seo: { from: 'none' },
    source: {
      path,
      kind: 'html',
      index: 0,
      locate(field, offset) {
        if (field === 'content' && offset !== undefined) return toPoint(offset)
        if (field === 'title' && titleStart !== undefined) return toPoint(titleStart)
        return { line: 1, column: 1 }
      },
      edit: {
        offset: (field, offset) => (field === 'content' ? offset : undefined),
        encode: (_field, value) => value,
      },
    },
  }
  if (titleInContent) post.titleInContent = true
  return { post, notices: [] }
}

function findElement(node: Root | Element, tagName: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child.tagName === tagName) return child
    const found = findElement(child, tagName)
    if (found) return found
  }
  return undefined
}
