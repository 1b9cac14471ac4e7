/**
 * Path of a file relative to `cwd`, with forward slashes. Written without node:path so the
 * formatters run in a browser too; names like `<stdin>` and URLs pass through unchanged.
 */
export function relativePath(file: string, cwd: string): string {
  if (!file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(file)) return file.replace(/\\/g, '/')
  const norm = (p: string) => p.replace(/\\/g, '/').replace(/\/+$/, '')
  const f = norm(file)
  const c = norm(cwd)
  if (f === c) return '.'
  if (f.startsWith(`${c}/`)) return f.slice(c.length + 1)
  const fp = f.split('/')
  const cp = c.split('/')
  let i = 0
  while (i < fp.length && i < cp.length && fp[i] === cp[i]) i++
  if (i <= 1) return f
  return [...Array(cp.length - i).fill('..'), ...fp.slice(i)].join('/')
}
