import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { checkImportFlags } from '../../src/lib/importer/import-options.ts';

// `npm run import` says what it did and never half-does it (issue 19).

const A = 'tests/fixtures/raw/tuoitre-style-vi.txt';
const B = 'tests/fixtures/raw/vnexpress-style-vi.txt';
const C = 'tests/fixtures/raw/tass-style-en.txt';
const work = mkdtempSync(join(tmpdir(), 'import-cli-'));
const content = join(work, 'content');
const articles = join(content, 'articles');
// Each run starts a Node process with tsx: a second or two, more on a busy machine.
const SLOW = 60_000;
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeEach(() => {
  rmSync(content, { recursive: true, force: true });
  mkdirSync(articles, { recursive: true });
  copyFileSync('content/themes.yaml', join(content, 'themes.yaml'));
});

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], { env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
/** Every file in the articles folder, hidden ones too, with its bytes. */
const folder = () => Object.fromEntries(readdirSync(articles).sort().map((name) => [name, readFileSync(join(articles, name), 'utf8')]));

test('every file is tried; a missing file and a folder get one line each; the exit code says some failed; running again imports only what is new', () => {
  const missing = join(work, 'missing.txt');
  rmSync(missing, { force: true });
  const first = run(A, missing, work, C);
  expect(first.code).toBe(1);
  expect(first.err.trim().split('\n')).toEqual([
    `${missing}: no such file. Fix: check the name and the folder (paths are relative to where the command runs).`,
    `${work}: is a folder, not a file. Fix: name the files in it (for example folder/*.txt).`,
  ]);
  expect(first.out).toContain('4 file(s): 2 imported, 0 already there, 2 not imported');
  const written = folder();
  expect(Object.keys(written)).toHaveLength(2);
  // again, once the missing file is there: only it is imported, the others are left as they are
  copyFileSync(B, missing);
  const second = run(A, missing, C);
  expect(second.code).toBe(0);
  expect(second.out).toContain('3 file(s): 1 imported, 2 already there, 0 not imported');
  const after = folder();
  expect(Object.keys(after)).toHaveLength(3);
  for (const [name, text] of Object.entries(written)) expect(after[name]).toBe(text);
}, SLOW);

describe('importing the same article again changes nothing and says where it is; --force replaces it', () => {
  test('the same text', () => {
    run(A);
    const before = folder();
    const again = run(A);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(new RegExp(`already imported as .*${Object.keys(before)[0]} \\(the same text\\); nothing changed\\. To replace it, import again with --force\\.`));
    expect(folder()).toEqual(before);
    const forced = run(A, '--force', '--published', '2024-05-02');
    expect(forced.code).toBe(0);
    const replaced = folder();
    expect(Object.keys(replaced)).toEqual(Object.keys(before));
    expect(Object.values(replaced)[0]).toContain('published: 2024-05-02');
  }, SLOW);

  test('the same address, with other text', () => {
    run(A, '--url', 'https://example.org/bai-1');
    const before = folder();
    const again = run(B, '--url', 'https://example.org/bai-1');
    expect(again.out).toContain('(the same address); nothing changed');
    expect(folder()).toEqual(before);
  }, SLOW);
});

test.each([
  ['--published', '2021-13-45', '--published: "2021-13-45" is not a real calendar date (month 13 does not exist)'],
  ['--published', '2021-02-30', '--published: "2021-02-30" is not a real calendar date (day 30 does not exist in month 2 2021 (it has 28 days))'],
  ['--url', 'javascript:alert(1)', '--url: "javascript:alert(1)" is not an http:// or https:// address'],
  ['--url', 'www.example.org/bai', '--url: "www.example.org/bai" is not an http:// or https:// address'],
  ['--map', 'Summits=sport', '--map: "Summits=sport": no theme "sport" in themes.yaml; use one of: '],
  ['--map', 'Summits', '--map: "Summits" is not Group=theme'],
])('%s %s is refused at import time, before anything is written', (flag, value, message) => {
  expect(checkImportFlags({ [flag.slice(2)]: flag === '--map' ? [value] : value }, ['diplomacy'])).toEqual({ errors: [expect.stringContaining(message.replace('use one of: ', 'use one of: diplomacy'))] });
});

test('a bad flag stops the import with exit code 2, and nothing is written', () => {
  const result = run(A, '--published', '2021-02-30');
  expect(result.code).toBe(2);
  expect(result.err).toContain('is not a real calendar date');
  expect(folder()).toEqual({});
}, SLOW);

test('an image is refused as not text; control characters are taken out, and said', () => {
  const image = join(work, 'photo.jpg');
  writeFileSync(image, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]));
  const controls = join(work, 'controls.txt');
  writeFileSync(controls, readFileSync(A, 'utf8').replace('\n', '\u0000\u001b\n'));
  const result = run(image, controls);
  expect(result.err).toContain(`${image}:1 [file] the file is not text: it is a JPEG image. Fix: copy the article's words into a text file`);
  expect(result.out).toContain('check: 2 control character(s) (NUL, ESC…) taken out of the text');
  expect(Object.values(folder()).join('')).not.toMatch(/[\u0000-\u0008\u000e-\u001f]/);
}, SLOW);

test('an article over 2 MB imports whole, with a warning naming its size', () => {
  const large = join(work, 'large.txt');
  const paragraph = 'Hai bên nhấn mạnh tầm quan trọng của hợp tác kinh tế, thương mại và đầu tư giữa ASEAN và Nga trong bối cảnh mới.';
  writeFileSync(large, `Hội nghị kinh tế ASEAN-Nga\n\n${Array.from({ length: 14_000 }, (_, i) => `${paragraph} (${i})`).join('\n\n')}\n`);
  const result = run(large);
  expect(result.code).toBe(0);
  expect(result.out).toMatch(/warning: .*large\.txt is 2\.\d MB of text \(over 2 MB\): it is imported whole/);
  expect(Object.values(folder())[0]!.split('\n\n').length).toBeGreaterThan(14_000);
}, SLOW);

test('nothing is left half-written: no temporary file remains beside the articles', () => {
  run(A, B, C);
  expect(readdirSync(articles).filter((name) => name.startsWith('.'))).toEqual([]);
}, SLOW);
