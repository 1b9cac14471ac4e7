/** medlint's home page (SARIF `informationUri`, report footers). */
export const HOME_URL = 'https://github.com/medlint/medlint'

/** The documentation page of a rule (`docs/rules/<id>.md`), shared by every format that links rules. */
export function ruleDocsUrl(id: string): string {
  return `${HOME_URL}/blob/main/docs/rules/${encodeURIComponent(id)}.md`
}
