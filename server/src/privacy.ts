/**
 * Personal data that must not leave the server: e-mail addresses never reach API responses,
 * and neither they nor phone numbers reach the logs (database errors can quote stored text).
 */

/** Also takes the address's local part when written oddly, as in "{hexin,wwh}@megvii.com". */
const EMAIL = /[^\s@<>()[\]"']*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const PHONE = /\+?\d[\d\s().-]{7,}\d/g;
/** Addresses such as 127.0.0.1 in connection errors look like numbers but are worth keeping. */
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function withoutEmails(text: string): string {
  return text.replace(EMAIL, '[e-mail removed]');
}

export function withoutPersonalData(text: string): string {
  return withoutEmails(text).replace(PHONE, (match) => {
    const digits = match.replace(/\D/g, '').length;
    return IPV4.test(match) || digits < 7 ? match : '[number removed]';
  });
}
