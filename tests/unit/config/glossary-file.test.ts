import { afterAll, describe, expect, test } from 'vitest';
import { readGlossary } from '../../../src/config/glossary-file.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const folder = tempFolder('glossary-');
afterAll(() => folder.remove());

function write(name: string, text: string): string {
  folder.write({ [name]: text });
  return folder.path(name);
}

describe('reading the glossary for the Markdown pipeline', () => {
  test('reads terms with their defaults', () => {
    const file = write('ok.yaml', '- id: synapse\n  term: Synapse\n  definition: The junction where one nerve cell signals to another.\n');
    expect(readGlossary(file)).toEqual([
      {
        id: 'synapse',
        term: 'Synapse',
        definition: 'The junction where one nerve cell signals to another.',
        abbreviations: [],
        aliases: [],
        related: [],
        sources: [],
        autoLink: true,
      },
    ]);
  });

  test('names the file, the entry and the field of a bad term', () => {
    const file = write(
      'bad.yaml',
      '- id: synapse\n  term: Synapse\n  definition: The junction where one nerve cell signals to another.\n- id: PET\n  term: PET\n  definition: short\n',
    );
    expect(() => readGlossary(file)).toThrow(
      `2 problems in the glossary; fix them and build again:\n  ${file}:4  PET.id: glossary id must be lowercase words joined by hyphens, like "what-the-study-found"\n  ${file}:6  PET.definition: definition should be a full sentence`,
    );
  });
});
