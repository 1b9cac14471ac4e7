import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readText } from '../src/readers/index.js'
import { lint } from '../src/lint.js'
import { basePost, errorOf, root, seedText } from './helpers.js'

const fixture = (name: string) => readFileSync(`${root}fixtures/${name}`, 'utf8')

function onePost(text: string, path: string) {
  const read = readText(text, path)
  expect(read).toHaveLength(1)
  return read[0]!.post
}


/** 1-based line:column of the first occurrence of `needle` in `text`. */
export function pointOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle)
  expect(offset).toBeGreaterThanOrEqual(0)
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: before[before.length - 1]!.length + 1 }
}

describe('REST reader', () => {
  it('reads the seed: title, dates in GMT, terms from class_list, entities decoded', () => {
    const [read] = readText(seedText, 'seed.json')
    const { post, notices } = read!
    expect(post.id).toBe(424)
    expect(post.title).toBe('Back Pain Radiating to Legs: Causes, Symptoms, and Treatment')
    expect(post.date).toBe('2025-08-31T10:30:45Z')
    expect(post.modified).toBe('2025-08-27T10:36:25Z')
    expect(post.categories).toEqual([{ id: 1, slug: 'diabetes', name: 'diabetes', from: 'class_list' }])
    expect(post.tags).toHaveLength(15)
    expect(post.tags.map((t) => t.name)).toContain('sciatica pain')
    expect(post.excerpt.endsWith('irritation or…')).toBe(true)
    expect(post.author).toEqual({ id: 1 })
    expect(notices).toEqual([])
    expect(post.seo.from).toBe('none')
  })

  it('reads an array of posts, each with its index', () => {
    const text = JSON.stringify([basePost({ id: 1 }), basePost({ id: 2 })])
    const posts = readText(text, 'list.json')
    expect(posts.map((p) => [p.post.id, p.post.source.index, p.post.source.collection])).toEqual([
      [1, 0, true],
      [2, 1, true],
    ])
  })

  it('takes term names from _embedded["wp:term"] first', () => {
    const post = basePost({
      categories: [7],
      tags: [9],
      class_list: ['category-wrong'],
      _embedded: {
        'wp:term': [
          [{ id: 7, name: 'Heart &amp; Lungs', slug: 'heart-lungs', taxonomy: 'category' }],
          [{ id: 9, name: 'Blood pressure', slug: 'blood-pressure', taxonomy: 'post_tag' }],
        ],
        author: [{ id: 2, name: 'Dr Ada Smith', slug: 'ada' }],
      },
    })
    const p = onePost(JSON.stringify(post), 'p.json')
    expect(p.categories).toEqual([{ id: 7, name: 'Heart & Lungs', slug: 'heart-lungs', from: 'embedded' }])
    expect(p.tags).toEqual([{ id: 9, name: 'Blood pressure', slug: 'blood-pressure', from: 'embedded' }])
    expect(p.author?.name).toBe('Dr Ada Smith')
  })

  it('falls back to the taxonomies map, and says when an id cannot be resolved', async () => {
    const post = basePost({ categories: [7, 8], tags: [] })
    const results = await lint(post, { config: { taxonomies: { categories: { '7': 'Heart' } } } })
    const notes = results[0]!.messages.filter((m) => m.ruleId === null)
    expect(notes).toHaveLength(1)
    expect(notes[0]!.message).toMatch(/Category id 8 could not be resolved/)
    expect(notes[0]!.field).toBe('categories')
    expect(notes[0]!.severity).toBe(1)
  })

  it('decodes entities in titles and excerpts', () => {
    const post = onePost(fixture('posts/escapes.json'), 'e.json')
    expect(post.title).toBe('Café – heart & health')
    expect(post.excerpt).toBe('Café …')
    expect(post.slug).toBe('café-heart')
  })

  it.each([
    ['bad/empty.json', /file is empty/],
    ['bad/not-a-post.json', /JSON is not a WordPress post/],
    ['bad/truncated.json', /invalid JSON at 4:1/],
    ['bad/binary.json', /binary/],
    ['bad/rest-error.json', /REST error response.*rest_post_invalid_id: Invalid post ID/],
  ])('rejects %s with one clear line', (name, pattern) => {
    const error = errorOf(() => readText(fixture(name), name))
    expect(error.message).toMatch(pattern)
    expect(error.message.startsWith(`${name}: `)).toBe(true)
    expect(error.message).not.toContain('\n')
  })

  it('rejects a REST comment, which also has content.rendered', () => {
    const comment = { id: 5, post: 60, author_name: 'Ann', content: { rendered: '<p>Nice</p>' }, type: 'comment' }
    expect(errorOf(() => readText(JSON.stringify(comment), 'c.json')).message).toBe('c.json: is a WordPress comment (/wp/v2/comments), not a post')
    expect(errorOf(() => readText(JSON.stringify([comment]), 'c.json')).message).toBe('c.json: item 0 of the JSON array is a WordPress comment, not a post')
  })

  it('rejects an array item that is not a post, naming it', () => {
    const error = errorOf(() => readText(JSON.stringify([basePost(), { foo: 1 }]), 'a.json'))
    expect(error.message).toBe('a.json: item 1 of the JSON array is not a WordPress post (no content.rendered)')
  })
})

describe('HTML reader', () => {
  it('reads a body fragment: title from the first h1, file positions', async () => {
    const text = fixture('html/body.html')
    const post = onePost(text, 'body.html')
    expect(post.title).toBe('Understanding high blood pressure')
    const [result] = await lint(text, { filePath: 'body.html' })
    const m = result!.messages.filter((x) => x.ruleId === 'heading-hierarchy')
    expect(m).toHaveLength(1)
    expect(m[0]).toMatchObject({ ...pointOf(text, '<h4>'), field: 'content' })
  })

  it('reads a whole page: title from <title>, content from <body>', async () => {
    const text = fixture('html/page.html')
    const post = onePost(text, 'page.html')
    expect(post.title).toBe('Asthma in children & teens')
    const [result] = await lint(text, { filePath: 'page.html', config: { rules: { 'heading-hierarchy': 'error' } } })
    // The page's h1 is its heading, not a second h1; the h3 skips h2.
    expect(result!.messages.map((m) => [m.line, m.column, m.message.slice(0, 16)])).toEqual([
      [pointOf(text, '<h3>').line, pointOf(text, '<h3>').column, 'Unexpected <h3> '],
    ])
  })

  it('rejects text that is neither JSON nor HTML', () => {
    expect(errorOf(() => readText('just some words', 'notes.txt')).message).toMatch(/notes.txt: not a WordPress post/)
  })
})

describe('positions in post JSON files', () => {
  it.each(['posts/escapes.json', 'posts/escapes-utf8.json'])('map content offsets through JSON escapes in %s', async (name) => {
    const text = fixture(name)
    const [result] = await lint(text, { filePath: name })
    const m = result!.messages.find((x) => x.ruleId === 'heading-hierarchy')!
    expect(m.field).toBe('content')
    expect({ line: m.line, column: m.column }).toEqual(pointOf(text, '<h4>'))
    expect({ line: m.endLine, column: m.endColumn }).toEqual((() => {
      const p = pointOf(text, '<h4>Skipped<')
      const close = text.includes('<\\/h4>') ? '<\\/h4>' : '</h4>'
      return { line: p.line, column: text.split('\n')[p.line - 1]!.indexOf(close) + close.length + 1 }
    })())
  })

  it('points unresolved terms at the categories field', async () => {
    const text = fixture('posts/escapes.json')
    const [result] = await lint(text, { filePath: 'e.json' })
    const m = result!.messages.find((x) => x.ruleId === null)!
    expect({ line: m.line, column: m.column }).toEqual(pointOf(text, '[\n    5'))
  })

  it('gives positions inside the field for post objects (no file)', async () => {
    const [result] = await lint(basePost({ content: { rendered: '<h2>a</h2>\n<h4>b</h4>' } }))
    expect(result!.messages.find((m) => m.ruleId === 'heading-hierarchy')).toMatchObject({ line: 2, column: 1, field: 'content' })
  })
})
