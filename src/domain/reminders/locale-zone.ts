/**
 * A first guess at a person's time zone from the language their app is set to (Discord's
 * locale), to offer as a one-tap answer: only ever a suggestion, shown beside a way to pick
 * another, since a language says little about where someone is.
 */
const ZONE_BY_LOCALE: Readonly<Record<string, string>> = {
  'en-US': 'America/New_York',
  'en-GB': 'Europe/London',
  'es-419': 'America/Mexico_City',
  'es-ES': 'Europe/Madrid',
  'pt-BR': 'America/Sao_Paulo',
  'sv-SE': 'Europe/Stockholm',
  'zh-CN': 'Asia/Shanghai',
  'zh-TW': 'Asia/Taipei',
  bg: 'Europe/Sofia',
  cs: 'Europe/Prague',
  da: 'Europe/Copenhagen',
  de: 'Europe/Berlin',
  el: 'Europe/Athens',
  fi: 'Europe/Helsinki',
  fr: 'Europe/Paris',
  hi: 'Asia/Kolkata',
  hr: 'Europe/Zagreb',
  hu: 'Europe/Budapest',
  id: 'Asia/Jakarta',
  it: 'Europe/Rome',
  ja: 'Asia/Tokyo',
  ko: 'Asia/Seoul',
  lt: 'Europe/Vilnius',
  nl: 'Europe/Amsterdam',
  no: 'Europe/Oslo',
  pl: 'Europe/Warsaw',
  ro: 'Europe/Bucharest',
  ru: 'Europe/Moscow',
  th: 'Asia/Bangkok',
  tr: 'Europe/Istanbul',
  uk: 'Europe/Kyiv',
  vi: 'Asia/Ho_Chi_Minh',
};

/**
 * The zone to suggest for a locale such as `en-GB` or `fr`, or undefined when there is no
 * sensible guess.
 * @see https://discord.com/developers/docs/reference#locales
 */
export function zoneGuessForLocale(locale: string | undefined): string | undefined {
  if (locale === undefined) return undefined;
  return ZONE_BY_LOCALE[locale] ?? ZONE_BY_LOCALE[locale.split('-')[0] ?? ''];
}
