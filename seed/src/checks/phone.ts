import { redactEmails } from './email.ts';

/**
 * Shapes of a phone number. Deliberately narrow: years, dates, year and page ranges
 * (`1866-1870`), scores (`3.57/4`), percentages and ORCID iDs must all pass.
 */
const PHONE_SHAPES: { pattern: RegExp; minDigits: number }[] = [
  // An unbroken run of seven or more digits: a local or mobile number without separators.
  { pattern: /\d{7,}/g, minDigits: 7 },
  // An international prefix followed by enough digits to dial.
  { pattern: /\+[ \t]?\(?\d{1,4}\)?(?:[ \t().-]{0,2}\d)+/g, minDigits: 7 },
  // Three groups, the last of four digits: 138-1234-5678, 555 123 4567, 010.8888.1234.
  { pattern: /(?<!\d[.-]?)\d{3}[ \t.-]\d{3,4}[ \t.-]\d{4}(?![.-]?\d)/g, minDigits: 10 },
  // A seven-digit local number: 555-0123.
  { pattern: /(?<!\d[.-]?)\d{3}-\d{4}(?![.-]?\d)/g, minDigits: 7 },
  // An area code in brackets: (010) 8888-1234.
  { pattern: /\(\d{2,4}\)[ \t]?\d{3,4}[ \t.-]?\d{4}(?!\d)/g, minDigits: 9 },
];

/**
 * The first phone-shaped part of a value, if any. E-mail addresses are ignored because they
 * are redacted before anything is stored, and some local parts are student numbers.
 */
export function findPhoneNumber(value: string): string | undefined {
  const text = redactEmails(value.normalize('NFKC'));
  for (const { pattern, minDigits } of PHONE_SHAPES) {
    for (const match of text.matchAll(pattern)) {
      if (match[0].replace(/\D/g, '').length >= minDigits) return match[0].trim();
    }
  }
  return undefined;
}
