/** A whole value that is one e-mail address (the `email` field of a person). */
export const EMAIL_EXACT = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

/**
 * E-mail addresses inside running text, as the source documents print them: besides the
 * plain form, a stray space around the `@` (PDF extraction) and a braced list of local parts
 * sharing one domain (`{alice, bob}@example.edu`, common in author lists).
 */
const EMAIL_IN_TEXT = /(?:\{[^{}@\n]*\}|[A-Za-z0-9._%+-]+)[ \t]?@[ \t]?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

export const EMAIL_PLACEHOLDER = '[email]';

export function redactEmails(text: string): string {
  return text.replace(EMAIL_IN_TEXT, EMAIL_PLACEHOLDER);
}

export function findEmail(text: string): string | undefined {
  return text.match(EMAIL_IN_TEXT)?.[0];
}
