/** A container's environment: "KEY=VALUE" entries split, with the keys that look secret flagged. Pure. */
import type { EnvVariable } from '../shared/dto';

/**
 * Keys whose values are likely secrets: the page masks them until clicked. Substrings for the
 * unmistakable words (PGPASSWORD, GITHUB_TOKEN), whole segments or a suffix for the short ones
 * (DB_PASS, AWS_SECRET_ACCESS_KEY, APIKEY) so that KEYBOARD_LAYOUT or PASSAGE stay readable.
 */
const SECRET_WORDS = /PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|CREDENTIAL|PRIVATE|APIKEY|API_KEY/;
const SECRET_SEGMENTS = /(^|[_.-])(PASS|PWD|KEY|KEYS|AUTH|CERT)([_.-]|$)|KEY$/;

export function isSecretKey(key: string): boolean {
  // camelCase keys (dbPassword, apiKey) read as their upper-case words.
  const upper = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
  // PWD alone is the shell's working directory, not a password.
  if (upper === 'PWD' || upper === 'OLDPWD') return false;
  return SECRET_WORDS.test(upper) || SECRET_SEGMENTS.test(upper);
}

/** "KEY=VALUE" split at the first "=" (values may contain more); an entry without one has an empty value. */
export function toEnv(entries: readonly string[] | null | undefined): EnvVariable[] {
  return (entries ?? []).map((entry) => {
    const at = entry.indexOf('=');
    const key = at < 0 ? entry : entry.slice(0, at);
    return { key, value: at < 0 ? '' : entry.slice(at + 1), secret: isSecretKey(key) };
  });
}
