import { open, readFile, stat } from 'node:fs/promises'
import { resolve as resolvePath } from 'node:path'
import { inputError, usageError } from './errors.js'
import type { LintOptions } from './lint.js'
import type { LoadConfigOptions } from './config/load.js'
import type { ResolvedConfig } from './config/schema.js'
import type { LintResult } from './types.js'

/** File endings medlint reads when given a directory. */
export const EXTENSIONS = ['json', 'html', 'htm', 'xml']

export interface LintFilesOptions extends Omit<LintOptions, 'filePath'>, Omit<LoadConfigOptions, 'rules'> {
  /** Post types to read from WXR exports (default `['post']`; `any` for all). */
  postTypes?: string[]
}

/**
 * Expands files, directories and glob patterns to the files to lint, in a stable order.
 * A pattern that matches nothing is an error naming it.
 */
export async function expandPatterns(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = []
  const seen = new Set<string>()
  const add = (f: string) => {
    const abs = resolvePath(cwd, f)
    if (!seen.has(abs)) {
      seen.add(abs)
      files.push(abs)
    }
  }
  for (const pattern of patterns) {
    let info: Awaited<ReturnType<typeof stat>> | undefined
    try {
      info = await stat(resolvePath(cwd, pattern))
    } catch {
      info = undefined
    }
    if (info?.isFile()) {
      add(pattern)
      continue
    }
    // The glob library is loaded only for directories and patterns: a run over plain files starts faster.
    const { glob, isDynamicPattern } = await import('tinyglobby')
    if (info?.isDirectory()) {
      // Project files that are never posts are skipped when a directory is expanded.
      const found = await glob(`**/*.{${EXTENSIONS.join(',')}}`, {
        cwd: resolvePath(cwd, pattern),
        ignore: ['**/node_modules/**', '**/package.json', '**/package-lock.json', '**/tsconfig*.json', '**/composer.json'],
        absolute: true,
      })
      if (!found.length) throw inputError(pattern, `directory has no files to lint (looked for *.${EXTENSIONS.join(', *.')})`)
      found.sort().forEach(add)
      continue
    }
    if (!isDynamicPattern(pattern)) throw inputError(pattern, 'file not found')
    const found = await glob(pattern, { cwd, ignore: ['**/node_modules/**'], absolute: true })
    if (!found.length) throw inputError(pattern, 'no files match this pattern')
    found.sort().forEach(add)
  }
  return files
}

/** Reads one file as text, turning file-system failures into one-line input errors. */
export async function readInputFile(path: string, shown: string = path): Promise<string> {
  try {
    const buffer = await readFile(path)
    if (buffer.length === 0) throw inputError(shown, 'file is empty')
    if (buffer.subarray(0, 8000).includes(0)) throw inputError(shown, 'file is binary, not a WordPress post (JSON, HTML or WXR)')
    return buffer.toString('utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw inputError(shown, 'file not found')
    if (code === 'EISDIR') throw inputError(shown, 'is a directory')
    if (code === 'EACCES' || code === 'EPERM') throw inputError(shown, 'permission denied')
    throw error
  }
}

/** The first bytes of a file as text (to tell a WXR export from a post without reading it whole). */
export async function peekFile(path: string, bytes = 4096): Promise<string> {
  let handle
  try {
    handle = await open(path, 'r')
    const buffer = Buffer.alloc(bytes)
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } catch {
    // Unreadable here: readInputFile reports it properly.
    return ''
  } finally {
    await handle?.close()
  }
}

/** Loads config (unless given) and lints files, directories or globs. Never prints and never exits. */
export async function lintFiles(patterns: string | readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const list = typeof patterns === 'string' ? [patterns] : patterns
  if (!list.length) throw usageError('no files given')
  const cwd = options.cwd ?? process.cwd()
  // Loaded here rather than at the top, so the CLI (which uses only the helpers above) does not load them.
  const [{ rules: allRules }, { loadConfig }, { toResolvedConfig }, { LintSession }, { isWxrText, readText }, { streamWxrFile }] = await Promise.all([
    import('../rules/index.js'),
    import('./config/load.js'),
    import('./lint.js'),
    import('./session.js'),
    import('./readers/index.js'),
    import('./readers/wxr-file.js'),
  ])
  const config: ResolvedConfig = options.config
    ? toResolvedConfig(options)
    : await loadConfig({ cwd, ...(options.configFile ? { configFile: options.configFile } : {}), ...(options.noConfig ? { noConfig: true } : {}), ...(options.rules ? { rules: options.rules } : {}) })
  const files = await expandPatterns(list, cwd)
  const session = new LintSession(config, allRules, { inlineConfig: options.inlineConfig !== false, keepSource: !!options.keepSource })
  const readOptions = { taxonomies: config.settings.taxonomies, ...(options.postTypes ? { postTypes: options.postTypes } : {}) }
  for (const file of files) {
    if (isWxrText(await peekFile(file))) {
      // Exports are streamed post by post, so memory stays flat however big they are.
      await streamWxrFile(file, readOptions, (read) => void session.add(read))
      continue
    }
    const text = await readInputFile(file)
    for (const read of readText(text, file, readOptions)) session.add(read)
  }
  return session.finish()
}
