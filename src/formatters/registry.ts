import type { Formatter } from './types.js'

/**
 * Every output format, loaded on demand so a run only imports the formats it prints.
 * Format names are public API.
 */
export const formatters: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  'json-with-metadata': async () => (await import('./json.js')).jsonWithMetadata,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  markdown: async () => (await import('./markdown.js')).markdown,
  html: async () => (await import('./html.js')).html,
}
