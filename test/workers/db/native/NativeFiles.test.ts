import { describe, expect, it } from 'vitest';
import { existsSync, lstatSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NativeFiles } from '../../../../workers/db/native/NativeFiles';

describe('NativeFiles', () => {
  it('registerFileBuffer() writes the bytes under the name and dropFile() removes them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'segbook-files-'));
    const files = new NativeFiles(dir);
    files.registerFileBuffer('__fast_a.csv', new TextEncoder().encode('1\n2\n'));
    expect(readFileSync(join(dir, '__fast_a.csv'), 'utf8')).toBe('1\n2\n');
    files.dropFile('__fast_a.csv');
    expect(existsSync(join(dir, '__fast_a.csv'))).toBe(false);
  });

  it('registerFileURL() links the name to the file on disk instead of copying it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'segbook-files-'));
    const source = join(dir, 'data.csv');
    writeFileSync(source, 'a,b\n');
    const files = new NativeFiles(join(dir));
    files.registerFileURL('__fast_b.csv', source, 1, false);
    expect(lstatSync(join(dir, '__fast_b.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, '__fast_b.csv'), 'utf8')).toBe('a,b\n');
  });

  it('registerFileBuffer() refuses a name with a directory in it', () => {
    const files = new NativeFiles(mkdtempSync(join(tmpdir(), 'segbook-files-')));
    expect(() => files.registerFileBuffer('../x.csv', new Uint8Array(1))).toThrow('native engine: cannot register ../x.csv (a plain file name is expected)');
  });
});
