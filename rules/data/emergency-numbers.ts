/**
 * Emergency and crisis numbers by country, for the site's `locale` setting. Sources: ITU-T E.161.1 /
 * EU 112 (europa.eu/112); US FCC 911 and 988 Suicide & Crisis Lifeline (samhsa.gov, 2022); Canada
 * CRTC 911 and 9-8-8 (2023); UK NHS "Call 999 / NHS 111" guidance and Samaritans 116 123;
 * Australia Triple Zero 000 (triplezero.gov.au) and Lifeline 13 11 14; New Zealand 111 and 1737
 * (healthify.nz); Ireland 112/999 and Samaritans 116 123; India 112 (ERSS) and Tele-MANAS 14416.
 */
export interface LocaleNumbers {
  /** The number to tell readers to call in an emergency. */
  emergency: string
  /** Where to go in person, as readers of that country say it. */
  department: string
  /** Other emergency or urgent numbers that work there (not reported as wrong). */
  alsoValid: readonly string[]
  /** A crisis line for suicidal thoughts, as it should be written. */
  crisis: string
  /** Numbers of that crisis line, as written in text. */
  crisisNumbers: readonly string[]
}

export const LOCALE_NUMBERS: Readonly<Record<string, LocaleNumbers>> = {
  US: { emergency: '911', department: 'the emergency room', alsoValid: ['112'], crisis: 'call or text 988 (Suicide & Crisis Lifeline)', crisisNumbers: ['988'] },
  CA: { emergency: '911', department: 'the emergency department', alsoValid: ['112'], crisis: 'call or text 9-8-8', crisisNumbers: ['988', '9-8-8'] },
  GB: { emergency: '999', department: 'A&E', alsoValid: ['112', '111'], crisis: 'call Samaritans on 116 123', crisisNumbers: ['116 123', '116123', '111'] },
  IE: { emergency: '112 or 999', department: 'the emergency department', alsoValid: ['112', '999'], crisis: 'call Samaritans on 116 123', crisisNumbers: ['116 123', '116123'] },
  AU: { emergency: '000', department: 'the emergency department', alsoValid: ['112'], crisis: 'call Lifeline on 13 11 14', crisisNumbers: ['13 11 14', '131114'] },
  NZ: { emergency: '111', department: 'the emergency department', alsoValid: ['112'], crisis: 'call or text 1737', crisisNumbers: ['1737'] },
  IN: { emergency: '112', department: 'the emergency department', alsoValid: ['108', '102'], crisis: 'call Tele-MANAS on 14416', crisisNumbers: ['14416'] },
}

/** 112 works across the EU and on most mobile networks elsewhere. */
const FALLBACK: LocaleNumbers = { emergency: '112', department: 'the emergency department', alsoValid: [], crisis: 'call your local crisis line or 112', crisisNumbers: [] }

/** Numbers for a BCP 47 locale such as `en-US` or `en_GB`; English without a region is taken as US. */
export function numbersFor(locale: string): LocaleNumbers & { region: string } {
  const [lang, region] = locale.replace('_', '-').split('-')
  const r = (region ?? (lang?.toLowerCase() === 'en' ? 'US' : '')).toUpperCase()
  return { ...(LOCALE_NUMBERS[r === 'UK' ? 'GB' : r] ?? FALLBACK), region: r || 'unknown' }
}

/** Emergency numbers this linter recognises in text, and the countries that use them. */
export const EMERGENCY_NUMBERS: Readonly<Record<string, string>> = {
  '911': 'the US and Canada',
  '999': 'the UK and Ireland',
  '112': 'the EU and on mobile phones',
  '000': 'Australia',
  '111': 'New Zealand (emergency) and the NHS in England (urgent advice)',
}
