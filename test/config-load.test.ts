import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cosmiconfig } from 'cosmiconfig'
import { describe, expect, it } from 'vitest'
import { rules } from '../rules/index.js'
import { loadConfig, SEARCH_PLACES } from '../src/config/load.js'
import { resolveConfig } from '../src/config/resolve.js'
import { configError, MedlintError } from '../src/errors.js'
import type { Config } from '../src/config/schema.js'

/**
 * loadConfig reads plain JSON configs itself and hands everything else to cosmiconfig. This is
 * what loadConfig did when cosmiconfig did all of it: both must agree on every project below.
 */
async function viaCosmiconfig(cwd: string, configFile?: string) {
  const explorer = cosmiconfig('medlint', { searchPlaces: SEARCH_PLACES, searchStrategy: 'project', cache: false })
  let found: { config: unknown; filepath: string; isEmpty?: boolean } | null
  try {
    found = configFile ? await explorer.load(configFile) : await explorer.search(cwd)
  } catch (error) {
    const err = error as NodeJS.ErrnoException
    if (err.code === 'ENOENT') throw configError(configFile, 'config file not found')
    throw configError(configFile, `cannot load config: ${String(err.message ?? err).replace(/\s+/g, ' ').trim()}`)
  }
  if (!found) return resolveConfig(undefined, rules)
  if (found.isEmpty || found.config === undefined || found.config === null) return resolveConfig({}, rules, { filepath: found.filepath })
  return resolveConfig(found.config as Config, rules, { filepath: found.filepath })
}

async function outcome(load: () => Promise<unknown>): Promise<unknown> {
  try {
    return { config: await load() }
  } catch (error) {
    return { error: error instanceof MedlintError ? `MedlintError: ${error.message}` : String(error) }
  }
}

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'medlint-load-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

const PKG = '{"name":"site"}'
const WARN = JSON.stringify({ rules: { 'heading-hierarchy': 'warn' } })

const searches: [string, Record<string, string>, string?][] = [
  ['no config file', { 'package.json': PKG }],
  ['.medlintrc.json', { 'package.json': PKG, '.medlintrc.json': WARN }],
  ['.medlintrc holding JSON', { 'package.json': PKG, '.medlintrc': WARN }],
  ['.medlintrc holding YAML', { 'package.json': PKG, '.medlintrc': 'rules:\n  heading-hierarchy: warn\n' }],
  ['.medlintrc JSON with a repeated key (YAML rejects it)', { 'package.json': PKG, '.medlintrc': '{"locale": "en-GB", "locale": "en-US"}' }],
  ['.medlintrc JSON with a repeated nested key', { 'package.json': PKG, '.medlintrc': '{"rules": {"heading-hierarchy": "warn", "heading-hierarchy": "off"}}' }],
  ['.medlintrc JSON with a colon inside a string', { 'package.json': PKG, '.medlintrc': '{"locale": "en:GB \\" : x"}' }],
  ['.medlintrc JSON indented with tabs', { 'package.json': PKG, '.medlintrc': '{\n\t"locale": "en-GB"\n}' }],
  ['.medlintrc JSON with a byte-order mark', { 'package.json': PKG, '.medlintrc': `\ufeff${WARN}` }],
  ['.medlintrc JSON with a character YAML refuses', { 'package.json': PKG, '.medlintrc': '{"locale": "en\u007fGB"}' }],
  ['.medlintrc.json with a repeated key (JSON keeps the last)', { 'package.json': PKG, '.medlintrc.json': '{"locale": "en-GB", "locale": "en-US"}' }],
  ['.medlintrc.json with a byte-order mark', { 'package.json': PKG, '.medlintrc.json': `\ufeff${WARN}` }],
  ['.medlintrc.json that does not parse', { 'package.json': PKG, '.medlintrc.json': '{ "rules": ' }],
  ['.medlintrc.json holding null (skipped)', { 'package.json': PKG, '.medlintrc.json': 'null', '.medlintrc.yaml': 'locale: en-GB\n' }],
  ['.medlintrc.json holding an array', { 'package.json': PKG, '.medlintrc.json': '[]' }],
  ['.medlintrc.json holding a string', { 'package.json': PKG, '.medlintrc.json': '"x"' }],
  ['.medlintrc.json with $import', { 'package.json': PKG, '.medlintrc.json': '{"$import": "./base.json", "locale": "en-GB"}', 'base.json': WARN }],
  ['.medlintrc.json with an unknown key', { 'package.json': PKG, '.medlintrc.json': '{"rule": {}}' }],
  ['an empty .medlintrc, then .medlintrc.json', { 'package.json': PKG, '.medlintrc': ' \n', '.medlintrc.json': WARN }],
  ['an empty .medlintrc.json only', { 'package.json': PKG, '.medlintrc.json': '' }],
  ['.medlintrc.json that is a directory', { 'package.json': PKG, '.medlintrc.json/x': '', '.medlintrc.yaml': 'locale: en-GB\n' }],
  ['package.json#medlint', { 'package.json': JSON.stringify({ name: 'x', medlint: { locale: 'en-GB' } }) }],
  ['package.json#medlint null', { 'package.json': JSON.stringify({ name: 'x', medlint: null }), '.medlintrc.json': WARN }],
  ['package.json that does not parse', { 'package.json': '{"name":' }],
  ['.medlintrc.yaml', { 'package.json': PKG, '.medlintrc.yaml': 'locale: en-GB\n' }],
  ['medlint.config.mjs', { 'package.json': PKG, 'medlint.config.mjs': 'export default { locale: "en-GB" }\n' }],
  ['config in the project root, run from a subdirectory', { 'package.json': PKG, '.medlintrc.json': WARN, 'a/b/.keep': '' }, 'a/b'],
  ['a nested package.json stops the search', { 'package.json': PKG, '.medlintrc.json': WARN, 'sub/package.json': PKG }, 'sub'],
  ['a nested package.yaml stops the search', { 'package.json': PKG, '.medlintrc.json': WARN, 'sub/package.yaml': 'name: sub\n' }, 'sub'],
]

describe('loadConfig finds the same config as cosmiconfig', () => {
  it.each(searches)('%s', async (_name, files, sub) => {
    const cwd = join(project(files), sub ?? '.')
    const ours = await outcome(() => loadConfig({ cwd }))
    expect(ours).toEqual(await outcome(() => viaCosmiconfig(cwd)))
  })

  const loads: [string, Record<string, string>, string][] = [
    ['a JSON file', { 'custom.json': '{"locale":"en-GB"}' }, 'custom.json'],
    ['a missing file', {}, 'missing.json'],
    ['an empty JSON file', { 'e.json': ' ' }, 'e.json'],
    ['a JSON file that does not parse', { 'e.json': '{x' }, 'e.json'],
    ['a JSON file holding null', { 'e.json': 'null' }, 'e.json'],
    ['a JSON file with $import', { 'c.json': '{"$import": "b.json"}', 'b.json': '{"locale":"en-GB"}' }, 'c.json'],
    ['package.json', { 'package.json': JSON.stringify({ name: 'x', medlint: { locale: 'en-GB' } }) }, 'package.json'],
    ['a YAML file', { 'c.yaml': 'locale: en-GB\n' }, 'c.yaml'],
    ['a directory', { 'd/x': '' }, 'd'],
  ]
  it.each(loads)('--config with %s', async (_name, files, file) => {
    const dir = project({ 'package.json': PKG, ...files })
    const configFile = join(dir, file)
    const ours = await outcome(() => loadConfig({ cwd: dir, configFile }))
    expect(ours).toEqual(await outcome(() => viaCosmiconfig(dir, configFile)))
  })

  it('reads a plain JSON config and reports its path', async () => {
    const dir = project({ 'package.json': PKG, '.medlintrc.json': WARN, 'posts/.keep': '' })
    const config = await loadConfig({ cwd: join(dir, 'posts') })
    expect(config.filepath).toBe(join(dir, '.medlintrc.json'))
    expect(config.rules['heading-hierarchy']?.severity).toBe('warn')
    expect(Object.keys(config.rules)).toEqual(['heading-hierarchy'])
  })
})
