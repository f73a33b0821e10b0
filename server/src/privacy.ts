/**
 * Personal data that must not leave the server: e-mail addresses never reach API responses,
 * and neither they nor phone numbers reach the logs (database errors can quote stored text).
 */

/** Also takes the address's local part when written oddly, as in "{hexin,wwh}@megvii.com". */
const EMAIL = /[^\s@<>()[\]"']*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const PHONE = /\+?\d[\d\s().-]{7,}\d/g;

export function withoutEmails(text: string): string {
  return text.replace(EMAIL, '[e-mail removed]');
}

export function withoutPersonalData(text: string): string {
  return withoutEmails(text).replace(PHONE, '[number removed]');
}
