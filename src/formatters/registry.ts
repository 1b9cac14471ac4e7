import type { Formatter, StreamFormatter } from './types.js'

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

/** The formats that can write a run result by result (used for runs too large to hold in memory). */
export const streamFormatters: Record<string, () => Promise<StreamFormatter>> = {
  stylish: async () => (await import('./stylish.js')).stylishStream,
  json: async () => (await import('./json.js')).jsonStream,
  'json-with-metadata': async () => (await import('./json.js')).jsonWithMetadataStream,
}
