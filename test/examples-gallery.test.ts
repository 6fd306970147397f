import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUYER_EMAILS, GALLERY_SECRETS } from '../examples/gallery/_gallery-apis.js';
import { GALLERY } from '../examples/gallery/record-gallery.js';
import { runCli } from './_cli.js';

/** Every pipeline of the examples gallery passes `syncengine test` offline, from its recorded fixtures. */
describe('examples gallery', () => {
  for (const { file } of GALLERY) {
    const path = join('examples', 'gallery', file);
    it(`syncengine test ${path}`, async () => {
      const { code, stdout, stderr } = await runCli(['test', path]);
      expect(code, stderr).toBe(0);
      expect(stdout).toMatch(new RegExp(`^PASS ${path}: \\d+ records in 1 streams match; every fixture was used\\n$`));
    });
  }

  it('has the four API shapes, each with fixtures and expected records, and no secret in any fixture', () => {
    expect(GALLERY).toHaveLength(4);
    const forbidden = [...Object.values(GALLERY_SECRETS), 'Atza|', 'eyJ0eXAiOiJKV1Qi', ...BUYER_EMAILS];
    for (const { file } of GALLERY) {
      const dir = join('examples', 'gallery', dirname(file), 'fixtures', dirname(file));
      const files = readdirSync(dir);
      expect(files).toEqual(expect.arrayContaining(['recording.json', 'expected.jsonl']));
      expect(files.filter((f) => /^\d{3}-/.test(f)).length).toBeGreaterThanOrEqual(2);
      for (const name of files) {
        const text = readFileSync(join(dir, name), 'utf8');
        for (const secret of forbidden) expect(text, `${name} contains a secret`).not.toContain(secret);
      }
    }
  });
});
