import type { SeedProblem } from '../problems.ts';
import type { YamlFile } from '../parse/yaml-file.ts';
import { findEmail } from './email.ts';
import { findPhoneNumber } from './phone.ts';

/** E-mail addresses are allowed only where they are either never stored or redacted first. */
function mayHoldEmail(path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  return last === 'email' || (last === 'quote' && path.includes('evidence'));
}

/** Checks every value in a file, whatever field it is in: no phone numbers, no stray addresses. */
export function checkScalarValues(yaml: YamlFile, problems: SeedProblem[]): void {
  for (const { path, value } of yaml.scalars()) {
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const text = String(value);
    const phone = findPhoneNumber(text);
    if (phone !== undefined) {
      problems.push(
        yaml.problem(path, `${JSON.stringify(phone)} looks like a phone number; phone numbers are never stored`),
      );
    }
    const email = mayHoldEmail(path) ? undefined : findEmail(text);
    if (email !== undefined) {
      problems.push(
        yaml.problem(
          path,
          `${JSON.stringify(email)} is an e-mail address; addresses belong only in a person's email field`,
        ),
      );
    }
  }
}
