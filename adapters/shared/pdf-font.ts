import { existsSync } from 'node:fs';
import { ConfigError } from '../../src/core/settings';

/**
 * The TrueType font documents (certificates, receipts) embed so Vietnamese diacritics print: the
 * file named by `variable` when set (it must exist), else DejaVu Sans from the dejavu-fonts-ttf
 * package, else a system copy; undefined when none is found (callers fall back to ASCII text).
 */
export function resolvePdfFont(env: Readonly<Record<string, string | undefined>>, variable: string): string | undefined {
  const chosen = env[variable];
  if (chosen) {
    if (!existsSync(chosen)) throw new ConfigError(`${variable} must name a TrueType font file that exists, got "${chosen}"`);
    return chosen;
  }
  const candidates: string[] = [];
  try {
    candidates.push(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  } catch {
    // the package is a regular dependency; a pruned install may still lack it
  }
  candidates.push('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/dejavu/DejaVuSans.ttf');
  return candidates.find((path) => existsSync(path));
}

/** Regular and bold DejaVu Sans for documents with headings; pdfkit's Helvetica (no Vietnamese marks) when absent. */
export function resolvePdfFontPair(
  env: Readonly<Record<string, string | undefined>> = {},
  variable = 'PDF_FONT',
): {
  regular: string;
  bold: string;
  vietnamese: boolean;
} {
  const regular = resolvePdfFont(env, variable);
  if (!regular) return { regular: 'Helvetica', bold: 'Helvetica-Bold', vietnamese: false };
  const bold = regular.replace(/DejaVuSans\.ttf$/, 'DejaVuSans-Bold.ttf');
  return { regular, bold: bold !== regular && existsSync(bold) ? bold : regular, vietnamese: true };
}
