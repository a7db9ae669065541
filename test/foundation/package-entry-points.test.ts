import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  types: string;
  bin: Record<string, string>;
  exports: Record<string, string>;
};

/** The TypeScript source that `npm run build` compiles to a `dist/` path. */
function sourceOf(distPath: string): string {
  return distPath
    .replace(/^\.\//, '')
    .replace(/^dist\//, '')
    .replace(/\.d\.ts$/, '.ts')
    .replace(/\.js$/, '.ts');
}

describe('package.json entry points', () => {
  const built = [pkg.main, pkg.types, ...Object.values(pkg.exports).filter((target) => target.includes('dist/'))];

  it.each(built)('%s is built from a source file that exists', (target) => {
    expect(existsSync(join(root, sourceOf(target)))).toBe(true);
  });

  it.each(Object.values(pkg.bin))('bin %s exists', (target) => {
    expect(existsSync(join(root, target))).toBe(true);
  });

  it('the main entry exports the composition root and the config loader', async () => {
    const entry = (await import(join(root, sourceOf(pkg.main)))) as Record<string, unknown>;
    expect(typeof entry.createApp).toBe('function');
    expect(typeof entry.loadConfig).toBe('function');
  });
});
