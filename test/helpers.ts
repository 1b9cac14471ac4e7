import { readFileSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import { lint } from '../src/lint.js'
import { MedlintError } from '../src/errors.js'
import type { LintMessage } from '../src/types.js'
import type { RuleExample } from '../src/rule.js'
import type { Settings } from '../src/config/schema.js'

export const root = fileURLToPath(new URL('..', import.meta.url))
export const seedPath = `${root}fixtures/posts/wp-post-424.json`
export const seedText = readFileSync(seedPath, 'utf8')
export const sharedDir = fileURLToPath(new URL('../../shared/', import.meta.url))
/** The shared corpus, when this checkout has it beside it (tests using it skip otherwise). */
export const corpusDir = `${sharedDir}corpus/`
export const hasCorpus = existsSync(corpusDir)

/** A plain, well-formed REST post the examples and tests override. */
export function basePost(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 1001,
    date: '2025-03-01T09:00:00',
    date_gmt: '2025-03-01T09:00:00',
    modified: '2025-03-02T09:00:00',
    modified_gmt: '2025-03-02T09:00:00',
    slug: 'example-post',
    status: 'publish',
    type: 'post',
    link: 'https://health.example.org/example-post/',
    title: { rendered: 'Example post' },
    content: { rendered: '<p>Example.</p>' },
    excerpt: { rendered: '<p>Example.</p>' },
    author: 2,
    categories: [],
    tags: [],
    ...overrides,
  }
}

/** Builds a REST post object from a rule example (html → content.rendered, post fields merged). */
export function examplePost(example: RuleExample): Record<string, unknown> {
  const post = basePost(example.post ?? {})
  if (example.html !== undefined) post['content'] = { rendered: example.html, protected: false }
  return post
}

/**
 * Lints a post with only `ruleId` turned on and returns that rule's messages.
 * `post` is a REST post object (see basePost) or JSON/HTML text.
 */
export async function runRule(
  ruleId: string,
  post: Record<string, unknown> | string,
  options?: Record<string, unknown>,
  settings: Partial<Settings> = {},
): Promise<LintMessage[]> {
  const results = await lint(post, {
    config: { rules: { [ruleId]: options ? ['error', options] : 'error' }, ...settings } as never,
  })
  return results.flatMap((r) => r.messages).filter((m) => m.ruleId === ruleId || m.fatal)
}

/** The MedlintError `fn` throws (failing the test when it throws nothing or something else). */
export function errorOf(fn: () => unknown): MedlintError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(MedlintError)
    return error as MedlintError
  }
  throw new Error('expected a MedlintError')
}
