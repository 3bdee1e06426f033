/**
 * Debian package names (Debian Policy §5.6.7): lower-case letters, digits, plus, minus and
 * full stop; at least two characters; starting with a letter or a digit. Anything else — a
 * space, a semicolon, a capital, a shell character — cannot be a package and must never reach
 * an `apt-get install` line.
 */
const NAME = /^[a-z0-9][a-z0-9+.-]+$/;

export type PackageNameProblem = 'too_short' | 'too_long' | 'forbidden_character' | 'bad_first_character';

export function packageNameProblem(name: string): PackageNameProblem | null {
  if (name.length < 2) return 'too_short';
  if (name.length > 100) return 'too_long';
  if (!/^[a-z0-9]/.test(name)) return 'bad_first_character';
  if (!NAME.test(name)) return 'forbidden_character';
  return null;
}

export function isPackageName(name: string): boolean {
  return packageNameProblem(name) === null;
}
