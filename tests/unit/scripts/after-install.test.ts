import { describe, expect, test } from 'vitest';
import { installNote } from '../../../scripts/after-install.mjs';

describe('the note after npm ci', () => {
  test('npm on Node 20, the project on its own Node 24: the warnings are explained, nothing to do', () => {
    const note = installNote({ npmNode: 'v20.20.2', scriptNode: 'v24.21.0' });
    expect(note).toContain('npm ran on Node v20.20.2');
    expect(note).toContain('run on Node v24.21.0 (node_modules/.bin/node');
  });

  test('no Node of its own and an old one on the machine: upgrade', () => {
    expect(installNote({ npmNode: 'v20.20.2', scriptNode: 'v20.20.2' })).toMatch(/^This project needs Node 22\.18 or newer .* runs v20\.20\.2\./);
  });

  test('a new enough Node everywhere: nothing to say', () => {
    expect(installNote({ npmNode: 'v24.1.0', scriptNode: 'v24.1.0' })).toBe('');
    expect(installNote({ npmNode: undefined, scriptNode: 'v22.18.0' })).toBe('');
  });
});
